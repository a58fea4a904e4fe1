#pragma once

// collections: the [dunning] section `dues init` writes, a starting point per currency.
#include "base/date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace dues::cli {

// EUR: German/EU business-to-business rules (base rate + 9 points, EUR 40 flat fee);
// CNY: a contract rate (0.05% a day), no flat fee, letters in Chinese; any other
// currency: the same three levels without fees or interest. See docs/dunning.md.
std::string init_dunning_settings(std::string_view currency);

// What `dues init` says after writing init_dunning_settings(currency) when they hold a
// base-rate table: through which day it goes, what was verified, what to add (the row
// syntax, where the Bundesbank publishes the rate); nullopt without a table.
std::optional<std::string> init_dunning_notice(std::string_view currency, const Date& today);

} // namespace dues::cli
