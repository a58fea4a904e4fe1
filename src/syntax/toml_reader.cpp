#include "syntax/toml_reader.hpp"

#include "base/toml_keys.hpp"
#include "syntax/export_settings.hpp"
#include "syntax/dunning_reader.hpp" // collections
#include "syntax/invoice_template.hpp"
#include "syntax/mail_settings.hpp"
#include "syntax/security_settings.hpp" // privacy

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

namespace dues::syntax {
namespace {

// Sub-tables, exact decimals, lists and choices on top of the shared typed keys.
class TableReader : public TomlKeys {
public:
  using TomlKeys::TomlKeys;

  // A sub-table such as [company]; nullptr when absent or (reported) not a table.
  const toml::table* table(std::string_view key) {
    const toml::node* node = find(key);
    if (node != nullptr && node->as_table() == nullptr) {
      type_error(*node, key, "a table");
      return nullptr;
    }
    return node == nullptr ? nullptr : node->as_table();
  }

  // A decimal written as a string ("20%", "1200.50") or an integer; floats are refused
  // because TOML floats are binary and cannot hold 0.1 exactly.
  void decimal(std::string_view key, std::optional<Decimal>& into, bool percent) {
    if (const toml::node* node = find(key)) {
      into = decimal_value(*node, key, percent);
    }
  }

  std::optional<Decimal> decimal_value(const toml::node& node, std::string_view key, bool percent) {
    if (auto parsed = exact_decimal(node, percent)) {
      return parsed;
    }
    if (node.is_floating_point()) {
      error(node.source(), fmt::format("'{}' must be a string such as \"{}\" or a whole number, "
                                       "not a float: floats cannot hold decimals exactly",
                                       key, percent ? "20%" : "1200.50"));
      return std::nullopt;
    }
    type_error(node, key,
               percent ? "a percentage such as \"20%\"" : "an amount such as \"1200.50\"");
    return std::nullopt;
  }

  void strings(std::string_view key, std::vector<std::string>& into) {
    if (const toml::node* node = find(key)) {
      if (const auto* value = node->as_string()) { // one value is accepted for a list
        into.push_back(value->get());
        return;
      }
      const auto* array = node->as_array();
      if (array == nullptr) {
        type_error(*node, key, "a list of strings");
        return;
      }
      for (const toml::node& item : *array) {
        if (const auto* value = item.as_string()) {
          into.push_back(value->get());
        } else {
          type_error(item, key, "a list of strings");
        }
      }
    }
  }

  // One of a fixed set of words.
  void choice(std::string_view key, std::string& into,
              std::initializer_list<std::string_view> allowed) {
    const toml::node* node = find(key);
    if (node == nullptr) {
      return;
    }
    const auto* value = node->as_string();
    if (value != nullptr
        && std::find(allowed.begin(), allowed.end(), std::string_view(value->get()))
               != allowed.end()) {
      into = value->get();
      return;
    }
    std::string list;
    for (const std::string_view word : allowed) {
      list += list.empty() ? "" : " or ";
      list += fmt::format("\"{}\"", word);
    }
    type_error(*node, key, list);
  }

  SourceLoc loc(std::string_view key) {
    const toml::node* node = TomlKeys::table().get(key);
    return node == nullptr ? loc_of(TomlKeys::table().source(), path())
                           : loc_of(node->source(), path());
  }

};

// A file that is not TOML cannot be read any further, and every check that needs its
// content would only report the consequences: stop at once.
toml::table parse_toml(std::string_view text, const std::string& path) {
  try {
    return toml::parse(text, std::string_view{path});
  } catch (const toml::parse_error& error) {
    const auto& begin = error.source().begin;
    throw Error(ErrorKind::invalid_input,
                SourceLoc{path, static_cast<int>(begin.line), static_cast<int>(begin.column)},
                fmt::format("not valid TOML: {}", error.description()));
  }
}

// Calls `each(name, table)` for every sub-table of `parent[key]`.
template <typename Each>
void for_each_table(TableReader& parent, std::string_view key, const std::string& path,
                    Diagnostics& diags, Each each) {
  const toml::node* node = parent.find(key);
  if (node == nullptr) {
    return;
  }
  const auto* tables = node->as_table();
  if (tables == nullptr) {
    parent.type_error(*node, key, "a table");
    return;
  }
  for (const auto& [name, child] : *tables) {
    const auto* table = child.as_table();
    if (table == nullptr) {
      diags.add(Error(ErrorKind::invalid_input, loc_of(child.source(), path),
                      fmt::format("[{}.{}] must be a table", key, name.str())));
      continue;
    }
    each(std::string(name.str()), *table);
  }
}

void read_company(TableReader& top, const std::string& path, Diagnostics& diags,
                  Settings& settings) {
  CompanySettings& company = settings.company;
  const toml::table* table = top.table("company");
  if (table == nullptr) {
    return;
  }
  TableReader in(*table, "[company]", path, diags);
  settings.field_locs["company.currency"] = in.loc("currency");
  in.string("name", company.name);
  in.string("address", company.address);
  settings.field_locs["company.tax-id"] = in.loc("tax-id"); // conveniences
  in.string("tax-id", company.tax_id);
  in.string("email", company.email);
  in.string("phone", company.phone);
  in.string("currency", company.currency);
  in.string("iban", company.iban);
  in.string("bic", company.bic);
  in.string("bank", company.bank_name);
  in.string("country", company.country);
  settings.field_locs["company.creditor-id"] = in.loc("creditor-id");
  in.string("creditor-id", company.creditor_id);
  // documents: how customers pay and what the printed documents show
  settings.field_locs["company.logo"] = in.loc("logo");
  in.string("logo", settings.documents.logo);
  in.string("account-number", settings.documents.account_number);
  in.string("routing-number", settings.documents.routing_number);
  in.finish();
}

// [documents]: paper, labels and ways to pay on printed invoices and statements.
void read_documents(TableReader& top, const std::string& path, Diagnostics& diags,
                    Settings& settings) {
  const toml::table* table = top.table("documents");
  if (table == nullptr) {
    return;
  }
  DocumentSettings& documents = settings.documents;
  TableReader in(*table, "[documents]", path, diags);
  in.choice("paper", documents.paper, {"a4", "letter"});
  in.choice("language", documents.language, {"en", "de", "fr", "zh", "ja"});
  in.string("pay-url", documents.pay_url);
  in.string("pay-url-label", documents.pay_url_label);
  in.string("alipay", documents.alipay);
  in.string("wechat", documents.wechat);
  in.string("note", documents.note);
  in.boolean("epc-qr", documents.epc_qr);
  in.finish();
}

// conveniences: [output] csv-bom.
void read_output(TableReader& top, const std::string& path, Diagnostics& diags,
                 OutputSettings& output) {
  if (const toml::table* table = top.table("output")) {
    TableReader in(*table, "[output]", path, diags);
    in.boolean("csv-bom", output.csv_bom);
    in.finish();
  }
}

void read_defaults(TableReader& top, const std::string& path, Diagnostics& diags,
                   Settings& settings) {
  DefaultSettings& defaults = settings.defaults;
  const toml::table* table = top.table("defaults");
  if (table == nullptr) {
    return;
  }
  TableReader in(*table, "[defaults]", path, diags);
  settings.field_locs["defaults.terms"] = in.loc("terms");
  settings.field_locs["defaults.tax"] = in.loc("tax");
  in.string("terms", defaults.terms);
  in.choice("prices", defaults.prices, {"exclusive", "inclusive"});
  in.choice("tax-rounding", defaults.tax_rounding, {"line", "invoice"});
  in.choice("rounding", defaults.rounding, {"half-up", "half-even", "down", "up"});
  in.string("tax", defaults.tax);
  in.choice("allocation", defaults.allocation, {"oldest-due", "manual"});
  in.boolean("auto-apply-credit", defaults.auto_apply_credit);
  in.choice("reference", defaults.reference, {"none", "rf", "ogm", "fi", "kid", "qrr", "auto"});
  in.finish();
}

void read_terms(TableReader& top, const std::string& path, Diagnostics& diags, Settings& settings) {
  for_each_table(top, "terms", path, diags, [&](const std::string& code, const toml::table& table) {
    TermsSetting terms;
    terms.code = code;
    terms.loc = loc_of(table.source(), path);
    TableReader in(table, fmt::format("[terms.{}]", code), path, diags);
    in.integer("days", terms.days, 0, 3660);
    in.boolean("end-of-month", terms.end_of_month);
    in.decimal("cash-discount", terms.cash_discount, true);
    in.integer("cash-discount-days", terms.cash_discount_days, 0, 3660);
    in.string("description", terms.description);
    if (const toml::node* node = in.find("instalments")) {
      const auto* array = node->as_array();
      if (array == nullptr) {
        in.type_error(*node, "instalments", "a list of { days = N, share = \"50%\" } tables");
      } else {
        for (const toml::node& item : *array) {
          const auto* row = item.as_table();
          if (row == nullptr) {
            in.type_error(item, "instalments", "a list of { days = N, share = \"50%\" } tables");
            continue;
          }
          TableReader part(*row, fmt::format("an instalment of [terms.{}]", code), path, diags);
          InstalmentShare share;
          std::optional<Decimal> percent;
          part.integer("days", share.days, 0, 3660);
          part.decimal("share", percent, true);
          part.finish();
          share.percent = percent.value_or(Decimal{});
          terms.instalments.push_back(share);
        }
      }
    }
    in.finish();
    settings.terms[code] = std::move(terms);
  });
}

void read_taxes(TableReader& top, const std::string& path, Diagnostics& diags, Settings& settings) {
  for_each_table(top, "taxes", path, diags, [&](const std::string& code, const toml::table& table) {
    TaxSetting tax;
    tax.code = code;
    tax.loc = loc_of(table.source(), path);
    TableReader in(table, fmt::format("[taxes.{}]", code), path, diags);
    std::optional<Decimal> rate;
    in.decimal("rate", rate, true);
    in.string("name", tax.name);
    in.boolean("reduced", tax.reduced);
    if (!rate && !table.contains("rate")) { // a wrong rate was reported where it is
      diags.add(Error(ErrorKind::invalid_input, tax.loc,
                      fmt::format("[taxes.{}] needs a rate such as rate = \"20%\"", code)));
    }
    tax.rate = rate.value_or(Decimal{});
    in.finish();
    settings.taxes[code] = std::move(tax);
  });
}

void read_series(TableReader& top, const std::string& path, Diagnostics& diags,
                 Settings& settings) {
  for_each_table(top, "series", path, diags,
                 [&](const std::string& name, const toml::table& table) {
                   SeriesSetting series;
                   series.name = name;
                   series.kind = name;
                   series.loc = loc_of(table.source(), path);
                   TableReader in(table, fmt::format("[series.{}]", name), path, diags);
                   in.string("format", series.format);
                   std::string reset = "yearly";
                   in.choice("reset", reset, {"yearly", "never"});
                   series.yearly_reset = reset == "yearly";
                   in.boolean("external", series.external);
                   in.choice("kind", series.kind, {"invoice", "credit", "payment", "refund"});
                   in.finish();
                   if (table.contains("format")) { // hardening: checked at the key (model)
                     settings.field_locs["series." + name + ".format"] = in.loc("format");
                   }
                   settings.series[name] = std::move(series);
                 });
}

void read_aging_and_journal(TableReader& top, const std::string& path, Diagnostics& diags,
                            Settings& settings) {
  if (const toml::table* table = top.table("aging")) {
    TableReader in(*table, "[aging]", path, diags);
    in.choice("basis", settings.aging.basis, {"due", "invoice"});
    if (const toml::node* buckets = in.find("buckets")) {
      settings.aging.buckets.clear();
      const auto* array = buckets->as_array();
      int previous = 0;
      for (std::size_t i = 0; array != nullptr && i < array->size(); ++i) {
        const auto* day = array->get(i)->as_integer();
        if (day == nullptr || day->get() <= previous || day->get() > 3650) {
          in.type_error(*array->get(i), "buckets", "increasing whole numbers of days (30, 60, 90)");
          break;
        }
        previous = static_cast<int>(day->get());
        settings.aging.buckets.push_back(previous);
      }
      if (array == nullptr || array->empty()) {
        in.type_error(*buckets, "buckets", "a list of days such as [30, 60, 90]");
        settings.aging.buckets = {30, 60, 90};
      }
    }
    in.finish();
  }
  if (const toml::table* table = top.table("journal")) {
    TableReader in(*table, "[journal]", path, diags);
    std::vector<std::string> files;
    in.strings("files", files);
    if (!files.empty()) {
      settings.journal.files = files;
    } else if (const toml::node* node = table->get("files")) {
      in.type_error(*node, "files", "a list of at least one glob pattern such as [\"journal/*.dues\"]");
    }
    in.string("append", settings.journal.append);
    settings.field_locs["journal.files"] = in.loc("files");   // hardening: paths are checked
    settings.field_locs["journal.append"] = in.loc("append"); // to stay inside the ledger
    in.finish();
  }
}

// [reconcile] (dues reconcile): matching tolerances and thresholds.
void read_reconcile(TableReader& top, const std::string& path, Diagnostics& diags,
                    ReconcileSettings& reconcile) {
  const toml::node* node = top.find("reconcile");
  if (node == nullptr) {
    return;
  }
  if (node->as_table() == nullptr) {
    top.type_error(*node, "reconcile", "a table [reconcile]");
    return;
  }
  TableReader in(*node->as_table(), "[reconcile]", path, diags);
  in.decimal("fee-tolerance", reconcile.fee_tolerance, false);
  in.decimal("fee-tolerance-percent", reconcile.fee_tolerance_percent, true);
  for (const auto& [key, limit] : {std::pair{"fee-tolerance", &reconcile.fee_tolerance},
                                   {"fee-tolerance-percent", &reconcile.fee_tolerance_percent}}) {
    if (*limit && (*limit)->is_negative()) {
      in.type_error(*in.find(key), key, "zero or more");
      limit->reset();
    }
  }
  in.integer("name-cutoff", reconcile.name_cutoff, 0, 100);
  in.integer("min-confidence", reconcile.min_confidence, 0, 100);
  in.integer("date-tolerance", reconcile.date_tolerance, 0, 366);
  in.finish();
}

} // namespace

Settings read_settings(std::string_view text, const std::string& path, Diagnostics& diags) {
  Settings settings;
  settings.path = path;
  const toml::table table = parse_toml(text, path);
  TableReader top(table, path, path, diags);
  const toml::node* format = top.find("format");
  if (format == nullptr) {
    diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, 1, 1},
                    fmt::format("missing 'format = {}' at the top of the file", k_format_version)));
  } else if (const auto* version = format->as_integer()) {
    if (version->get() > k_format_version) {
      throw Error(ErrorKind::environment, loc_of(format->source(), path),
                  fmt::format("this ledger uses format {}, but this dues reads format {} at most; "
                              "upgrade dues",
                              version->get(), k_format_version));
    }
    if (version->get() < 1) {
      top.type_error(*format, "format",
                     fmt::format("a format version from 1 to {}", k_format_version));
    }
    settings.format = static_cast<int>(version->get());
  } else {
    top.type_error(*format, "format", "a whole number");
  }
  read_company(top, path, diags, settings);
  read_defaults(top, path, diags, settings);
  read_taxes(top, path, diags, settings);
  read_terms(top, path, diags, settings);
  read_series(top, path, diags, settings);
  read_aging_and_journal(top, path, diags, settings);
  read_reconcile(top, path, diags, settings.reconcile);
  read_export_settings(top.find("export"), path, diags, settings.exports); // dues export
  read_documents(top, path, diags, settings);
  read_mail_settings(top, settings.mail); // sending
  read_output(top, path, diags, settings.output); // conveniences
  read_security_settings(top, settings.security); // privacy
  // Tables that later features read; accepted here so older binaries do not reject them.
  // [bank.NAME] profiles are read by bank/profile_reader (dues reconcile, dues check).
  for (const char* reserved : {"dunning", "mail", "bank", "recurring", "risk"}) {
    top.find(reserved);
  }
  top.finish();
  read_dunning_settings(table.get("dunning"), path, diags, settings.dunning); // collections
  read_recurring_settings(text, path, diags, settings.recurring); // invoicing
  return settings;
}

namespace {

// [ID.mandate]: a SEPA direct debit mandate.
void read_mandate(TableReader& customer_in, const std::string& path, Diagnostics& diags,
                  CustomerRecord& customer) {
  const toml::table* table = customer_in.table("mandate");
  if (table == nullptr) {
    return;
  }
  MandateRecord mandate;
  mandate.loc = loc_of(table->source(), path);
  TableReader in(*table, fmt::format("customer [{}.mandate]", customer.id), path, diags);
  for (const char* key : {"id", "signed", "iban", "bic", "scheme", "sequence"}) {
    customer.field_locs[std::string("mandate.") + key] = in.loc(key);
  }
  in.string("id", mandate.id);
  in.string("signed", mandate.signed_on);
  in.string("iban", mandate.iban);
  in.string("bic", mandate.bic);
  in.string("scheme", mandate.scheme);
  in.string("sequence", mandate.sequence);
  in.finish();
  customer.mandate = std::move(mandate);
}

} // namespace

std::vector<CustomerRecord> read_customers(std::string_view text, const std::string& path,
                                           Diagnostics& diags) {
  std::vector<CustomerRecord> customers;
  const toml::table table = parse_toml(text, path);
  for (const auto& [id, node] : table) {
    const auto* fields = node.as_table();
    if (fields == nullptr) {
      diags.add(
          Error(ErrorKind::invalid_input, loc_of(node.source(), path),
                fmt::format("'{}' must be a table [{}] of customer fields", id.str(), id.str())));
      continue;
    }
    CustomerRecord customer;
    customer.id = std::string(id.str());
    customer.loc = loc_of(id.source(), path);
    TableReader in(*fields, fmt::format("customer [{}]", customer.id), path, diags);
    in.string("name", customer.name);
    in.strings("aliases", customer.aliases);
    in.strings("emails", customer.emails);
    in.string("address", customer.address);
    in.string("country", customer.country);
    in.string("tax-id", customer.tax_id);
    in.strings("bank-accounts", customer.bank_accounts);
    in.string("currency", customer.currency);
    in.string("terms", customer.terms);
    in.decimal("credit-limit", customer.credit_limit, false);
    in.strings("tags", customer.tags);
    in.choice("allocation", customer.allocation, {"oldest-due", "manual"});
    in.string("notes", customer.notes);
    read_mandate(in, path, diags, customer);
    in.string("dunning", customer.dunning); // collections
    in.strings("reminder-emails", customer.reminder_emails);
    in.string("language", customer.language);
    for (const char* key : {"address", "notes", "aliases", "emails"}) { // privacy: dues check
      customer.field_locs[key] = in.loc(key);
    }
    for (const char* key : {"name", "emails", "tax-id", "bank-accounts", "currency", "terms",
                            "credit-limit", "country", "dunning", "reminder-emails"}) {
      customer.field_locs[key] = in.loc(key);
    }
    const toml::node* name = fields->get("name");
    customer.name_mistyped = name != nullptr && !name->is_string(); // reported by in.string
    in.finish();
    customers.push_back(std::move(customer));
  }
  std::sort(customers.begin(), customers.end(), [](const auto& a, const auto& b) {
    return std::tie(a.loc.line, a.loc.column) < std::tie(b.loc.line, b.loc.column);
  });
  return customers;
}

} // namespace dues::syntax
