// libFuzzer harness: arbitrary bytes as dues.toml and as customers.toml. The readers
// must never crash; problems come back as located errors, or as Error(environment)
// for a format newer than this binary.
#include "base/error.hpp"
#include "model/customer.hpp"
#include "syntax/toml_reader.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  dues::Diagnostics diags;
  try {
    const dues::syntax::Settings settings = dues::syntax::read_settings(input, "dues.toml", diags);
    dues::check_settings(settings, diags);
    const auto customers = dues::syntax::read_customers(input, "customers.toml", diags);
    for (const auto& customer : customers) {
      dues::check_customer(customer, settings, diags);
    }
  } catch (const dues::Error& error) {
    if (error.kind() != dues::ErrorKind::environment) {
      throw;
    }
  }
  return 0;
}
