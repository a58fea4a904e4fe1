#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dues {

// hardening (issue 21.11): `text` as an ISO 3166-1 alpha-2 country code in capitals
// ("cn" -> "CN"), or nullopt when it is not one ("China", "ZZ", "UK").
std::optional<std::string> iso_country(std::string_view text);

// A country or currency code as typed ("cn", "cny"), with ASCII letters in capitals.
std::string code_in_capitals(std::string_view text);

} // namespace dues
