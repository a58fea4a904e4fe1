// libFuzzer harness: arbitrary bytes as a camt.053/054 or MT940 statement. The readers
// must take them without crashing, hanging or reading out of bounds:
// - read_camt: an Error(invalid_input) at a place in the file, or a statement whose
//   receipts are money received and whose entry errors each name path:line:col;
// - read_mt940 the same; parse_mt940_details on the whole text;
// - sniff_input_format and check_balances on whatever was read.
#include "bank/bank_file.hpp"
#include "bank/camt.hpp"
#include "bank/mt940.hpp"
#include "base/error.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace dues;
using namespace dues::bank;

namespace {

void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

void check(const Statement& statement, const Diagnostics& diags, const std::string& path) {
  for (const BankLine& line : statement.receipts) {
    require(line.line_number >= 1);
    require(line.amount.is_positive());
    require(!line.fee.is_negative());
    require(line.key.starts_with(statement.profile + ":"));
  }
  for (const Error& error : diags.errors()) {
    require(error.where().has_value() && error.where()->path == path);
    require(error.where()->line >= 1 && error.where()->column >= 1);
  }
  Diagnostics balances;
  check_balances(statement, balances);
}

template <typename Read>
void fuzz_reader(Read read, std::string_view bytes, const std::string& path) {
  Diagnostics diags;
  try {
    const Statement statement = read(bytes, path, diags);
    check(statement, diags, path);
  } catch (const Error& error) {
    require(error.kind() == ErrorKind::invalid_input);
    require(error.where().has_value() && error.where()->path == path);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)sniff_input_format(bytes);
  fuzz_reader(read_camt, bytes, "bank.xml");
  fuzz_reader(read_mt940, bytes, "bank.sta");
  (void)parse_mt940_details(bytes);
  return 0;
}
