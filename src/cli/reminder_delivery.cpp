#include "cli/reminder_delivery.hpp"

#include "base/file.hpp"
#include "cli/documents.hpp"
#include "cli/environment.hpp"
#include "cli/sending.hpp"
#include "render/invoice_pdf.hpp"
#include "mail/message.hpp"

#include <fmt/format.h>

#include <sstream>

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

LetterAttachments letter_attachments(const Context& ctx, const syntax::Settings& settings) {
  LetterAttachments with;
  with.statement = settings.dunning.statement == "pdf";
  if (with.statement) {
    with.settings = settings;
    read_logo(ctx, with.settings); // the PDF's logo
  }
  return with;
}

std::vector<mail::Attachment> letter_files(const Ledger& ledger, const LetterAttachments& with,
                                           std::uint32_t customer, const Date& day) {
  std::vector<mail::Attachment> files;
  if (!with.statement) {
    return files;
  }
  query::StatementRequest request;
  request.customer = customer;
  request.to = day;
  request.buckets = ledger.settings.aging.buckets;
  request.basis = ledger.settings.aging.basis == "invoice" ? query::AgingBasis::invoice
                                                           : query::AgingBasis::due;
  query::Statement statement = query::statement(ledger, request);
  mask_statement_accounts(statement, ledger.customers[customer], false);
  std::ostringstream page;
  render::statement_pdf(page, statement, with.settings, source_date_epoch());
  files.push_back({fmt::format("statement-{}-{}.pdf", ledger.customers[customer].id,
                               format_date(day)),
                   "application/pdf", page.str()});
  return files;
}

std::string letter_text(const Ledger& ledger, const render::ReminderLetter& letter,
                        const Date& day, const std::vector<mail::Attachment>& attachments) {
  std::string text = render::letter_message(ledger, letter, day);
  for (const mail::Attachment& file : attachments) {
    text += fmt::format("[attached: {} ({}, {} bytes)]\n", file.filename, file.content_type,
                        file.bytes.size());
  }
  return text;
}

void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, Delivery& delivery,
                    const std::vector<mail::Attachment>& attachments) {
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
    message.date = mail_date(ctx);
    message.document = fmt::format("reminder-{}-{}", format_date(day), letter.customer);
    message.customer = letter.customer;
    message.attachments = attachments;
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
  if (!delivery.outbox) {
    ctx.out << letter_text(ledger, letter, day, attachments) << "\n";
    return;
  }
  const std::string message = render::letter_message(ledger, letter, day);
  std::error_code ec;
  std::filesystem::create_directories(*delivery.outbox, ec);
  const std::filesystem::path file =
      *delivery.outbox / fmt::format("{}-{}.eml", format_date(day), letter.customer);
  for (const mail::Attachment& attachment : attachments) { // beside the letter, first
    const std::filesystem::path beside =
        *delivery.outbox / fmt::format("{}-{}{}", format_date(day), letter.customer,
                                       std::filesystem::path(attachment.filename).extension().string());
    write_file_atomic(beside, attachment.bytes, beside.string());
  }
  write_file_atomic(file, message, file.string());
}

} // namespace dues::cli
