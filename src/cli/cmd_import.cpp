// dues import customers|open-items FILE: take over another system's customers and open
// items (docs/import.md). Prints the plan by default; --apply writes it in one atomic
// write (customers.toml via TomlPatch + write_file_atomic, the journal via
// commit_entries), and only when every row is good. Running it again adds nothing.
#include "base/file.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "cli/customers_file.hpp"
#include "model/customer_fields.hpp"
#include "query/import_customers.hpp"
#include "query/import_opening.hpp"
#include "syntax/toml_patch.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

std::string_view file_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

char delimiter_argument(std::string_view text) {
  if (text == "tab" || text == "\\t" || text == "\t") {
    return '\t';
  }
  if (text.size() != 1 || text == "\"" || is_ascii_alnum(text[0])) {
    throw Error(ErrorKind::usage,
                fmt::format("--delimiter: one character such as , ; | or 'tab', not '{}'", text));
  }
  return text[0];
}

query::ImportLayout layout_of(const ImportOptions& options) {
  if (options.apply && options.dry_run) {
    throw Error(ErrorKind::usage, "--apply and --dry-run: give one of them");
  }
  query::ImportLayout layout;
  layout.delimiter = delimiter_argument(options.delimiter);
  for (const std::string& mapping : options.map) {
    const std::size_t equals = mapping.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == mapping.size()) {
      throw Error(ErrorKind::usage,
                  fmt::format("--map: expected FIELD=COLUMN, such as id=Belegnummer, not '{}'",
                              mapping));
    }
    layout.map.emplace_back(mapping.substr(0, equals), mapping.substr(equals + 1));
  }
  return layout;
}

// Prints every problem, then throws: a conflict when each problem is one, else invalid input.
[[noreturn]] void refuse(Context& ctx, Diagnostics& diags, const std::string& file) {
  diags.sort();
  print_diagnostics(ctx.err, diags);
  const auto& errors = diags.errors();
  const bool conflicts = std::all_of(errors.begin(), errors.end(), [](const Error& e) {
    return e.kind() == ErrorKind::conflict;
  });
  throw Error(conflicts ? ErrorKind::conflict : ErrorKind::invalid_input,
              fmt::format("{}: {} problem{}; nothing was imported", file, errors.size(),
                          errors.size() == 1 ? "" : "s"));
}

// The table in FILE, read with `fields` (from JSON: the array `table`); a bad file stops
// the command.
query::ImportTable read_table(Context& ctx, const ImportOptions& options, std::string_view table,
                              std::span<const query::ImportField> fields) {
  const std::string format = options.input_format.value_or(
      options.file.ends_with(".json") || options.file.ends_with(".JSON") ? "json" : "csv");
  if (format != "csv" && format != "json") {
    throw Error(ErrorKind::usage, fmt::format("--input-format: csv or json, not '{}'", format));
  }
  const query::ImportLayout layout = layout_of(options);
  const std::filesystem::path path = std::filesystem::path(options.file).is_absolute()
                                         ? std::filesystem::path(options.file)
                                         : ctx.working_dir / options.file;
  std::string text;
  try { // the limit of bank files (docs/limits.md) is checked before reading
    text = read_file(path, options.file, k_bank_export_limit);
  } catch (const Error& e) {
    throw Error(e.kind() == ErrorKind::environment ? ErrorKind::environment
                                                   : ErrorKind::invalid_input,
                e.message());
  }
  Diagnostics diags;
  query::ImportTable imported =
      format == "json" ? query::read_import_json(text, options.file, table, fields, layout, diags)
                       : query::read_import_csv(text, options.file, fields, layout, diags);
  if (!diags.empty()) {
    refuse(ctx, diags, options.file);
  }
  return imported;
}

void print_summary(Context& ctx, std::string_view what, std::size_t added, std::size_t already,
                   bool written) {
  ctx.out << fmt::format("{} {} {}, {} already there{}\n", written ? "imported" : "would import",
                         added, what, already,
                         written ? "" : " (dry run: nothing was written; --apply writes)");
}

} // namespace

ExitCode run_import_customers(Context& ctx, const ImportOptions& options) {
  const query::ImportTable table = read_table(ctx, options, "customers", query::customer_import_fields());
  const std::filesystem::path dir = ctx.ledger_dir();
  const syntax::Settings settings = load_settings(ctx, dir);
  const LedgerLock lock(dir, ctx.lock_timeout);
  load_ledger_locked(ctx, LoadMode::balances); // no command works on a ledger that does not check
  const CustomersFile file = read_customers_file(ctx, dir);
  Diagnostics diags;
  const auto plan = query::plan_customers(file.customers, table, settings, diags);
  if (!diags.empty()) {
    refuse(ctx, diags, options.file);
  }
  std::vector<Customer> added;
  syntax::TomlPatch patch(file.text, std::string(k_customers_file));
  std::size_t id_width = 0;
  for (const query::CustomerImportLine& line : plan) {
    id_width = std::max(id_width, display_width(line.customer.id));
  }
  for (const query::CustomerImportLine& line : plan) {
    ctx.out << fmt::format("  {:<8} {}  {}\n", line.already ? "already" : "new",
                           pad_right(line.customer.id, id_width), printable(line.customer.name));
    if (line.already) {
      continue;
    }
    std::vector<syntax::TomlKeyValue> keys;
    for (const CustomerField& field : customer_fields()) {
      if (const auto value = customer_field_toml(line.customer, field)) {
        keys.emplace_back(std::string(field.key), *value);
      }
    }
    patch.append_table(line.customer.id, keys);
    added.push_back(line.customer);
  }
  if (options.apply && !added.empty()) {
    write_verified(ctx, file, patch, added);
  }
  print_summary(ctx, added.size() == 1 ? "customer" : "customers", added.size(),
                plan.size() - added.size(), options.apply);
  return ExitCode::ok;
}

namespace {

query::OpeningFormat opening_format(const ImportOptions& options) {
  query::OpeningFormat format;
  if (const auto problem = bank::date_format_problem(options.date_format)) {
    throw Error(ErrorKind::usage, fmt::format("--date-format: {}", *problem));
  }
  format.date_format = options.date_format;
  if (options.decimal_mark != "." && options.decimal_mark != ",") {
    throw Error(ErrorKind::usage,
                fmt::format("--decimal-mark: . or , not '{}'", options.decimal_mark));
  }
  format.numbers.decimal_mark = options.decimal_mark[0];
  if (options.thousands.size() > 1 || options.thousands == options.decimal_mark
      || (options.thousands.size() == 1 && is_ascii_alnum(options.thousands[0]))) {
    throw Error(ErrorKind::usage, fmt::format("--thousands: one character other than the "
                                              "decimal mark, such as , . ' or a space, not '{}'",
                                              options.thousands));
  }
  format.numbers.thousands_separator = options.thousands;
  if (options.currency) {
    if (find_currency(*options.currency) == nullptr) {
      throw Error(ErrorKind::usage,
                  fmt::format("--currency: unknown currency '{}'", *options.currency));
    }
    format.currency = *options.currency;
  }
  format.source = options.source.value_or(std::string(file_name(options.file)));
  if (format.source.empty() || format.source.find_first_of("\n\r\t") != std::string::npos) {
    throw Error(ErrorKind::usage, "--source: a short text on one line, such as 'old-erp 2026'");
  }
  return format;
}

// One line per document: status, kind, number, customer, dates, open amount (credit
// negative), and what else the row said.
void print_opening_lines(Context& ctx, const std::vector<query::OpeningLine>& lines) {
  std::size_t id_width = 0;
  std::size_t customer_width = 0;
  std::size_t amount_width = 0;
  for (const query::OpeningLine& line : lines) {
    id_width = std::max(id_width, display_width(line.id));
    customer_width = std::max(customer_width, display_width(line.customer));
    amount_width = std::max(amount_width, format_amount(line.amount).size() + 1);
  }
  for (const query::OpeningLine& line : lines) {
    std::string extra;
    if (line.instalments > 0) {
      extra += fmt::format("  {} instalments", line.instalments);
    }
    if (line.disputed) {
      extra += "  disputed";
    }
    const std::string amount = (line.credit ? "-" : "") + format_amount(line.amount);
    ctx.out << fmt::format("  {:<8} {:<7}  {}  {}  {}  {:<14}  {} {}{}\n",
                           line.already ? "already" : "new", line.credit ? "credit" : "invoice",
                           pad_right(line.id, id_width), pad_right(line.customer, customer_width),
                           format_date(line.date),
                           line.credit ? std::string() : "due " + format_date(line.due),
                           pad_left(amount, amount_width), line.amount.currency().code, extra);
  }
}

} // namespace

ExitCode run_import_open_items(Context& ctx, const ImportOptions& options) {
  const query::OpeningFormat format = opening_format(options);
  const query::ImportTable table = read_table(ctx, options, "open_items", query::open_item_fields());
  query::OpeningPlan plan;
  const EntryMaker make = [&](const Ledger& ledger) {
    Diagnostics diags;
    plan = query::plan_open_items(ledger, table, format, diags);
    if (!diags.empty()) {
      refuse(ctx, diags, options.file);
    }
    return plan.entries;
  };
  if (options.apply) {
    commit_entries(ctx, LoadMode::balances, make);
  } else {
    preview_entries(ctx, LoadMode::balances, make);
  }
  print_opening_lines(ctx, plan.lines);
  std::size_t added = 0;
  for (const query::OpeningLine& line : plan.lines) {
    added += line.already ? 0U : 1U;
  }
  print_summary(ctx, added == 1 ? "opening item" : "opening items", added,
                plan.lines.size() - added, options.apply);
  return ExitCode::ok;
}

} // namespace dues::cli
