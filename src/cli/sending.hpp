#pragma once

#include "cli/context.hpp"
#include "mail/message.hpp"
#include "mail/transport.hpp"
#include "query/invoice_detail.hpp"
#include "query/statement.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

// sending: what `dues send` builds from [mail] and the ledger (docs/sending.md).
namespace dues::cli {

using EnvironmentReader = std::function<std::optional<std::string>(const std::string&)>;

// [mail] checked: the addresses every message carries and where templates are.
struct MailSetup {
  mail::Address from;
  std::vector<mail::Address> reply_to;
  std::vector<mail::Address> cc;
  std::vector<mail::Address> bcc;
  std::filesystem::path templates; // absolute
};

// Checks [mail]'s addresses; a bad one is an error at its dues.toml line.
MailSetup mail_setup(const syntax::Settings& settings, const std::filesystem::path& ledger_dir);

// The transport [mail] names, ready to send. Errors before anything is sent: no
// transport configured (invalid_input at dues.toml), the password's environment
// variable unset (environment).
std::unique_ptr<mail::Transport> make_transport(const syntax::Settings& settings,
                                                const std::filesystem::path& ledger_dir,
                                                const EnvironmentReader& environment);

// The file attached to a document's message: its printable rendering.
mail::Attachment document_attachment(const query::InvoiceDetail& detail,
                                     const syntax::Settings& settings);

// The message for one document: recipients from the customer's emails (the first is To,
// the others Cc) and [mail], subject and body from the customer's language's template,
// the rendering attached. `attempt` counts this document's sends (1 for the first);
// `date` is the Date: header (mail_date).
// Errors (no email, a bad address, a template mistake) name customers.toml or the
// template by file:line:col.
mail::Message compose_message(const query::InvoiceDetail& detail, const syntax::Settings& settings,
                              const MailSetup& setup, const std::string& date, int attempt);

// The message carrying a customer's statement of account (`pdf`, already rendered):
// recipients as for documents, subject and body from templates/statement.LANG.txt or the
// built-in one. Its Message-ID and `document` are "statement-CUSTOMER-DATE".
mail::Message compose_statement_message(const query::Statement& statement,
                                        const Customer& customer,
                                        const syntax::Settings& settings, const MailSetup& setup,
                                        const std::string& date, std::string pdf);

// The Date: header of a message sent now: the clock (to the second, UTC), or with
// --today/DUES_TODAY that day at 00:00:00 UTC, so a run with --today is reproducible.
// SOURCE_DATE_EPOCH does not change it: it dates the attached documents, not the sending.
std::string mail_date(const Context& ctx);

} // namespace dues::cli
