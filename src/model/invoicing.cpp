#include "model/invoicing.hpp"
#include "model/suggestions.hpp" // hardening: "did you mean"
#include "base/country.hpp"      // hardening: codes in capitals

#include "base/creditor_reference.hpp"
#include "base/payment_reference.hpp"
#include "base/text.hpp"
#include "model/balance.hpp"
#include "model/numbering.hpp"
#include "model/terms.hpp"
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues {
namespace {

using syntax::Entry;
using syntax::Field;

template <typename T>
Field<T> given(T value) {
  return {std::move(value), {}, true};
}

Field<std::string> given_text(const std::string& text) {
  return text.empty() ? Field<std::string>{} : given(text);
}

// Reports a bad request: usage error, or invalid input where the request was written.
class Complaint {
public:
  explicit Complaint(std::optional<SourceLoc> source) : m_source(std::move(source)) {}
  [[noreturn]] void operator()(const std::string& message) const {
    if (m_source) {
      throw Error(ErrorKind::invalid_input, *m_source, message);
    }
    throw Error(ErrorKind::usage, message);
  }

private:
  std::optional<SourceLoc> m_source;
};

const Currency& currency_for(const Ledger& ledger, const Customer& customer,
                             const std::string& requested, const Complaint& fail) {
  const std::string code = !requested.empty()           ? code_in_capitals(requested) // "cny"
                           : !customer.currency.empty() ? customer.currency
                                                        : ledger.settings.company.currency;
  const Currency* currency = find_currency(code);
  if (currency == nullptr) {
    fail(fmt::format("unknown currency '{}' (expected an ISO 4217 code such as EUR)", code));
  }
  return *currency;
}

// The items as the model computes them; tax codes resolved against dues.toml.
std::vector<LineItem> line_items(const Ledger& ledger, const std::vector<ItemRequest>& items,
                                 const Currency& currency, const Complaint& fail) {
  if (items.empty()) {
    fail("an invoice needs at least one item");
  }
  std::vector<LineItem> lines;
  for (const ItemRequest& item : items) {
    LineItem line;
    line.description = item.description;
    if (line.description.empty()) {
      fail("an item needs a description");
    }
    line.quantity = item.quantity;
    line.unit = item.unit;
    line.unit_price = item.price;
    line.tax_code = item.tax.empty() ? ledger.settings.defaults.tax : item.tax;
    if (line.tax_code == "none" && !ledger.settings.taxes.contains("none")) {
      line.tax_code.clear();
    }
    if (!line.tax_code.empty() && !ledger.settings.taxes.contains(line.tax_code)) {
      fail(unknown_tax_code(line.tax_code, ledger.settings));
    }
    if (item.discount) {
      if (item.discount->is_percent && item.discount->value > Decimal::from_int(100)) {
        fail(fmt::format("a discount of more than 100%: '{}%'",
                         format_decimal(item.discount->value)));
      }
      if (!item.discount->is_percent && !money_from_decimal(item.discount->value, currency)) {
        fail(fmt::format("discount '{}' has more decimals than {} allows",
                         format_decimal(item.discount->value), currency.code));
      }
      line.discount = item.discount;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<TaxRate> settings_rates(const Ledger& ledger) {
  std::vector<TaxRate> rates;
  for (const auto& [code, tax] : ledger.settings.taxes) {
    rates.push_back({code, tax.rate});
  }
  return rates;
}

Pricing pricing_for(const Ledger& ledger, const std::string& prices) {
  const syntax::DefaultSettings& defaults = ledger.settings.defaults;
  Pricing pricing;
  pricing.inclusive = (prices.empty() ? defaults.prices : prices) == "inclusive";
  pricing.per_invoice = defaults.tax_rounding == "invoice";
  pricing.rounding = rounding_mode_named(defaults.rounding).value_or(RoundingMode::half_up);
  return pricing;
}

ComputedTotals totals_or_fail(const std::vector<LineItem>& lines,
                              const std::optional<syntax::Discount>& discount,
                              const std::vector<TaxRate>& rates, const Pricing& pricing,
                              const Currency& currency, const Complaint& fail) {
  if (discount) {
    if (discount->is_percent && discount->value > Decimal::from_int(100)) {
      fail(fmt::format("a discount of more than 100%: '{}%'", format_decimal(discount->value)));
    }
    if (!discount->is_percent && !money_from_decimal(discount->value, currency)) {
      fail(fmt::format("discount '{}' has more decimals than {} allows",
                       format_decimal(discount->value), currency.code));
    }
  }
  ComputedTotals totals;
  try {
    totals = compute_totals(lines, discount, rates, pricing, currency);
  } catch (const Error& error) {
    fail(error.message());
  }
  if (totals.total.is_negative()) {
    fail(fmt::format("the total would be negative: {}", totals.total));
  }
  return totals;
}

// Writes items, tax lines, subtotal, total and the pricing attributes into an entry.
void write_amounts(Entry& entry, const std::vector<LineItem>& lines, const ComputedTotals& totals,
                   const Pricing& pricing, const std::optional<syntax::Discount>& discount,
                   const Currency& currency) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineItem& line = lines[i];
    syntax::Item& item = entry.items.emplace_back();
    item.description = given(line.description);
    if (line.quantity != Decimal{1, 0}) {
      item.quantity = given(line.quantity);
    }
    item.unit = given_text(line.unit);
    item.price = given(line.unit_price);
    item.tax = given_text(line.tax_code);
    if (line.discount) {
      item.discount = given(*line.discount);
    }
    item.amount = given(to_decimal(totals.line_amounts[i]));
  }
  for (const TaxAmount& tax : totals.taxes) {
    syntax::TaxLine& written = entry.taxes.emplace_back();
    written.code = given(tax.code);
    written.rate = given(tax.rate);
    written.base = given(to_decimal(tax.base));
    written.amount = given(to_decimal(tax.amount));
  }
  if (pricing.inclusive) {
    entry.prices = given(std::string("inclusive"));
  }
  if (pricing.per_invoice) {
    entry.tax_rounding = given(std::string("invoice"));
  }
  if (pricing.rounding != RoundingMode::half_up) {
    entry.rounding = given(std::string(rounding_mode_name(pricing.rounding)));
  }
  if (discount) {
    entry.discount = given(*discount);
  }
  entry.subtotal = given(to_decimal(totals.subtotal));
  entry.total = given(to_decimal(totals.total));
  entry.currency = given(std::string(currency.code));
}

// The next free number of a series, past the ids handed out in this batch.
std::string next_free_id(const Ledger& ledger, const syntax::SeriesSetting& series, int year,
                         TakenIds& taken) {
  std::string id = next_id(ledger, series, year);
  while (taken.contains(id)) {
    const auto number = match_series(series.format, id);
    id = format_series_id(series.format, year, number ? number->sequence + 1 : 1);
  }
  taken.insert(id);
  return id;
}

// Which series numbers the invoice, and whether its name must be written on it.
const syntax::SeriesSetting& invoice_series(const Ledger& ledger, const std::string& name,
                                            const Complaint& fail) {
  const syntax::SeriesSetting* fallback = series_for_kind(ledger.settings, "invoice");
  if (name.empty()) {
    if (fallback == nullptr) {
      fail("dues.toml has no [series.invoice] to number invoices (such as format = "
           "\"INV-{year}-{seq:04}\")");
    }
    return *fallback;
  }
  const auto it = ledger.settings.series.find(name);
  if (it == ledger.settings.series.end() || it->second.kind != "invoice") {
    fail(unknown_series(name, ledger.settings, "invoice"));
  }
  return it->second;
}

std::string number_invoice(const Ledger& ledger, const InvoiceRequest& request,
                           const syntax::SeriesSetting& series, TakenIds& taken,
                           const Complaint& fail) {
  if (!series.external) {
    if (!request.number.empty()) {
      fail(fmt::format("series '{}' numbers its invoices itself; --number is only for a series "
                       "with external = true",
                       series.name));
    }
    return next_free_id(ledger, series, static_cast<int>(request.date.year()), taken);
  }
  if (request.number.empty()) {
    fail(fmt::format("series '{}' is numbered outside dues (external = true): give the "
                     "assigned number with --number",
                     series.name));
  }
  if (!syntax::is_valid_id(request.number)) {
    fail(fmt::format("not a valid number (letters, digits, '-', '_', '.', '/'): '{}'",
                     request.number));
  }
  if (ledger.find_id(request.number) != nullptr || taken.contains(request.number)) {
    throw Error(ErrorKind::conflict, fmt::format("number {} is already used", request.number));
  }
  taken.insert(request.number);
  return request.number;
}

void write_terms(const Ledger& ledger, const Customer& customer, const InvoiceRequest& request,
                 const Money& total, Entry& entry, const Complaint& fail) {
  // An explicit due date replaces the terms, unless terms are asked for as well (for
  // their cash discount).
  const std::string none;
  const std::string& code = !request.terms.empty()    ? request.terms
                            : request.due             ? none
                            : !customer.terms.empty() ? customer.terms
                                                      : ledger.settings.defaults.terms;
  std::optional<DueSchedule> schedule;
  if (!code.empty()) {
    const auto it = ledger.settings.terms.find(code);
    if (it == ledger.settings.terms.end()) {
      fail(unknown_terms(code, ledger.settings));
    }
    schedule = apply_terms(it->second, request.date, total,
                           pricing_for(ledger, {}).rounding);
    entry.terms = given(code);
  }
  if (request.due) {
    if (days_between(request.date, *request.due) < 0) {
      fail(fmt::format("due date {} is before the invoice date {}", *request.due, request.date));
    }
    entry.due = given(*request.due);
    if (schedule) {
      schedule->instalments.clear(); // an explicit due date replaces the schedule
    }
  } else if (!schedule) {
    fail("no payment terms: give --terms or --due, or set terms for the customer or in "
         "[defaults] of dues.toml");
  } else {
    entry.due = given(schedule->due);
  }
  if (schedule && schedule->cash_discount) {
    entry.cash_discount = given(*schedule->cash_discount);
    entry.cash_discount_until = given(*schedule->cash_discount_until);
  }
  for (const ScheduledInstalment& instalment :
       schedule ? schedule->instalments : std::vector<ScheduledInstalment>{}) {
    syntax::Instalment& line = entry.instalments.emplace_back();
    line.due = given(instalment.due);
    line.amount = given(to_decimal(instalment.amount));
  }
}

std::vector<LineItem> credit_lines_of(const Document& invoice) {
  const DocumentDetails& details = invoice.info();
  std::vector<LineItem> lines = details.items;
  for (LineItem& line : lines) {
    line.amount.reset();
  }
  if (lines.empty()) {
    LineItem line;
    line.description = fmt::format("Credit for invoice {}", invoice.id);
    line.unit_price = to_decimal(invoice.total);
    lines.push_back(std::move(line));
  }
  return lines;
}

// Per document: whether a void entry cancelled it. One pass over the status events.
std::vector<bool> voided_documents(const Ledger& ledger) {
  std::vector<bool> voided(ledger.documents.size(), false);
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided) {
      voided[event.document] = true;
    }
  }
  return voided;
}

// What has been credited on an invoice by credit notes that are not void.
Money credited_so_far(const Ledger& ledger, const Document& invoice) {
  const std::vector<bool> voided = voided_documents(ledger);
  Money sum = Money::zero(invoice.total.currency());
  for (std::size_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!document.is_invoice() && document.info().related_invoice == invoice.id && !voided[i]) {
      sum += document.total;
    }
  }
  return sum;
}

} // namespace

syntax::Entry make_invoice(const Ledger& ledger, const InvoiceRequest& request, TakenIds& taken) {
  const Complaint fail(request.source);
  const Customer* customer = ledger.find_customer(request.customer);
  if (customer == nullptr) {
    fail(unknown_customer(request.customer, ledger.customers));
  }
  const Currency& currency = currency_for(ledger, *customer, request.currency, fail);
  if (!request.prices.empty() && request.prices != "inclusive" && request.prices != "exclusive") {
    fail(fmt::format("prices must be inclusive or exclusive, not '{}'", request.prices));
  }
  const Pricing pricing = pricing_for(ledger, request.prices);
  const std::vector<LineItem> lines = line_items(ledger, request.items, currency, fail);
  const ComputedTotals totals =
      totals_or_fail(lines, request.discount, settings_rates(ledger), pricing, currency, fail);
  Entry entry;
  entry.kind = syntax::EntryKind::invoice;
  entry.date = request.date;
  const syntax::SeriesSetting& series = invoice_series(ledger, request.series, fail);
  entry.id = given(number_invoice(ledger, request, series, taken, fail));
  if (&series != series_for_kind(ledger.settings, "invoice")) {
    entry.series = given(series.name);
  }
  entry.customer = given(customer->id);
  write_terms(ledger, *customer, request, totals.total, entry, fail);
  write_amounts(entry, lines, totals, pricing, request.discount, currency);
  std::string reference = request.reference;
  if (reference.empty() && ledger.settings.defaults.reference != "none") {
    reference = payment_reference(ledger.settings, entry.id.value);
  }
  entry.reference = given_text(reference);
  entry.purchase_order = given_text(request.purchase_order);
  entry.note = given_text(request.note);
  entry.origin = given_text(request.origin);
  return entry;
}

namespace {

// The invoice a credit note corrects, refusing what cannot be credited.
std::uint32_t invoice_to_credit(const Ledger& ledger, const CreditRequest& request,
                                const Complaint& fail) {
  const IdRef* ref = ledger.find_id(request.invoice);
  if (ref == nullptr || ref->kind != IdKind::document
      || !ledger.documents[ref->index].is_invoice()) {
    fail(fmt::format("no invoice '{}' in the journal", request.invoice));
  }
  const Document& invoice = ledger.documents[ref->index];
  if (is_voided(ledger, ref->index)) {
    throw Error(ErrorKind::conflict,
                fmt::format("{} is void; there is nothing to credit", invoice.id));
  }
  if (days_between(invoice.date, request.date) < 0) {
    fail(fmt::format("the credit note's date {} is before the invoice's date {}", request.date,
                     invoice.date));
  }
  if (request.reason.empty()) {
    fail("a credit note needs a --reason");
  }
  return ref->index;
}

// The rates on the invoice (those that applied when it was issued), then dues.toml's.
std::vector<TaxRate> credit_rates(const Ledger& ledger, const DocumentDetails& details) {
  std::vector<TaxRate> rates;
  for (const TaxAmount& tax : details.taxes) {
    rates.push_back({tax.code, tax.rate});
  }
  for (const TaxRate& rate : settings_rates(ledger)) {
    if (std::none_of(rates.begin(), rates.end(),
                     [&](const TaxRate& known) { return known.code == rate.code; })) {
      rates.push_back(rate);
    }
  }
  return rates;
}

// Applies as much of the credit as the invoice has open on the credit note's day and
// keeps open afterwards (later payments must still fit).
void apply_credit(const Ledger& ledger, std::uint32_t invoice, const Money& total, Entry& entry) {
  const Money open_then = balances_as_of(ledger, entry.date).open[invoice];
  const Date last{date::year{9999}, date::December, date::day{31}};
  const Money open_later = balances_as_of(ledger, last).open[invoice];
  const Money applied = min(total, min(open_then, open_later));
  if (applied.is_positive()) {
    syntax::Apply& apply = entry.applies.emplace_back();
    apply.document_id = given(ledger.documents[invoice].id);
    apply.amount = given(to_decimal(applied));
  }
}

} // namespace

syntax::Entry make_credit_note(const Ledger& ledger, const CreditRequest& request,
                               TakenIds& taken) {
  const Complaint fail(std::nullopt);
  const std::uint32_t index = invoice_to_credit(ledger, request, fail);
  const Document& invoice = ledger.documents[index];
  const Currency& currency = invoice.total.currency();
  const DocumentDetails& details = invoice.info();
  const std::vector<LineItem> lines =
      request.full ? credit_lines_of(invoice) : line_items(ledger, request.items, currency, fail);
  const std::optional<syntax::Discount> discount =
      request.full ? details.discount : std::optional<syntax::Discount>{};
  const ComputedTotals totals = totals_or_fail(lines, discount, credit_rates(ledger, details),
                                               details.pricing, currency, fail);
  const Money credited = credited_so_far(ledger, invoice);
  if (credited + totals.total > invoice.total) {
    throw Error(ErrorKind::conflict,
                fmt::format("a credit of {} would credit more than {} was invoiced for: {} "
                            "invoiced, {} credited already",
                            totals.total, invoice.id, invoice.total, credited));
  }
  const syntax::SeriesSetting* series = series_for_kind(ledger.settings, "credit");
  if (series == nullptr) {
    fail("dues.toml has no [series.credit] to number credit notes (such as format = "
         "\"CN-{year}-{seq:04}\")");
  }
  Entry entry;
  entry.kind = syntax::EntryKind::credit;
  entry.date = request.date;
  entry.id = given(next_free_id(ledger, *series, static_cast<int>(request.date.year()), taken));
  entry.customer = given(ledger.customers[invoice.customer].id);
  entry.invoice = given(invoice.id);
  entry.reason = given(request.reason);
  write_amounts(entry, lines, totals, details.pricing, discount, currency);
  if (request.apply) {
    apply_credit(ledger, index, totals.total, entry);
  }
  return entry;
}

const Document* find_by_origin(const Ledger& ledger, std::string_view origin) {
  for (const Document& document : ledger.documents) {
    if (document.details && document.details->origin == origin) {
      return &document;
    }
  }
  return nullptr;
}

bool is_voided(const Ledger& ledger, std::uint32_t document) {
  return std::any_of(ledger.status_events.begin(), ledger.status_events.end(),
                     [&](const StatusEvent& event) {
                       return event.kind == StatusKind::voided && event.document == document;
                     });
}

void check_origins(const Ledger& ledger, Diagnostics& diags) {
  const std::vector<bool> voided = voided_documents(ledger);
  std::map<std::string_view, std::uint32_t> seen;
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!document.details || document.details->origin.empty() || voided[i]) {
      continue;
    }
    const auto [it, is_new] = seen.try_emplace(document.details->origin, i);
    if (!is_new) {
      const Document& first = ledger.documents[it->second];
      const SourceLoc at = ledger.where(first.pos);
      diags.add(Error(ErrorKind::invalid_input, ledger.where(document.pos),
                      fmt::format("{} has origin '{}' like {} at {}:{}; void one of them",
                                  document.id, it->first, first.id, at.path, at.line)));
    }
  }
}

std::string payment_reference(const syntax::Settings& settings, std::string_view id) {
  const std::string& name = settings.defaults.reference;
  const ReferenceScheme scheme = name == "auto"
                                     ? reference_scheme_for_country(settings.company.country)
                                     : reference_scheme_named(name).value_or(ReferenceScheme::rf);
  if (scheme == ReferenceScheme::rf) {
    return rf_reference(id);
  }
  return make_payment_reference(scheme, id).value_or("");
}

std::string rf_reference(std::string_view id) {
  std::string body; // the letters and digits, at most as many as a reference holds
  for (const char c : id) {
    if (is_ascii_alnum(c) && body.size() < k_rf_max_body) {
      body += c;
    }
  }
  return make_rf_reference(body).value_or("");
}

} // namespace dues
