#include "cli/invoicing.hpp"

#include "base/file.hpp"
#include "model/suggestions.hpp" // hardening 21.11: a draft item's tax code, at its line
#include "query/customer_balance.hpp"
#include "syntax/invoice_template.hpp"
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

// Splits on ':' not escaped by '\'; removes the escapes.
std::vector<std::string> split_fields(std::string_view option, std::string_view text) {
  std::vector<std::string> fields(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\') {
      if (i + 1 == text.size() || (text[i + 1] != ':' && text[i + 1] != '\\')) {
        throw Error(ErrorKind::usage,
                    fmt::format("{}: '\\' must be followed by ':' or '\\': '{}'", option, text));
      }
      fields.back() += text[++i];
    } else if (c == ':') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

bool is_number(std::string_view text) {
  return parse_decimal(text).has_value();
}

bool is_tax_code(std::string_view text) {
  const auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  return text.empty()
         || (letter(text.front())
             && text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                       "0123456789-_")
                    == std::string_view::npos);
}

std::optional<syntax::Discount> parse_discount(std::string_view text) {
  syntax::Discount discount;
  if (text.ends_with('%')) {
    text.remove_suffix(1);
    discount.is_percent = true;
  }
  const auto value = parse_decimal(text);
  if (!value || value->is_negative()) {
    return std::nullopt;
  }
  discount.value = *value;
  return discount;
}

// Whether the last `tail` fields read as QTY:PRICE[:TAX[:DISCOUNT]].
bool tail_fits(const std::vector<std::string>& fields, std::size_t tail) {
  const std::size_t first = fields.size() - tail;
  return is_number(fields[first]) && is_number(fields[first + 1])
         && (tail < 3 || is_tax_code(fields[first + 2]))
         && (tail < 4 || parse_discount(fields[first + 3]).has_value());
}

std::string join_fields(const std::vector<std::string>& fields, std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    text += i == 0 ? "" : ":";
    text += fields[i];
  }
  return text;
}

} // namespace

ItemRequest item_argument(std::string_view option, std::string_view text) {
  const std::vector<std::string> fields = split_fields(option, text);
  for (std::size_t tail = 4; tail >= 2; --tail) {
    if (fields.size() < tail + 1 || !tail_fits(fields, tail)) {
      continue;
    }
    const std::size_t first = fields.size() - tail;
    ItemRequest item;
    item.description = join_fields(fields, first);
    item.quantity = *parse_decimal(fields[first]);
    item.price = *parse_decimal(fields[first + 1]);
    if (tail >= 3) {
      item.tax = fields[first + 2];
    }
    if (tail == 4) {
      item.discount = parse_discount(fields[first + 3]);
    }
    if (item.description.empty()) {
      break;
    }
    if (item.quantity.is_zero()) {
      throw Error(ErrorKind::usage, fmt::format("{}: the quantity is zero: '{}'", option, text));
    }
    return item;
  }
  throw Error(ErrorKind::usage,
              fmt::format("{}: expected \"DESCRIPTION:QUANTITY:PRICE[:TAX[:DISCOUNT]]\" such as "
                          "\"Consulting:10:120.00:standard:5%\", not '{}'",
                          option, text));
}

syntax::Discount discount_argument(std::string_view option, std::string_view text) {
  const auto discount = parse_discount(text);
  if (!discount) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: expected a percentage such as 5% or an amount such as 25.00, not "
                            "'{}'",
                            option, text));
  }
  return *discount;
}

std::optional<std::string> credit_limit_excess(const Ledger& ledger, const syntax::Entry& invoice,
                                               const std::vector<syntax::Entry>& pending) {
  const std::uint32_t* index = ledger.find_customer_index(invoice.customer.value);
  if (index == nullptr) {
    return std::nullopt;
  }
  const Customer& customer = ledger.customers[*index];
  const std::string& code =
      customer.currency.empty() ? ledger.settings.company.currency : customer.currency;
  const Currency* currency = find_currency(code);
  if (!customer.credit_limit || currency == nullptr || invoice.currency.value != code) {
    return std::nullopt;
  }
  const auto limit = money_from_decimal(*customer.credit_limit, *currency);
  const auto total = money_from_decimal(invoice.total.value, *currency);
  if (!limit || !total) {
    return std::nullopt;
  }
  const Date last{date::year{9999}, date::December, date::day{31}};
  Money balance =
      query::customer_balance_in(ledger, balances_as_of(ledger, last), *index, *currency);
  for (const syntax::Entry& other : pending) {
    if (other.customer.value == invoice.customer.value && other.currency.value == code) {
      balance += money_from_decimal(other.total.value, *currency).value_or(Money::zero(*currency));
    }
  }
  if (balance + *total <= *limit) {
    return std::nullopt;
  }
  return fmt::format("{} for {} would take customer '{}' to a balance of {}, over the credit "
                     "limit of {} (open now: {}); nothing was issued (use --over-limit to issue "
                     "it anyway)",
                     invoice.id.value, *total, customer.id, balance + *total, *limit, balance);
}

InvoiceRequest request_from_template(const syntax::InvoiceTemplate& invoice) {
  InvoiceRequest request;
  request.customer = invoice.customer;
  request.terms = invoice.terms;
  request.due = invoice.due;
  if (invoice.discount) {
    request.discount = syntax::Discount{*invoice.discount, invoice.discount_is_percent};
  }
  request.currency = invoice.currency;
  request.reference = invoice.reference;
  request.purchase_order = invoice.purchase_order;
  request.note = invoice.note;
  request.prices = invoice.prices;
  request.series = invoice.series;
  request.source = invoice.loc;
  for (const syntax::TemplateItem& item : invoice.items) {
    ItemRequest line;
    line.description = item.description;
    line.quantity = item.quantity;
    line.unit = item.unit;
    line.price = item.price;
    line.tax = item.tax;
    if (item.discount) {
      line.discount = syntax::Discount{*item.discount, item.discount_is_percent};
    }
    request.items.push_back(std::move(line));
  }
  return request;
}

DraftPath draft_path(const std::filesystem::path& ledger_dir, std::string_view argument) {
  std::string_view name = argument;
  if (name.starts_with("drafts/")) {
    name.remove_prefix(7);
  }
  if (name.ends_with(".toml")) {
    name.remove_suffix(5);
  }
  if (!syntax::is_valid_id(name) || name.find('/') != std::string_view::npos) {
    throw Error(ErrorKind::usage,
                fmt::format("not a draft name (letters, digits, '-', '_', '.'): '{}'", argument));
  }
  DraftPath draft;
  draft.name = std::string(name);
  draft.shown = fmt::format("drafts/{}.toml", name);
  draft.path = ledger_dir / draft.shown;
  return draft;
}

std::vector<std::filesystem::path> draft_files(const std::filesystem::path& ledger_dir) {
  return list_folder(ledger_dir / "drafts", "drafts/", ".toml");
}

syntax::Entry preview_draft(const Ledger& ledger, const syntax::InvoiceTemplate& draft,
                            const Date& today) {
  InvoiceRequest request = request_from_template(draft);
  request.date = draft.date.value_or(today);
  request.number = "DRAFT"; // an external series wants a number: any will do to preview
  const auto series = ledger.settings.series.find(request.series);
  if (series == ledger.settings.series.end() || !series->second.external) {
    request.number.clear();
  }
  TakenIds taken;
  return make_invoice(ledger, request, taken);
}

void check_drafts(const std::filesystem::path& ledger_dir, const Ledger& ledger,
                  const Date& today, Diagnostics& diags, bool issuable) {
  for (const std::filesystem::path& file : draft_files(ledger_dir)) {
    const std::string shown = "drafts/" + file.filename().string();
    Diagnostics read;
    const auto draft = syntax::read_draft(read_file(file, shown), shown, read);
    if (read.empty()) { // dues.toml alone says whether its items' tax codes exist
      check_template_taxes(draft.items, ledger.settings, "", read);
    }
    for (const Error& error : read.errors()) {
      diags.add(error);
    }
    if (!read.empty() || !issuable) {
      continue;
    }
    try {
      preview_draft(ledger, draft, today);
    } catch (const Error& error) {
      if (error.kind() == ErrorKind::environment || error.kind() == ErrorKind::internal) {
        throw;
      }
      diags.add(error.where() ? error
                              : Error(ErrorKind::invalid_input, SourceLoc{shown, 0, 0},
                                      fmt::format("cannot be issued: {}", error.message())));
    }
  }
}

std::string total_text(const syntax::Entry& entry) {
  const Currency* currency = find_currency(entry.currency.value);
  const auto total =
      currency == nullptr ? std::nullopt : money_from_decimal(entry.total.value, *currency);
  return total ? fmt::format("{}", *total)
               : fmt::format("{} {}", format_decimal(entry.total.value), entry.currency.value);
}

std::string entry_summary(const syntax::Entry& entry) {
  std::string text =
      fmt::format("{} {} {}", entry.id.value, entry.customer.value, total_text(entry));
  if (entry.due.set) {
    text += fmt::format(" due {}", entry.due.value);
  }
  return text;
}

void load_recurring_files(const std::filesystem::path& ledger_dir, syntax::Settings& settings,
                          Diagnostics& diags) {
  namespace fs = std::filesystem;
  const std::vector<fs::path> files = list_folder(ledger_dir / "recurring", "recurring/", ".toml");
  for (const fs::path& file : files) {
    const std::string shown = "recurring/" + file.filename().string();
    const std::string name = file.stem().string();
    const std::string text = read_file(file, shown);
    syntax::RecurringSetting recurring = syntax::read_recurring_file(text, shown, name, diags);
    if (settings.recurring.contains(name)) {
      diags.add(Error(ErrorKind::invalid_input, SourceLoc{shown, 1, 1},
                      fmt::format("recurring template '{}' is also defined in dues.toml", name)));
      continue;
    }
    settings.recurring[name] = std::move(recurring);
  }
}

} // namespace dues::cli
