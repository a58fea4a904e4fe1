#pragma once

#include <cstddef>
#include <string>
#include <vector>

// Running helper programs (age) several at a time, each with its input on stdin and its
// stdout and stderr collected apart. crypt/ depends on base only.
namespace dues::crypt {

struct ProgramRun {
  std::vector<std::string> argv; // argv[0] is looked up on PATH
  std::string input;             // written to its stdin, which is then closed
};

struct ProgramResult {
  int status = -1;     // the exit status, or -1 when it did not exit normally
  std::string output;  // stdout
  std::string errors;  // stderr
  std::string problem; // why it could not be run ("cannot run 'age': ...")
};

// Runs every program, at most `parallel` at once, and returns their results in order.
std::vector<ProgramResult> run_programs(const std::vector<ProgramRun>& runs, std::size_t parallel);

} // namespace dues::crypt
