#include "render/mail_text.hpp"

#include "base/error.hpp"
#include "base/money.hpp"
#include "base/text.hpp"
#include "render/document_labels.hpp"

#include <fmt/format.h>

#include <array>

namespace dues::render {
namespace {

struct BuiltIn {
  std::string_view kind;
  std::string_view language;
  std::string_view text;
};

constexpr std::array<BuiltIn, 15> k_built_in = {{
    {"invoice", "en", R"(Subject: Invoice {{number}} from {{company}}

Hello,

please find attached invoice {{number}} of {{date}} for {{total}} {{currency}},
due on {{due}}. {{payment}}

Kind regards,
{{company}}
)"},
    {"credit", "en", R"(Subject: Credit note {{number}} from {{company}}

Hello,

please find attached credit note {{number}} of {{date}} for {{total}} {{currency}}.

Kind regards,
{{company}}
)"},
    {"invoice", "de", R"(Subject: Rechnung {{number}} von {{company}}

Guten Tag,

anbei erhalten Sie die Rechnung {{number}} vom {{date}} über {{total}} {{currency}},
fällig am {{due}}. {{payment}}

Mit freundlichen Grüßen
{{company}}
)"},
    {"credit", "de", R"(Subject: Gutschrift {{number}} von {{company}}

Guten Tag,

anbei erhalten Sie die Gutschrift {{number}} vom {{date}} über {{total}} {{currency}}.

Mit freundlichen Grüßen
{{company}}
)"},
    {"invoice", "zh", R"(Subject: {{company}} 发票 {{number}}

您好：

附件是 {{date}} 开具的发票 {{number}}，金额 {{total}} {{currency}}，付款截止日期 {{due}}。
{{payment}}

此致
{{company}}
)"},
    {"credit", "zh", R"(Subject: {{company}} 贷项通知单 {{number}}

您好：

附件是 {{date}} 开具的贷项通知单 {{number}}，金额 {{total}} {{currency}}。

此致
{{company}}
)"},
    {"invoice", "ja", R"(Subject: 【請求書】{{number}}（{{company}}）

いつもお世話になっております。

{{date}} 付の請求書 {{number}}（{{total}} {{currency}}、お支払期限 {{due}}）を添付いたします。
{{payment}}

よろしくお願いいたします。
{{company}}
)"},
    {"credit", "ja", R"(Subject: 【クレジットノート】{{number}}（{{company}}）

いつもお世話になっております。

{{date}} 付のクレジットノート {{number}}（{{total}} {{currency}}）を添付いたします。

よろしくお願いいたします。
{{company}}
)"},
    {"invoice", "fr", R"(Subject: Facture {{number}} de {{company}}

Bonjour,

veuillez trouver ci-joint la facture {{number}} du {{date}} d'un montant de {{total}} {{currency}},
à régler au plus tard le {{due}}. {{payment}}

Cordialement,
{{company}}
)"},
    {"credit", "fr", R"(Subject: Avoir {{number}} de {{company}}

Bonjour,

veuillez trouver ci-joint l'avoir {{number}} du {{date}} d'un montant de {{total}} {{currency}}.

Cordialement,
{{company}}
)"},
    {"statement", "en", R"(Subject: Statement of account from {{company}}

Hello,

please find attached your statement of account as of {{date}}.

Kind regards,
{{company}}
)"},
    {"statement", "de", R"(Subject: Kontoauszug von {{company}}

Guten Tag,

anbei erhalten Sie Ihren Kontoauszug zum {{date}}.

Mit freundlichen Grüßen
{{company}}
)"},
    {"statement", "fr", R"(Subject: Relevé de compte de {{company}}

Bonjour,

veuillez trouver ci-joint votre relevé de compte au {{date}}.

Cordialement,
{{company}}
)"},
    {"statement", "zh", R"(Subject: {{company}} 对账单

您好：

附件是截至 {{date}} 的对账单。

此致
{{company}}
)"},
    {"statement", "ja", R"(Subject: 【取引明細書】{{company}}

いつもお世話になっております。

{{date}} 時点の取引明細書を添付いたします。

よろしくお願いいたします。
{{company}}
)"},
}};

// The sentence that says how to pay: by transfer, or (sepa) that a direct debit collects
// the amount (the pre-notification).
std::string payment_sentence(const query::InvoiceDetail& detail, const syntax::Settings& settings,
                             std::string_view language) {
  if (detail.direct_debit) {
    const query::DirectDebitNotice& debit = *detail.direct_debit;
    const std::string amount =
        fmt::format("{} {}", format_amount(debit.amount), debit.amount.currency().code);
    const std::string date = format_date(debit.debit_date);
    return fill_labels(document_labels(language).direct_debit,
                       {{"amount", amount},
                        {"date", date},
                        {"mandate", debit.mandate},
                        {"creditor", debit.creditor_id}});
  }
  const std::string& iban = settings.company.iban;
  const std::string& reference = detail.payment_reference;
  if (language == "de") {
    return fmt::format("Bitte überweisen Sie auf {} mit dem Verwendungszweck {}.", iban, reference);
  }
  if (language == "fr") {
    return fmt::format("Merci de régler par virement sur {} en indiquant la référence {}.", iban,
                       reference);
  }
  if (language == "zh") {
    return fmt::format("付款时请注明 {}。", reference);
  }
  if (language == "ja") {
    return fmt::format("お振込みの際は {} をご記入ください。", reference);
  }
  return fmt::format("Please pay to {} with the reference {}.", iban, reference);
}

std::string known_names(const std::map<std::string, std::string, std::less<>>& values) {
  std::string out;
  for (const auto& [name, value] : values) {
    out += out.empty() ? "" : ", ";
    out += name;
  }
  return out;
}

// Fills {{name}} in `text`, whose first line is line `line` of `path`.
std::string fill(std::string_view text, const std::string& path, int line,
                 const std::map<std::string, std::string, std::less<>>& values) {
  std::string out;
  std::size_t line_start = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find("{{", at);
    const std::size_t stop = open == std::string_view::npos ? text.size() : open;
    for (std::size_t i = at; i < stop; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    out.append(text.substr(at, stop - at));
    if (open == std::string_view::npos) {
      break;
    }
    const int column =
        static_cast<int>(count_code_points(text.substr(line_start, open - line_start))) + 1;
    const std::size_t close = text.find("}}", open + 2);
    const std::size_t line_end = text.find('\n', open);
    if (close == std::string_view::npos || (line_end != std::string_view::npos && close > line_end)) {
      throw Error(ErrorKind::invalid_input, SourceLoc{path, line, column},
                  "'{{' without '}}' on the same line");
    }
    std::string_view name = text.substr(open + 2, close - open - 2);
    while (!name.empty() && name.front() == ' ') {
      name.remove_prefix(1);
    }
    while (!name.empty() && name.back() == ' ') {
      name.remove_suffix(1);
    }
    const auto found = values.find(name);
    if (found == values.end()) {
      throw Error(ErrorKind::invalid_input, SourceLoc{path, line, column},
                  fmt::format("unknown template variable '{}'; known: {}", name,
                              known_names(values)));
    }
    out += found->second;
    at = close + 2;
  }
  return out;
}

} // namespace

MailTemplate parse_mail_template(std::string_view text, const std::string& path) {
  constexpr std::string_view k_subject = "Subject:";
  if (!text.starts_with(k_subject)) {
    throw Error(ErrorKind::invalid_input, SourceLoc{path, 1, 1},
                "a mail template starts with a line 'Subject: ...', then an empty line, then the "
                "body");
  }
  const std::size_t end = text.find('\n');
  MailTemplate out;
  out.path = path;
  std::string_view subject = text.substr(k_subject.size(), end == std::string_view::npos
                                                               ? std::string_view::npos
                                                               : end - k_subject.size());
  while (!subject.empty() && (subject.front() == ' ')) {
    subject.remove_prefix(1);
  }
  while (!subject.empty() && (subject.back() == ' ' || subject.back() == '\r')) {
    subject.remove_suffix(1);
  }
  out.subject = std::string(subject);
  if (end == std::string_view::npos) {
    return out;
  }
  std::string_view body = text.substr(end + 1);
  out.body_line = 2;
  if (body.starts_with('\n')) {
    body.remove_prefix(1);
    out.body_line = 3;
  }
  out.body = std::string(body);
  return out;
}

MailTemplate built_in_mail_template(std::string_view kind, std::string_view language) {
  for (const std::string_view lang : {language, std::string_view("en")}) {
    for (const BuiltIn& built_in : k_built_in) {
      if (built_in.kind == kind && built_in.language == lang) {
        return parse_mail_template(built_in.text, fmt::format("built-in {}.{}", kind, lang));
      }
    }
  }
  throw Error(ErrorKind::internal, fmt::format("no built-in mail template for {}", kind));
}

std::string mail_language(std::string_view country, const std::string& fallback) {
  struct Pair {
    std::string_view country;
    std::string_view language;
  };
  constexpr std::array<Pair, 11> k_languages = {{{"DE", "de"},
                                                 {"AT", "de"},
                                                 {"CH", "de"},
                                                 {"LI", "de"},
                                                 {"CN", "zh"},
                                                 {"TW", "zh"},
                                                 {"HK", "zh"},
                                                 {"JP", "ja"},
                                                 {"FR", "fr"},
                                                 {"BE", "fr"},
                                                 {"LU", "fr"}}};
  for (const Pair& pair : k_languages) {
    if (pair.country == country) {
      return std::string(pair.language);
    }
  }
  return fallback;
}

std::string_view document_label(std::string_view kind, std::string_view language) {
  struct Label {
    std::string_view language;
    std::string_view invoice;
    std::string_view credit;
  };
  constexpr std::array<Label, 5> k_labels = {{{"en", "Invoice", "Credit note"},
                                              {"de", "Rechnung", "Gutschrift"},
                                              {"fr", "Facture", "Avoir"},
                                              {"zh", "发票", "贷项通知单"},
                                              {"ja", "請求書", "クレジットノート"}}};
  for (const Label& label : k_labels) {
    if (label.language == language) {
      return kind == "credit" ? label.credit : label.invoice;
    }
  }
  return kind == "credit" ? k_labels[0].credit : k_labels[0].invoice;
}

std::map<std::string, std::string, std::less<>> mail_values(const query::InvoiceDetail& detail,
                                                            const syntax::Settings& settings,
                                                            std::string_view language) {
  const Document& document = *detail.document;
  const syntax::CompanySettings& company = settings.company;
  const std::string payment = document.is_invoice() ? payment_sentence(detail, settings, language)
                                                    : std::string();
  return {
      {"payment", payment},
      {"direct_debit", detail.direct_debit ? payment : std::string()}, // sepa
      {"number", document.id},
      {"kind", document.is_invoice() ? "invoice" : "credit note"},
      {"customer", detail.customer->name},
      {"customer_id", detail.customer->id},
      {"company", company.name},
      {"date", format_date(document.date)},
      {"due", document.is_invoice() ? format_date(document.due) : ""},
      {"total", format_amount(document.total)},
      {"open", format_amount(detail.open)},
      {"currency", std::string(document.total.currency().code)},
      {"reference", detail.payment_reference},
      {"po", document.info().purchase_order},
      {"iban", company.iban},
      {"bic", company.bic},
      {"bank", company.bank_name},
      {"email", company.email},
  };
}

std::map<std::string, std::string, std::less<>>
statement_mail_values(const query::Statement& statement, const syntax::Settings& settings) {
  return {
      {"customer", statement.customer_name},
      {"customer_id", statement.customer_id},
      {"company", settings.company.name},
      {"date", format_date(statement.to)},
      {"from", statement.from ? format_date(*statement.from) : std::string()},
      {"email", settings.company.email},
  };
}

MailText fill_mail_template(const MailTemplate& mail_template,
                            const std::map<std::string, std::string, std::less<>>& values) {
  return {fill(mail_template.subject, mail_template.path, 1, values),
          fill(mail_template.body, mail_template.path, mail_template.body_line, values)};
}

} // namespace dues::render
