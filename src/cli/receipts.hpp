#pragma once

// What the receipt commands (pay, apply, refund, writeoff, dispute) share: reading
// their arguments against the ledger, building entries, and reporting what they did.
#include "cli/context.hpp"
#include "model/allocation.hpp"
#include "render/json.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dues::cli {

// The index of the customer with this id; a usage error otherwise.
std::uint32_t customer_argument(const Ledger& ledger, std::string_view id);

// The currency with this ISO code; a usage error naming the option otherwise.
const Currency& currency_argument(std::string_view option, std::string_view code);

// The currency of a customer's money: --currency, else the customer's currency, else
// the company's.
const Currency& receipt_currency(const Ledger& ledger, std::uint32_t customer,
                                 const std::optional<std::string>& option);

// An amount more than zero, exactly in the currency; a usage error naming `what`
// otherwise (too many decimals is never rounded).
Money amount_argument(std::string_view what, std::string_view text, const Currency& currency);

// `--apply ID` and `--apply ID=AMOUNT` values. An amount is read in the currency of
// the invoice it names (in `fallback` when the invoice is unknown: the planner then
// reports it).
std::vector<ApplyRequest> apply_arguments(const Ledger& ledger,
                                          const std::vector<std::string>& values,
                                          const Currency& fallback);

// Checks a --method value: bank, cash, card, alipay, wechat, cheque or other.
void check_method(const std::optional<std::string>& method);

// The invoice named `id`, issued on or before `day`; a usage error otherwise.
std::uint32_t invoice_argument(const Ledger& ledger, std::string_view id, const Date& day);

// The next id of the series for `kind` ("payment", "refund"); without one in dues.toml,
// the default format (PAY-{year}-{seq:04}, RFD-{year}-{seq:04}), reset yearly.
std::string next_receipt_id(const Ledger& ledger, std::string_view kind,
                            std::string_view default_format, const Date& day);

// A journal field that is set.
template <typename T>
syntax::Field<T> field(T value) {
  return {std::move(value), {}, true};
}

// Adds `apply INVOICE AMOUNT` lines to an entry.
void add_applies(syntax::Entry& entry, const Ledger& ledger,
                 const std::vector<AllocationLine>& lines);

// An `allocate SOURCE` entry with its apply lines.
syntax::Entry allocate_entry(const Ledger& ledger, const std::string& source, const Date& day,
                             const std::vector<AllocationLine>& lines);

// Writes the entries `make` builds (with `dry_run`, only checks them) and returns the
// ledger as it is with them, so the command can report states after the change.
Ledger record_entries(Context& ctx, bool dry_run, const EntryMaker& make);

// Money applied to an invoice by a command, for its report.
struct AppliedLine {
  std::string source; // the payment or credit note
  std::string invoice;
  Money amount;
};

// The lines of a plan, paid from `source`, as report lines.
void add_applied(std::vector<AppliedLine>& applied, const Ledger& ledger, const std::string& source,
                 const std::vector<AllocationLine>& lines);

// "INVOICE FROM APPLIED OPEN STATE" with each invoice's open amount and state in the
// ledger after the change, by `balances` of it (as of the day of the change).
void print_applied(std::ostream& out, const Ledger& after, const Balances& balances,
                   const std::vector<AppliedLine>& applied, bool colour);

// The same as a JSON array of {source, invoice, amount, open, state}.
void write_applied(render::JsonWriter& json, const Ledger& after, const Balances& balances,
                   const std::vector<AppliedLine>& applied);

// The customer's unapplied credit in a currency at the end of `day`.
Money unapplied_credit(const Balances& balances, std::uint32_t customer, const Currency& currency);

// An invoice's open amount and state on a day, by id, in a ledger.
struct InvoiceStanding {
  Money open;
  std::string state;
};
InvoiceStanding standing_of(const Ledger& ledger, const Balances& balances, std::string_view id);

} // namespace dues::cli
