#include "base/country.hpp"       // hardening: codes in capitals
#include "model/suggestions.hpp" // hardening: one "unknown customer"
#include "cli/receipts.hpp"

#include "model/numbering.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace dues::cli {

std::uint32_t customer_argument(const Ledger& ledger, std::string_view id) {
  const std::uint32_t* index = ledger.find_customer_index(id);
  if (index == nullptr) {
    throw Error(ErrorKind::usage, unknown_customer(id, ledger.customers));
  }
  return *index;
}

const Currency& currency_argument(std::string_view option, std::string_view code) {
  const Currency* currency = find_currency(code_in_capitals(code)); // hardening: "cny" is CNY
  if (currency == nullptr) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: unknown currency '{}' (expected an ISO 4217 code such as EUR)",
                            option, code));
  }
  return *currency;
}

const Currency& receipt_currency(const Ledger& ledger, std::uint32_t customer,
                                 const std::optional<std::string>& option) {
  if (option) {
    return currency_argument("--currency", *option);
  }
  const std::string& own = ledger.customers[customer].currency;
  const std::string& code = own.empty() ? ledger.settings.company.currency : own;
  const Currency* currency = find_currency(code);
  if (currency == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("no currency for customer '{}': give --currency",
                                              ledger.customers[customer].id));
  }
  return *currency;
}

Money amount_argument(std::string_view what, std::string_view text, const Currency& currency) {
  const auto money = parse_money(text, currency);
  if (!money) {
    const auto point = text.find('.');
    const bool digits = parse_decimal(text).has_value();
    if (digits && point != std::string_view::npos
        && static_cast<int>(text.size() - point - 1) > currency.exponent) {
      throw Error(ErrorKind::usage, fmt::format("{}: too many decimals for {} (at most {}): '{}'",
                                                what, currency.code, currency.exponent, text));
    }
    throw Error(
        ErrorKind::usage,
        fmt::format("{}: not an amount (digits, optionally '.' and decimals): '{}'", what, text));
  }
  if (!money->is_positive()) {
    throw Error(ErrorKind::usage, fmt::format("{}: must be more than zero: '{}'", what, text));
  }
  return *money;
}

std::vector<ApplyRequest> apply_arguments(const Ledger& ledger,
                                          const std::vector<std::string>& values,
                                          const Currency& fallback) {
  std::vector<ApplyRequest> requests;
  for (const std::string& value : values) {
    const std::size_t equals = value.find('=');
    ApplyRequest request;
    request.invoice = value.substr(0, equals);
    if (request.invoice.empty()) {
      throw Error(ErrorKind::usage,
                  fmt::format("--apply: expected ID or ID=AMOUNT, not '{}'", value));
    }
    if (equals != std::string::npos) {
      const Document* invoice = ledger.find_document(request.invoice);
      const Currency& currency = invoice != nullptr ? invoice->total.currency() : fallback;
      request.amount = amount_argument(fmt::format("--apply {}", request.invoice),
                                       std::string_view(value).substr(equals + 1), currency);
    }
    requests.push_back(std::move(request));
  }
  return requests;
}

void check_method(const std::optional<std::string>& method) {
  static constexpr std::array<std::string_view, 7> k_methods{"bank",   "cash",   "card", "alipay",
                                                             "wechat", "cheque", "other"};
  if (method && std::find(k_methods.begin(), k_methods.end(), *method) == k_methods.end()) {
    throw Error(ErrorKind::usage,
                fmt::format("--method: expected bank, cash, card, alipay, wechat, cheque or "
                            "other, not '{}'",
                            *method));
  }
}

std::uint32_t invoice_argument(const Ledger& ledger, std::string_view id, const Date& day) {
  const IdRef* ref = ledger.find_id(id);
  if (ref == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("no invoice '{}' in this ledger", id));
  }
  if (ref->kind != IdKind::document || !ledger.documents[ref->index].is_invoice()) {
    throw Error(ErrorKind::usage, fmt::format("'{}' is not an invoice", id));
  }
  const Document& invoice = ledger.documents[ref->index];
  if (day_number(invoice.date) > day_number(day)) {
    throw Error(ErrorKind::usage, fmt::format("{} is dated {}, after {}", invoice.id,
                                              format_date(invoice.date), format_date(day)));
  }
  return ref->index;
}

std::string next_receipt_id(const Ledger& ledger, std::string_view kind,
                            std::string_view default_format, const Date& day) {
  const syntax::SeriesSetting* series = series_for_kind(ledger.settings, kind);
  syntax::SeriesSetting fallback;
  if (series == nullptr) {
    fallback.name = std::string(kind);
    fallback.kind = std::string(kind);
    fallback.format = std::string(default_format);
    series = &fallback;
  }
  return next_id(ledger, *series, static_cast<int>(day.year()));
}

void add_applies(syntax::Entry& entry, const Ledger& ledger,
                 const std::vector<AllocationLine>& lines) {
  for (const AllocationLine& line : lines) {
    syntax::Apply apply;
    apply.document_id = field(ledger.documents[line.document].id);
    apply.amount = field(to_decimal(line.amount));
    entry.applies.push_back(std::move(apply));
  }
}

syntax::Entry allocate_entry(const Ledger& ledger, const std::string& source, const Date& day,
                             const std::vector<AllocationLine>& lines) {
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::allocate;
  entry.date = day;
  entry.id = field(source);
  add_applies(entry, ledger, lines);
  return entry;
}

Ledger record_entries(Context& ctx, bool dry_run, const EntryMaker& make) {
  if (dry_run) {
    return preview_entries(ctx, LoadMode::balances, make);
  }
  Ledger after;
  commit_entries(ctx, LoadMode::balances, make, &after);
  return after;
}

void add_applied(std::vector<AppliedLine>& applied, const Ledger& ledger, const std::string& source,
                 const std::vector<AllocationLine>& lines) {
  for (const AllocationLine& line : lines) {
    applied.push_back({source, ledger.documents[line.document].id, line.amount});
  }
}

InvoiceStanding standing_of(const Ledger& ledger, const Balances& balances, std::string_view id) {
  const IdRef* ref = ledger.find_id(id);
  if (ref == nullptr || ref->kind != IdKind::document) {
    throw Error(ErrorKind::internal, fmt::format("{} vanished from the ledger", id));
  }
  return {balances.open[ref->index],
          std::string(state_name(state_of(ledger, balances, ref->index)))};
}

void print_applied(std::ostream& out, const Ledger& after, const Balances& balances,
                   const std::vector<AppliedLine>& applied, bool colour) {
  if (applied.empty()) {
    out << "nothing applied\n";
    return;
  }
  render::Table table({{"INVOICE", render::Align::left, 0},
                       {"FROM", render::Align::left, 0},
                       {"APPLIED", render::Align::right, 0},
                       {"OPEN", render::Align::right, 0},
                       {"STATE", render::Align::left, 0}});
  for (const AppliedLine& line : applied) {
    const InvoiceStanding standing = standing_of(after, balances, line.invoice);
    table.add_row({line.invoice, line.source, format_amount(line.amount),
                   format_amount(standing.open), standing.state});
  }
  table.print(out, colour);
}

void write_applied(render::JsonWriter& json, const Ledger& after, const Balances& balances,
                   const std::vector<AppliedLine>& applied) {
  json.begin_array();
  for (const AppliedLine& line : applied) {
    const InvoiceStanding standing = standing_of(after, balances, line.invoice);
    json.begin_object();
    json.key("source").value(line.source);
    json.key("invoice").value(line.invoice);
    json.key("amount").value(format_amount(line.amount));
    json.key("open").value(format_amount(standing.open));
    json.key("state").value(standing.state);
    json.end_object();
  }
  json.end_array();
}

Money unapplied_credit(const Balances& balances, std::uint32_t customer, const Currency& currency) {
  return balances.unapplied.get(customer, currency);
}

} // namespace dues::cli
