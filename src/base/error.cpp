#include "base/error.hpp"

#include <algorithm>
#include <tuple>

namespace dues {

std::string format_loc(const SourceLoc& loc) {
  std::string text = loc.path;
  if (loc.line > 0) {
    text += ':' + std::to_string(loc.line);
    if (loc.column > 0) {
      text += ':' + std::to_string(loc.column);
    }
  }
  return text;
}

ExitCode exit_code_for(ErrorKind kind) {
  switch (kind) {
  case ErrorKind::usage:
    return ExitCode::usage;
  case ErrorKind::invalid_input:
    return ExitCode::invalid_input;
  case ErrorKind::conflict:
    return ExitCode::conflict;
  case ErrorKind::environment:
    return ExitCode::environment;
  case ErrorKind::internal:
    return ExitCode::internal;
  }
  return ExitCode::internal;
}

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), m_kind(kind), m_message(message) {}

Error::Error(ErrorKind kind, SourceLoc where, const std::string& message)
    : std::runtime_error(where.path.empty() ? message : format_loc(where) + ": " + message),
      m_kind(kind), m_where(std::move(where)), m_message(message) {}

void Diagnostics::sort() {
  auto key = [](const Error& e) {
    static const SourceLoc none;
    const SourceLoc& at = e.where() ? *e.where() : none;
    return std::tie(at.path, at.line, at.column);
  };
  std::stable_sort(m_errors.begin(), m_errors.end(),
                   [&](const Error& a, const Error& b) { return key(a) < key(b); });
  std::stable_sort(m_warnings.begin(), m_warnings.end(),
                   [&](const Error& a, const Error& b) { return key(a) < key(b); });
}

void fail_at(const SourceLoc& where, const std::string& message) {
  throw Error(ErrorKind::invalid_input, where, message);
}

} // namespace dues
