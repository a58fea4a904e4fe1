// libFuzzer harness: arbitrary bytes as dues.toml and as customers.toml. The readers
// must never crash; problems come back as located errors in Diagnostics, as a thrown
// Error(invalid_input) at a line for text that is not TOML, or as Error(environment)
// for a format newer than this binary.
#include "base/error.hpp"
#include "model/customer.hpp"
#include "syntax/toml_reader.hpp"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

void require_located(const dues::Error& error, std::string_view path) {
  require(error.where().has_value() && error.where()->path == path);
}

void check_thrown(const dues::Error& error, std::string_view path) {
  if (error.kind() == dues::ErrorKind::invalid_input) {
    require_located(error, path);
    require(error.where()->line >= 1 && error.where()->column >= 1);
    return;
  }
  require(error.kind() == dues::ErrorKind::environment);
}

void check_collected(const dues::Diagnostics& diags, std::string_view path) {
  for (const dues::Error& error : diags.errors()) {
    require_located(error, path);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::optional<dues::syntax::Settings> settings;
  {
    dues::Diagnostics diags;
    try {
      settings = dues::syntax::read_settings(input, "dues.toml", diags);
      dues::check_settings(*settings, diags);
    } catch (const dues::Error& error) {
      check_thrown(error, "dues.toml");
    }
    check_collected(diags, "dues.toml");
  }
  dues::Diagnostics diags;
  try {
    const auto customers = dues::syntax::read_customers(input, "customers.toml", diags);
    const dues::syntax::Settings defaults;
    for (const auto& customer : customers) {
      dues::check_customer(customer, settings ? *settings : defaults, diags);
    }
  } catch (const dues::Error& error) {
    check_thrown(error, "customers.toml");
  }
  check_collected(diags, "customers.toml");
  return 0;
}
