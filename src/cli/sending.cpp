#include "cli/sending.hpp"

#include "base/file.hpp"
#include "cli/environment.hpp"
#include "crypt/process.hpp" // privacy: password-command
#include "render/invoice_pdf.hpp"
#include "render/document_labels.hpp"
#include "render/invoice_view.hpp"
#include "render/mail_text.hpp"

#include <fmt/format.h>

#include <sstream>

namespace dues::cli {
namespace {

// privacy: the SMTP password as the first line a command prints ([mail]
// password-command, run with /bin/sh -c). Nothing it prints is ever shown.
std::string password_from_command(const std::string& command) {
  const auto results = crypt::run_programs({{{"/bin/sh", "-c", command}, ""}}, 1);
  const crypt::ProgramResult& result = results.front();
  std::string password = result.output.substr(0, result.output.find('\n'));
  if (!result.problem.empty() || result.status != 0 || password.empty()) {
    throw Error(ErrorKind::environment,
                fmt::format("[mail] password-command {} (its output is not shown)",
                            result.status > 0 ? fmt::format("exited with status {}", result.status)
                                              : std::string("printed no password")));
  }
  return password;
}

namespace fs = std::filesystem;

[[noreturn]] void settings_error(const syntax::Settings& settings, std::string_view key,
                                 const std::string& message) {
  const auto& places = settings.mail.field_locs;
  const auto found = places.find(key);
  const SourceLoc table =
      settings.mail.loc.path.empty() ? SourceLoc{settings.path, 1, 1} : settings.mail.loc;
  throw Error(ErrorKind::invalid_input, found == places.end() ? table : found->second, message);
}

mail::Address address_setting(const syntax::Settings& settings, std::string_view key,
                              const std::string& text) {
  mail::Address address = mail::parse_address(text);
  if (address.email.empty()) {
    settings_error(settings, key,
                   fmt::format("[mail] {}: not an email address such as \"Name <name@example.com>\": "
                               "'{}'",
                               key, text));
  }
  return address;
}

fs::path in_ledger(const fs::path& ledger_dir, const std::string& path) {
  return fs::path(path).is_absolute() ? fs::path(path) : ledger_dir / path;
}

} // namespace

MailSetup mail_setup(const syntax::Settings& settings, const fs::path& ledger_dir) {
  const syntax::MailSettings& mail = settings.mail;
  MailSetup setup;
  if (mail.from.empty()) {
    settings_error(settings, "from",
                   "dues send needs [mail] from = \"Name <billing@example.com>\" in dues.toml "
                   "(docs/sending.md)");
  }
  setup.from = address_setting(settings, "from", mail.from);
  if (!mail.reply_to.empty()) {
    setup.reply_to.push_back(address_setting(settings, "reply-to", mail.reply_to));
  }
  for (const std::string& text : mail.cc) {
    setup.cc.push_back(address_setting(settings, "cc", text));
  }
  for (const std::string& text : mail.bcc) {
    setup.bcc.push_back(address_setting(settings, "bcc", text));
  }
  setup.templates = in_ledger(ledger_dir, mail.templates);
  return setup;
}

std::unique_ptr<mail::Transport> make_transport(const syntax::Settings& settings,
                                                const fs::path& ledger_dir,
                                                const EnvironmentReader& environment) {
  const syntax::MailSettings& mail = settings.mail;
  if (mail.transport.empty()) {
    throw Error(ErrorKind::invalid_input, SourceLoc{settings.path, 1, 1},
                "no [mail] transport: set transport = \"smtp\", \"sendmail\", \"outbox\" or "
                "\"command\" (docs/sending.md)");
  }
  if (mail.transport == "sendmail") {
    return mail::sendmail_transport(mail.sendmail);
  }
  if (mail.transport == "outbox") {
    return mail::outbox_transport(in_ledger(ledger_dir, mail.outbox), mail.outbox);
  }
  if (mail.transport == "command") {
    if (mail.command.empty()) {
      settings_error(settings, "transport", "transport = \"command\" needs [mail] command");
    }
    return mail::command_transport(mail.command);
  }
  if (mail.host.empty()) {
    settings_error(settings, "transport", "transport = \"smtp\" needs [mail] host");
  }
  mail::SmtpOptions smtp;
  smtp.host = mail.host;
  smtp.security = mail.security == "tls"    ? mail::Security::tls
                  : mail.security == "none" ? mail::Security::none
                                            : mail::Security::starttls;
  smtp.port = mail.port != 0                          ? mail.port
              : smtp.security == mail::Security::tls  ? 465
              : smtp.security == mail::Security::none ? 25
                                                      : 587;
  smtp.user = mail.user;
  smtp.netrc = mail.netrc;
  smtp.timeout_seconds = mail.timeout;
  if (!mail.ca_file.empty()) {
    smtp.ca_file = in_ledger(ledger_dir, mail.ca_file).string();
  }
  if (!mail.password_env.empty()) {
    const std::optional<std::string> password = environment(mail.password_env);
    if (!password) {
      throw Error(ErrorKind::environment,
                  fmt::format("the SMTP password's environment variable {} is not set ([mail] "
                              "password-env)",
                              mail.password_env));
    }
    smtp.password = *password;
  } else if (!mail.password_command.empty()) { // privacy
    smtp.password = password_from_command(mail.password_command);
  } else if (!mail.user.empty() && !mail.netrc) {
    settings_error(settings, "user",
                   "[mail] user needs a password: name its environment variable with "
                   "password-env, a command that prints it with password-command, or set "
                   "netrc = true");
  }
  return mail::smtp_transport(smtp);
}

// The one place that decides what is attached: the PDF (default) or the HTML page, as
// [mail] attach says.
mail::Attachment document_attachment(const query::InvoiceDetail& detail,
                                     const syntax::Settings& settings) {
  std::ostringstream page;
  if (settings.mail.attach == "html") {
    render::invoice_document_html(page, detail, settings);
    return {detail.document->id + ".html", "text/html; charset=UTF-8", page.str()};
  }
  render::invoice_document_pdf(page, detail, settings, source_date_epoch());
  return {detail.document->id + ".pdf", "application/pdf", page.str()};
}

namespace {

// A message to the customer's emails (the first is To, the others Cc) with [mail]'s
// From, Reply-To, Cc and Bcc. `what` names what is sent, for the error.
mail::Message addressed_message(const Customer& customer, const MailSetup& setup,
                                std::string_view what) {
  if (customer.emails.empty()) {
    throw Error(ErrorKind::invalid_input, customer.loc,
                fmt::format("customer '{}' has no email address to send {} to; add "
                            "emails = [\"...\"] to [{}]",
                            customer.id, what, customer.id));
  }
  mail::Message message;
  for (std::size_t i = 0; i < customer.emails.size(); ++i) {
    const std::string& email = customer.emails[i];
    if (!mail::is_valid_address(email)) {
      const auto found = customer.field_locs.find("emails");
      throw Error(ErrorKind::invalid_input,
                  found == customer.field_locs.end() ? customer.loc : found->second,
                  fmt::format("customer '{}': cannot send to '{}': not an email address",
                              customer.id, email));
    }
    (i == 0 ? message.to : message.cc).push_back({i == 0 ? customer.name : "", email});
  }
  message.from = setup.from;
  message.reply_to = setup.reply_to;
  message.cc.insert(message.cc.end(), setup.cc.begin(), setup.cc.end());
  message.bcc = setup.bcc;
  return message;
}

// The language of a customer's mail: its `language`, else the one its country suggests.
std::string language_of(const Customer& customer, const syntax::Settings& settings) {
  return !customer.language.empty()
             ? customer.language
             : render::mail_language(customer.country, settings.mail.language);
}

// templates/KIND.LANG.txt in the ledger, else the built-in one.
render::MailTemplate template_of(const std::string& kind, const std::string& language,
                                 const syntax::Settings& settings, const MailSetup& setup) {
  const fs::path own = setup.templates / fmt::format("{}.{}.txt", kind, language);
  if (fs::exists(own)) {
    const std::string shown =
        fmt::format("{}/{}.{}.txt", settings.mail.templates, kind, language);
    return render::parse_mail_template(read_file(own, shown), shown);
  }
  return render::built_in_mail_template(kind, language);
}

} // namespace

mail::Message compose_statement_message(const query::Statement& statement,
                                        const Customer& customer,
                                        const syntax::Settings& settings, const MailSetup& setup,
                                        const std::string& date, std::string pdf) {
  mail::Message message = addressed_message(customer, setup, "a statement");
  const std::string language = language_of(customer, settings);
  const render::MailText text = render::fill_mail_template(
      template_of("statement", language, settings, setup),
      render::statement_mail_values(statement, settings));
  message.subject = text.subject;
  message.body = text.body;
  const std::string name = fmt::format("statement-{}-{}", customer.id, format_date(statement.to));
  message.attachments.push_back(
      {fmt::format("{} {}.pdf", render::document_labels(language).statement, name),
       "application/pdf", std::move(pdf)});
  message.message_id = mail::make_message_id(name, 1, mail::domain_of(setup.from.email));
  message.date = date;
  message.document = name;
  message.customer = customer.id;
  return message;
}

mail::Message compose_message(const query::InvoiceDetail& detail, const syntax::Settings& settings,
                              const MailSetup& setup, const std::string& date, int attempt) {
  const Customer& customer = *detail.customer;
  const Document& document = *detail.document;
  mail::Message message = addressed_message(customer, setup, document.id);
  const std::string kind = document.is_invoice() ? "invoice" : "credit";
  const std::string language = language_of(customer, settings);
  const render::MailText text =
      render::fill_mail_template(template_of(kind, language, settings, setup),
                                 render::mail_values(detail, settings, language));
  message.subject = text.subject;
  message.body = text.body;
  mail::Attachment attachment = document_attachment(detail, settings);
  attachment.filename =
      fmt::format("{} {}", render::document_label(kind, language), attachment.filename);
  message.attachments.push_back(std::move(attachment));
  message.message_id = mail::make_message_id(document.id, attempt, mail::domain_of(setup.from.email));
  message.date = date;
  message.document = document.id;
  message.customer = customer.id;
  return message;
}

std::string mail_date(const Context& ctx) {
  return ctx.today == clock_today() ? mail::rfc5322_time(clock_seconds())
                                    : mail::rfc5322_date(ctx.today);
}

} // namespace dues::cli
