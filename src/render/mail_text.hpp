#pragma once

#include "query/invoice_detail.hpp"
#include "query/statement.hpp"
#include "syntax/settings.hpp"

#include <map>
#include <string>
#include <string_view>

// sending: the subject and body of the email that carries a document, from a template
// in the ledger (templates/KIND.LANG.txt) or a built-in one (docs/sending.md).
namespace dues::render {

// A template: a first line "Subject: ...", an empty line, then the body. Variables are
// written {{name}}; an unknown name is an error at the template's file:line:col.
struct MailTemplate {
  std::string subject;
  std::string body;
  std::string path;   // how messages name the file; "built-in KIND.LANG" for ours
  int body_line = 3;  // the file line the body starts on
};

// Reads a template file's text; a missing "Subject:" line is an error at path:1:1.
MailTemplate parse_mail_template(std::string_view text, const std::string& path);

// The built-in template of `kind` (invoice | credit | statement) in `language` (en, de, fr, zh, ja;
// anything else: en).
MailTemplate built_in_mail_template(std::string_view kind, std::string_view language);

// The language of a customer's mail: de for DE/AT/CH/LI, zh for CN/TW/HK, ja for JP,
// fr for FR/BE/LU/MC, else `fallback` ([mail] language).
std::string mail_language(std::string_view country, const std::string& fallback);

// The values a template may use, for one document: number, kind, customer, company,
// date, due, total, open, currency, reference, po, iban, bic, bank, email; `payment`,
// how to pay in `language` (transfer to the IBAN with the reference, or the SEPA direct
// debit pre-notification), and `direct_debit` (the pre-notification, or empty).
std::map<std::string, std::string, std::less<>> mail_values(const query::InvoiceDetail& detail,
                                                            const syntax::Settings& settings,
                                                            std::string_view language = "en");

// sending: the values a statement's template (templates/statement.LANG.txt) may use:
// customer, customer_id, company, date (the statement's last day), from (its first day,
// or empty), email.
std::map<std::string, std::string, std::less<>>
statement_mail_values(const query::Statement& statement, const syntax::Settings& settings);

// What a document is called in `language`, for its attachment's file name: "Invoice",
// "Rechnung", "发票", "請求書", "Facture" (and credit notes likewise).
std::string_view document_label(std::string_view kind, std::string_view language);

struct MailText {
  std::string subject;
  std::string body;
};

// The template filled in. Throws Error(invalid_input) at the template's file:line:col
// for an unknown variable or an unclosed "{{".
MailText fill_mail_template(const MailTemplate& mail_template,
                            const std::map<std::string, std::string, std::less<>>& values);

} // namespace dues::render
