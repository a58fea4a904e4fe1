#pragma once

// collections: the [dunning] section `dues init` writes, a starting point per currency.
#include <string>
#include <string_view>

namespace dues::cli {

// EUR: German/EU business-to-business rules (base rate + 9 points, EUR 40 flat fee);
// CNY: a contract rate (0.05% a day), no flat fee, letters in Chinese; any other
// currency: the same three levels without fees or interest. See docs/dunning.md.
std::string init_dunning_settings(std::string_view currency);

} // namespace dues::cli
