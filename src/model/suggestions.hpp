#pragma once

#include "model/ledger.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace dues {

// hardening (issue 21.11): one phrasing for names that are not in the ledger, each with
// the closest known name (base/suggest.hpp).

// "unknown customer 'acne' (not in customers.toml); did you mean 'acme'?"
std::string unknown_customer(std::string_view id, const std::vector<Customer>& customers);

// "unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?"
std::string unknown_tax_code(std::string_view code, const syntax::Settings& settings);

// "unknown terms 'net3O' (not in [terms] of dues.toml); did you mean 'net30'?"
std::string unknown_terms(std::string_view code, const syntax::Settings& settings);

// "unknown series 'invoce' (not in [series] of dues.toml); did you mean 'invoice'?";
// with `kind`, only series of that kind are known ("unknown invoice series ...").
std::string unknown_series(std::string_view name, const syntax::Settings& settings,
                           std::string_view kind = {});

// Each item of a draft or recurring template whose tax code is not in [taxes], at the
// item's line: "{prefix}unknown tax code 'standrd' (...); did you mean 'standard'?".
// Needs only dues.toml, so it is checked even when the journal does not validate.
void check_template_taxes(const std::vector<syntax::TemplateItem>& items,
                          const syntax::Settings& settings, std::string_view prefix,
                          Diagnostics& diags);

} // namespace dues
