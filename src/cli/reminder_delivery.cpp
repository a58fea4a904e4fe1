#include "cli/reminder_delivery.hpp"

#include "base/file.hpp"
#include "cli/sending.hpp"
#include "mail/message.hpp"

#include <fmt/format.h>

namespace dues::cli {

Delivery make_delivery(const Context& ctx, const syntax::Settings& settings,
                       const std::optional<std::string>& outbox,
                       const std::function<std::optional<std::string>(const std::string&)>& environment) {
  Delivery delivery;
  if (outbox) {
    delivery.outbox = ctx.working_dir / *outbox;
  } else if (!settings.mail.transport.empty()) {
    const std::filesystem::path dir = ctx.ledger_dir();
    delivery.from = mail_setup(settings, dir).from;
    delivery.transport = make_transport(settings, dir, environment);
  }
  return delivery;
}

void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, Delivery& delivery) {
  if (delivery.transport) {
    mail::Message message;
    message.from = delivery.from.email.empty()
                       ? mail::Address{ledger.settings.company.name, ledger.settings.company.email}
                       : delivery.from;
    for (const std::string& address : letter.to) {
      message.to.push_back(mail::parse_address(address));
    }
    message.subject = letter.subject;
    message.body = letter.body;
    message.date = mail::rfc5322_date(day);
    message.document = fmt::format("reminder-{}-{}", format_date(day), letter.customer);
    message.customer = letter.customer;
    message.message_id =
        mail::make_message_id(message.document, 1, mail::domain_of(message.from.email));
    const mail::SendResult result = delivery.transport->send(message);
    if (!result.accepted) {
      throw Error(ErrorKind::environment,
                  fmt::format("{} refused the reminder to {}: {}", delivery.transport->name(),
                              letter.customer, result.detail));
    }
    return;
  }
  const std::string message = render::letter_message(ledger, letter, day);
  if (!delivery.outbox) {
    ctx.out << message << "\n";
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(*delivery.outbox, ec);
  const std::filesystem::path file =
      *delivery.outbox / fmt::format("{}-{}.eml", format_date(day), letter.customer);
  write_file_atomic(file, message, file.string());
}

} // namespace dues::cli
