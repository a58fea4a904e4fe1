#pragma once

// customers.toml as the commands that edit it read and write it (dues customer add|set,
// dues import customers): parsed strictly, edited with syntax::TomlPatch, read back and
// compared before write_file_atomic replaces it.
#include "cli/context.hpp"
#include "syntax/toml_patch.hpp"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dues::cli {

inline constexpr std::string_view k_customers_file = "customers.toml";

struct CustomersFile {
  std::filesystem::path path;
  std::string text;
  std::vector<Customer> customers;
};

// Reads customers.toml of the ledger in `dir` (none: empty); a file that does not read
// cleanly prints its problems and throws invalid_input.
CustomersFile read_customers_file(Context& ctx, const std::filesystem::path& dir);

// The customer with this id, or nullptr.
const Customer* find_in(const std::vector<Customer>& customers, std::string_view id);

// Checks that the edited text reads back with each customer of `intended` as intended
// and every other customer as before, then replaces customers.toml atomically; a
// difference is an internal error and nothing is written.
void write_verified(Context& ctx, const CustomersFile& file, const syntax::TomlPatch& patch,
                    std::span<const Customer> intended);

} // namespace dues::cli
