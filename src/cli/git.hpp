#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dues::cli {

// What a run of git gave: its exit status (-1 when it could not run or did not exit)
// and its standard output; its standard error is discarded.
struct GitResult {
  int status = -1;
  std::string out;
};

// Runs `git -C dir ARGS...` (found on PATH) with no input and waits for it.
GitResult run_git(const std::filesystem::path& dir, const std::vector<std::string>& args);

// The top of the git work tree holding `dir`, or nullopt when it is in none (or git is
// not installed).
std::optional<std::filesystem::path> git_toplevel(const std::filesystem::path& dir);

} // namespace dues::cli
