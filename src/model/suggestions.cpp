#include "model/suggestions.hpp"

#include "base/suggest.hpp"

#include <fmt/format.h>

namespace dues {
namespace {

template <typename Map>
std::vector<std::string_view> keys_of(const Map& map) {
  std::vector<std::string_view> keys;
  for (const auto& [key, value] : map) {
    keys.emplace_back(key);
  }
  return keys;
}

} // namespace

std::string unknown_customer(std::string_view id, const std::vector<Customer>& customers) {
  std::vector<std::string_view> ids;
  for (const Customer& customer : customers) {
    ids.emplace_back(customer.id);
  }
  return fmt::format("unknown customer '{}' (not in customers.toml){}", id, did_you_mean(id, ids));
}

std::string unknown_tax_code(std::string_view code, const syntax::Settings& settings) {
  return fmt::format("unknown tax code '{}' (not in [taxes] of dues.toml){}", code,
                     did_you_mean(code, keys_of(settings.taxes)));
}

std::string unknown_terms(std::string_view code, const syntax::Settings& settings) {
  return fmt::format("unknown terms '{}' (not in [terms] of dues.toml){}", code,
                     did_you_mean(code, keys_of(settings.terms)));
}

std::string unknown_series(std::string_view name, const syntax::Settings& settings,
                           std::string_view kind) {
  std::vector<std::string_view> names;
  for (const auto& [key, series] : settings.series) {
    if (kind.empty() || series.kind == kind) {
      names.emplace_back(key);
    }
  }
  return kind.empty()
             ? fmt::format("unknown series '{}' (not in [series] of dues.toml){}", name,
                           did_you_mean(name, names))
             : fmt::format("unknown {} series '{}' (not a [series] of kind {} in dues.toml){}", kind,
                           name, kind, did_you_mean(name, names));
}

void check_template_taxes(const std::vector<syntax::TemplateItem>& items,
                          const syntax::Settings& settings, std::string_view prefix,
                          Diagnostics& diags) {
  for (const syntax::TemplateItem& item : items) {
    if (!item.tax.empty() && item.tax != "none" && !settings.taxes.contains(item.tax)) {
      diags.add(Error(ErrorKind::invalid_input, item.loc,
                      fmt::format("{}{}", prefix, unknown_tax_code(item.tax, settings))));
    }
  }
}

} // namespace dues
