#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dues {

// A place in a file the user can open. Line and column are 1-based; the column
// counts Unicode code points, as toml++ and editors do. Line 0 means "the whole file".
struct SourceLoc {
  std::string path; // relative to the ledger folder, as the user would type it
  int line = 0;
  int column = 0;
};

// "path:line:col", "path:line" or "path", whichever parts are known.
std::string format_loc(const SourceLoc& loc);

// What went wrong, from the user's side. Each kind has its own exit code.
enum class ErrorKind {
  usage,         // the command line is wrong
  invalid_input, // a ledger or bank file does not parse or validate
  conflict,      // another writer holds the lock, or a number is already taken
  environment,   // no ledger folder, unreadable file, format newer than this binary
  internal,      // a broken invariant: a bug in dues
};

// The documented exit codes (docs/exit-codes.md). Only cli::run turns them into ints.
enum class ExitCode {
  ok = 0,
  attention = 1, // the command worked, and found something a person must look at
  usage = 2,
  invalid_input = 3,
  conflict = 4,
  environment = 5,
  internal = 70, // a bug in dues (sysexits' EX_SOFTWARE)
};

// The exit code that reports an error of this kind.
ExitCode exit_code_for(ErrorKind kind);

// The one exception type dues throws on purpose. what() is the full message the
// user sees after "dues: error: ", location first: "journal/2026.dues:14:9: ...".
class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, const std::string& message);
  Error(ErrorKind kind, SourceLoc where, const std::string& message);

  ErrorKind kind() const { return m_kind; }
  const std::optional<SourceLoc>& where() const { return m_where; }
  // The message without the location prefix.
  const std::string& message() const { return m_message; }

private:
  ErrorKind m_kind;
  std::optional<SourceLoc> m_where;
  std::string m_message;
};

// Errors and warnings collected while reading, so one run reports every bad line.
class Diagnostics {
public:
  void add(Error error) { m_errors.push_back(std::move(error)); }
  void warn(Error warning) { m_warnings.push_back(std::move(warning)); }
  bool empty() const { return m_errors.empty(); }
  const std::vector<Error>& errors() const { return m_errors; }
  const std::vector<Error>& warnings() const { return m_warnings; }
  // Orders errors by file, line and column so reports read top to bottom.
  void sort();

private:
  std::vector<Error> m_errors;
  std::vector<Error> m_warnings;
};

// Shorthand for the most common error: invalid input at a place in a file.
[[noreturn]] void fail_at(const SourceLoc& where, const std::string& message);

} // namespace dues
