// libFuzzer harness: arbitrary bytes as a journal file. The parser must never crash,
// hang or read out of bounds; every problem must come back as a Diagnostics error with a
// location. When the text parses, writing it canonically and parsing again must give
// the same text (the writer's fixed point, which `dues fmt` relies on).
#include "base/error.hpp"
#include "syntax/journal_parser.hpp"
#include "syntax/journal_writer.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

class Collect : public dues::syntax::EntrySink {
public:
  void entry(const dues::syntax::Entry& entry) override { dues::syntax::write_entry(text, entry); }
  std::string text;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const bool skip : {false, true}) {
    dues::Diagnostics diags;
    Collect first;
    dues::syntax::ParseOptions options;
    options.skip_details = skip;
    dues::syntax::parse_journal(input, "fuzz.dues", 0, first, diags, options);
    for (const dues::Error& error : diags.errors()) {
      if (!error.where() || error.where()->line < 1) {
        std::abort(); // every parse error names a line
      }
    }
    if (skip) {
      continue;
    }
    // Canonical text must re-parse cleanly to itself.
    dues::Diagnostics again;
    Collect second;
    dues::syntax::parse_journal(first.text, "fuzz.dues", 0, second, again, {});
    if (!again.empty() || second.text != first.text) {
      std::abort();
    }
  }
  return 0;
}
