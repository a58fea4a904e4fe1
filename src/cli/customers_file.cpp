#include "cli/customers_file.hpp"

#include "base/file.hpp"
#include "model/customer_fields.hpp"
#include "syntax/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

std::vector<Customer> parse_customers(Context& ctx, const std::string& text) {
  Diagnostics diags;
  std::vector<Customer> customers =
      syntax::read_customers(text, std::string(k_customers_file), diags);
  if (!diags.empty()) {
    diags.sort();
    print_diagnostics(ctx.err, diags);
    throw Error(ErrorKind::invalid_input,
                fmt::format("{} has {} error{}; nothing was changed", k_customers_file,
                            diags.errors().size(), diags.errors().size() == 1 ? "" : "s"));
  }
  return customers;
}

} // namespace

CustomersFile read_customers_file(Context& ctx, const std::filesystem::path& dir) {
  CustomersFile file;
  file.path = dir / k_customers_file;
  if (something_at(file.path)) {
    file.text = read_file(file.path, std::string(k_customers_file), k_customers_limit);
  }
  file.customers = parse_customers(ctx, file.text);
  return file;
}

const Customer* find_in(const std::vector<Customer>& customers, std::string_view id) {
  const auto it = std::find_if(customers.begin(), customers.end(),
                               [&](const Customer& c) { return c.id == id; });
  return it == customers.end() ? nullptr : &*it;
}

void write_verified(Context& ctx, const CustomersFile& file, const syntax::TomlPatch& patch,
                    std::span<const Customer> intended) {
  const std::vector<Customer> after = parse_customers(ctx, patch.text());
  std::size_t added = 0;
  for (const Customer& customer : intended) {
    added += find_in(file.customers, customer.id) == nullptr ? 1U : 0U;
  }
  bool same = after.size() == file.customers.size() + added;
  for (const Customer& customer : after) {
    const auto wanted = std::find_if(intended.begin(), intended.end(),
                                     [&](const Customer& c) { return c.id == customer.id; });
    const Customer* before =
        wanted != intended.end() ? &*wanted : find_in(file.customers, customer.id);
    same = same && before != nullptr && same_customer(customer, *before);
  }
  if (!same) {
    throw Error(ErrorKind::internal,
                fmt::format("the edited {} does not read back as intended; nothing was changed",
                            k_customers_file));
  }
  write_file_atomic(file.path, patch.text(), std::string(k_customers_file));
}

} // namespace dues::cli
