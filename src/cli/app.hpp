#pragma once

#include <ostream>

namespace dues::cli {

// Runs dues with these arguments and returns the process exit code. Everything the
// program prints goes to `out` (results) and `err` (diagnostics), so tests can run the
// whole program in-process.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace dues::cli
