#pragma once

// collections: checks of [dunning] and of customers' dunning fields (docs/dunning.md).
#include "base/error.hpp"
#include "syntax/settings.hpp"

namespace dues {

// Checks that [dunning] fits together: every level has a template that exists (with a
// text in the default language), levels' days increase within a plan (no two levels
// overlap), fees are amounts of known currencies and not negative, interest is either
// a fixed rate or points above a base-rate table whose rows increase, and charge
// documents have an invoice series.
void check_dunning(const syntax::Settings& settings, Diagnostics& diags);

// Checks a customer's `dunning` (off or a plan), `reminder-emails` and `language`.
void check_customer_dunning(const syntax::CustomerRecord& customer,
                            const syntax::Settings& settings, Diagnostics& diags);

} // namespace dues
