// dues customer add | list | show | set: the customers.toml side of the ledger. Writes
// edit only the changed span of customers.toml (syntax/toml_patch) so the user's
// comments and layout stay, and go through write_file_atomic under the ledger lock.
#include "base/account.hpp"
#include "base/file.hpp"
#include "base/country.hpp"       // hardening: codes in capitals
#include "model/suggestions.hpp" // hardening: one "unknown customer"
#include "cli/commands.hpp"
#include "cli/customers_file.hpp"
#include "base/sealed.hpp" // privacy
#include "cli/secrets.hpp" // privacy
#include "model/customer.hpp"
#include "model/customer_fields.hpp"
#include "query/customer_balance.hpp"
#include "render/customer_view.hpp"
#include "render/reminder_view.hpp" // collections: contact history
#include "syntax/journal_parser.hpp"
#include "syntax/toml_patch.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

// Runs the checks of `dues check` on one record; each problem names the option or field
// it came from (`name_of(field)`) and is a usage error.
template <typename NameOf>
void validate(Context& ctx, const Customer& candidate, const syntax::Settings& settings,
              NameOf name_of) {
  Customer customer = candidate;
  customer.loc = SourceLoc{name_of("name"), 0, 0};
  customer.field_locs.clear();
  for (const CustomerField& field : customer_fields()) {
    customer.field_locs[std::string(field.key)] = SourceLoc{name_of(field.key), 0, 0};
  }
  Diagnostics diags;
  check_customer(customer, settings, diags);
  if (diags.empty()) {
    return;
  }
  for (std::size_t i = 0; i + 1 < diags.errors().size(); ++i) {
    ctx.err << "dues: error: " << diags.errors()[i].what() << '\n';
  }
  const Error& last = diags.errors().back();
  throw Error(ErrorKind::usage, *last.where(), last.message());
}

std::optional<Decimal> limit_argument(std::string_view option, std::string_view text) {
  const auto value = parse_decimal(text);
  if (!value || value->is_negative()) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: not an amount (such as 10000.00): '{}'", option, text));
  }
  return value;
}

std::string option_name(std::string_view key) {
  const CustomerField* field = find_customer_field(key);
  return fmt::format("--{}", field == nullptr ? key : field->singular);
}

} // namespace

ExitCode run_customer_add(Context& ctx, const CustomerAddOptions& options) {
  if (!syntax::is_valid_id(options.id)) {
    throw Error(ErrorKind::usage,
                fmt::format("not a valid customer id (letters, digits, '-', '_', '.', '/'): '{}'",
                            options.id));
  }
  Customer customer;
  customer.id = options.id;
  customer.name = options.name;
  customer.aliases = options.aliases;
  customer.emails = options.emails;
  customer.address = options.address;
  customer.country = iso_country(options.country).value_or(options.country); // hardening: cn
  customer.tax_id = options.tax_id;
  customer.bank_accounts = options.bank_accounts;
  customer.currency = code_in_capitals(options.currency);
  customer.terms = options.terms;
  if (options.credit_limit) {
    customer.credit_limit = limit_argument("--credit-limit", *options.credit_limit);
  }
  customer.tags = options.tags;
  const fs::path dir = ctx.ledger_dir();
  const syntax::Settings settings = load_settings(ctx, dir);
  validate(ctx, customer, settings, option_name);
  const LedgerLock lock(dir, ctx.lock_timeout);
  load_ledger_locked(ctx, LoadMode::balances); // no command works on a ledger that does not check
  const CustomersFile file = read_customers_file(ctx, dir);
  seal_customer(ctx, settings, customer); // privacy: [security] encrypt
  if (const Customer* existing = find_in(file.customers, customer.id)) {
    throw Error(ErrorKind::conflict,
                fmt::format("customer '{}' already exists at {}; use 'dues customer set' to "
                            "change it",
                            customer.id, format_loc(existing->loc)));
  }
  std::vector<syntax::TomlKeyValue> keys;
  for (const CustomerField& field : customer_fields()) {
    if (const auto value = customer_field_toml(customer, field)) {
      keys.emplace_back(std::string(field.key), *value);
    }
  }
  syntax::TomlPatch patch(file.text, std::string(k_customers_file));
  patch.append_table(customer.id, keys);
  write_verified(ctx, file, patch, std::span<const Customer>(&customer, 1));
  ctx.out << fmt::format("added customer {}\n", customer.id);
  return ExitCode::ok;
}

namespace {

// The field `dues customer set` names, once its flags are known to fit it.
const CustomerField& field_to_set(const CustomerSetOptions& options) {
  const CustomerField* field = find_customer_field(options.field);
  if (field == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("unknown customer field '{}'; expected one of {}",
                                              options.field, customer_field_names()));
  }
  const int modes = (options.add ? 1 : 0) + (options.remove ? 1 : 0) + (options.unset ? 1 : 0);
  if (modes > 1) {
    throw Error(ErrorKind::usage, "give at most one of --add, --remove and --unset");
  }
  if ((options.add || options.remove) && field->type != CustomerFieldType::list) {
    throw Error(ErrorKind::usage,
                fmt::format("--add and --remove work on list fields (aliases, emails, "
                            "bank-accounts, tags), not '{}'",
                            field->key));
  }
  if (options.unset == options.value.has_value()) {
    throw Error(ErrorKind::usage, options.unset
                                      ? "--unset takes no VALUE"
                                      : fmt::format("missing VALUE for '{}'", field->key));
  }
  if (options.unset && field->key == "name") {
    throw Error(ErrorKind::usage, "a customer needs a name; 'name' cannot be unset");
  }
  return *field;
}

void change_list(Customer& customer, const CustomerField& field,
                 const CustomerSetOptions& options) {
  const std::string value = options.value.value_or("");
  auto& list = customer_list(customer, field);
  const auto found = std::find(list.begin(), list.end(), value);
  if (options.remove) {
    if (found == list.end()) {
      throw Error(ErrorKind::usage,
                  fmt::format("'{}' is not in {} of customer '{}'", value, field.key, customer.id));
    }
    list.erase(found);
  } else if (options.add) {
    if (found == list.end()) {
      list.push_back(value);
    }
  } else if (options.unset) {
    list.clear();
  } else {
    list = {value};
  }
}

// Applies `dues customer set` to a copy of the record.
void change_field(Customer& customer, const CustomerField& field,
                  const CustomerSetOptions& options) {
  std::string value = options.value.value_or("");
  if (field.key == "country") { // hardening: codes in capitals ("cn" is CN)
    value = iso_country(value).value_or(value);
  } else if (field.key == "currency") {
    value = code_in_capitals(value);
  }
  switch (field.type) {
  case CustomerFieldType::list:
    change_list(customer, field, options);
    return;
  case CustomerFieldType::amount:
    customer.credit_limit = options.unset ? std::nullopt : limit_argument(field.key, value);
    return;
  case CustomerFieldType::choice:
    if (!options.unset && value != "oldest-due" && value != "manual") {
      throw Error(ErrorKind::usage,
                  fmt::format("{}: expected oldest-due or manual, not '{}'", field.key, value));
    }
    break;
  case CustomerFieldType::text:
    break;
  }
  customer_text(customer, field) = value;
}

} // namespace

ExitCode run_customer_set(Context& ctx, const CustomerSetOptions& options) {
  const CustomerField& field = field_to_set(options);
  const fs::path dir = ctx.ledger_dir();
  const syntax::Settings settings = load_settings(ctx, dir);
  const LedgerLock lock(dir, ctx.lock_timeout);
  load_ledger_locked(ctx, LoadMode::balances); // no command works on a ledger that does not check
  const CustomersFile file = read_customers_file(ctx, dir);
  const Customer* existing = find_in(file.customers, options.id);
  if (existing == nullptr) {
    throw Error(ErrorKind::usage, unknown_customer(options.id, file.customers));
  }
  Customer customer = *existing;
  if (options.remove) { // privacy: an encrypted value is found by its clear text
    std::vector<Customer> one{customer};
    // That field only: the others are written back as they are, still encrypted.
    reveal_customers(ctx, dir, one, {}, field.key);
    customer = one.front();
  }
  change_field(customer, field, options);
  validate(ctx, customer, settings, [](std::string_view key) { return std::string(key); });
  seal_customer(ctx, settings, customer, field.key); // privacy: [security] encrypt
  syntax::TomlPatch patch(file.text, std::string(k_customers_file));
  if (const auto text = customer_field_toml(customer, field)) {
    patch.set(customer.id, field.key, *text);
  } else {
    patch.remove(customer.id, field.key);
  }
  if (patch.text() != file.text) {
    write_verified(ctx, file, patch, std::span<const Customer>(&customer, 1));
  }
  // What the field now holds, bank accounts masked like every report shows them.
  Customer shown = customer;
  if (field.type == CustomerFieldType::text && is_sealed(customer_text(shown, field))) { // privacy
    customer_text(shown, field) = std::string(k_sealed_mask);
  }
  if (field.key == "bank-accounts") {
    const AccountMask mask(options.unmask);
    for (std::string& account : shown.bank_accounts) {
      account = mask.account(account);
    }
  }
  ctx.out << fmt::format("customer {}: {} {}\n", customer.id, field.key,
                         customer_field_toml(shown, field).value_or("unset"));
  return ExitCode::ok;
}

ExitCode run_customer_list(Context& ctx, const CustomerListOptions& options) {
  // `ids` (one id per line, for shell completion) is this command's own format.
  const bool ids = options.format == "ids";
  const Format format =
      ids ? Format::text
          : format_argument(options.format, {Format::table, Format::csv, Format::json});
  if (!ids) { // ids feed shell completion, which must not print errors as it completes
    load_ledger(ctx, LoadMode::balances);
  }
  const CustomersFile file = read_customers_file(ctx, ctx.ledger_dir());
  std::vector<const Customer*> shown;
  for (const Customer& customer : file.customers) {
    if (!options.tag
        || std::find(customer.tags.begin(), customer.tags.end(), *options.tag)
               != customer.tags.end()) {
      shown.push_back(&customer);
    }
  }
  if (ids) {
    for (const Customer* customer : shown) {
      ctx.out << customer->id << '\n';
    }
    return ExitCode::ok;
  }
  switch (format) {
  case Format::csv:
    begin_csv(ctx.out, ctx, load_settings(ctx, ctx.ledger_dir()));
    render::customer_csv(ctx.out, shown);
    break;
  case Format::json:
    render::customer_json(ctx.out, shown, AccountMask(options.unmask));
    break;
  default:
    render::customer_table(ctx.out, shown, ctx.colour);
    break;
  }
  return ExitCode::ok;
}

ExitCode run_customer_show(Context& ctx, const CustomerShowOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  Ledger ledger = load_ledger(ctx, LoadMode::balances);
  const std::uint32_t* it = ledger.find_customer_index(options.id);
  if (it == nullptr) {
    throw Error(ErrorKind::usage, unknown_customer(options.id, ledger.customers));
  }
  const Balances balances = balances_as_of(ledger, ctx.today);
  const auto rows = query::customer_balances(ledger, balances, *it);
  if (options.reveal) { // privacy: decrypted with the age identity
    const std::uint32_t which[] = {*it};
    reveal_customers(ctx, ctx.ledger_dir(), ledger.customers, which);
  }
  const Customer& customer = ledger.customers[*it];
  const AccountMask mask(options.unmask || options.reveal);
  if (format == Format::json) {
    render::customer_show_json(ctx.out, customer, ctx.today, rows, mask,
                               query::contact_history(ledger, *it, ctx.today));
  } else {
    render::customer_text(ctx.out, customer, ctx.today, rows, mask, ctx.colour);
    render::contact_history_text(ctx.out, query::contact_history(ledger, *it, ctx.today));
  }
  return ExitCode::ok;
}

} // namespace dues::cli
