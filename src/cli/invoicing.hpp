#pragma once

// Helpers shared by the invoicing commands (invoice, credit, recur).
#include "cli/context.hpp"
#include "model/invoicing.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dues::cli {

// A request a person must decide on (such as a credit limit): the command writes
// nothing and exits 1 (attention) with this message.
struct Refusal {
  std::string message;
};

// Parses --item "DESC:QTY:PRICE[:TAX[:DISCOUNT]]". Fields are taken from the right, so
// the description may contain ':'; "\:" is a literal colon and "\\" a backslash. A
// usage error names the option and says what was expected.
ItemRequest item_argument(std::string_view option, std::string_view text);

// Parses "5%" or an amount such as "25.00".
syntax::Discount discount_argument(std::string_view option, std::string_view text);

// The message when issuing `invoice` (an entry not yet in the ledger) would take its
// customer's balance in the limit's currency over the credit limit; nullopt when fine.
// `pending` are invoices of the same batch, not yet in the ledger either.
std::optional<std::string> credit_limit_excess(const Ledger& ledger, const syntax::Entry& invoice,
                                               const std::vector<syntax::Entry>& pending = {});

// An invoice template (draft or recurring) as a request.
InvoiceRequest request_from_template(const syntax::InvoiceTemplate& invoice);

// The draft file for a name given as NAME, NAME.toml or drafts/NAME.toml, and the name.
struct DraftPath {
  std::string name;
  std::string shown; // drafts/NAME.toml
  std::filesystem::path path;
};
DraftPath draft_path(const std::filesystem::path& ledger_dir, std::string_view argument);

// The drafts/*.toml files of the ledger folder, sorted (none when there is no drafts/).
std::vector<std::filesystem::path> draft_files(const std::filesystem::path& ledger_dir);

// The invoice a draft that read cleanly would issue on `today` (or on its own date),
// made against the ledger as `dues invoice issue` makes it, without a number unless its
// series is external. Throws what would stop the issue: invalid_input located in the
// draft (unknown customer, tax code, series, ...), or conflict (a number already used).
// The credit limit is not judged here.
syntax::Entry preview_draft(const Ledger& ledger, const syntax::InvoiceTemplate& draft,
                            const Date& today);

// Every problem of every draft, checked by every load as `dues check` does: what does
// not read, and (when `issuable`, i.e. the ledger is valid) what would stop it from
// being issued today, each located in its draft file.
void check_drafts(const std::filesystem::path& ledger_dir, const Ledger& ledger,
                  const Date& today, Diagnostics& diags, bool issuable = true);

// An entry's total as text: "1440.00 EUR".
std::string total_text(const syntax::Entry& entry);

// A one-line summary for people: "INV-2026-0001  acme  1440.00 EUR  due 2026-02-04".
std::string entry_summary(const syntax::Entry& entry);

// Reads every recurring/*.toml of the ledger into settings.recurring (the file name is
// the template name); problems go to `diags`.
void load_recurring_files(const std::filesystem::path& ledger_dir, syntax::Settings& settings,
                          Diagnostics& diags);

} // namespace dues::cli
