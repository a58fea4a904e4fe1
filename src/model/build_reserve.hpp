#pragma once

#include "model/ledger.hpp"

#include <string_view>

namespace dues {

// Makes room in `ledger` for the entries of a journal text before it is read, so the id
// index is not rehashed and the big vectors are not copied as they grow (build.cpp).
void reserve_for(Ledger& ledger, std::string_view text);
// The same, for a text of `headers` entry headers (count_entry_headers).
void reserve_headers(Ledger& ledger, std::size_t headers);
// The number of lines of `text` that start with a digit: an upper bound of its entries.
std::size_t count_entry_headers(std::string_view text);

} // namespace dues
