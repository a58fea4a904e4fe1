#include "cli/environment.hpp"

#include "base/error.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>

#include <unistd.h>

namespace dues::cli {

Date clock_today() {
  const auto now = std::chrono::system_clock::now();
  return Date{std::chrono::floor<date::days>(now)};
}

bool resolve_colour(std::string_view mode) {
  if (mode == "always") {
    return true;
  }
  if (mode == "never" || std::getenv("NO_COLOR") != nullptr) {
    return false;
  }
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) == 1 && (term == nullptr || std::string_view(term) != "dumb");
}

std::optional<std::filesystem::path> cache_dir() {
  const char* off = std::getenv("DUES_NO_CACHE");
  if (off != nullptr && *off != '\0' && std::string_view(off) != "0") {
    return std::nullopt;
  }
  if (const char* dir = std::getenv("DUES_CACHE_DIR"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return std::filesystem::path(xdg) / "dues";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return std::filesystem::path(home) / ".cache" / "dues";
  }
  return std::nullopt;
}

std::chrono::milliseconds lock_timeout() {
  if (const char* text = std::getenv("DUES_LOCK_TIMEOUT")) {
    char* end = nullptr;
    const long seconds = std::strtol(text, &end, 10);
    if (end != text && *end == '\0' && seconds >= 0) {
      return std::chrono::seconds(seconds);
    }
  }
  return std::chrono::seconds(30);
}

std::int64_t clock_seconds() {
  const auto now = std::chrono::system_clock::now();
  return std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
}

std::optional<std::int64_t> source_date_epoch() {
  const char* text = std::getenv("SOURCE_DATE_EPOCH");
  if (text == nullptr || *text == '\0') {
    return std::nullopt;
  }
  constexpr std::int64_t k_last = 253402300799; // 9999-12-31T23:59:59Z, the last PDF date
  std::int64_t seconds = 0;
  for (const char* c = text; *c != '\0' && seconds <= k_last; ++c) {
    seconds = *c >= '0' && *c <= '9' ? seconds * 10 + (*c - '0') : k_last + 1;
  }
  if (seconds > k_last) {
    throw Error(ErrorKind::environment,
                fmt::format("SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 "
                            "00:00:00 UTC (at most {}), not '{}'",
                            k_last, text));
  }
  return seconds;
}

std::optional<std::string> environment_variable(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

// privacy
namespace {

std::optional<std::filesystem::path> config_file(const char* name) {
  std::filesystem::path dir;
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/') {
    dir = std::filesystem::path(xdg) / "dues";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    dir = std::filesystem::path(home) / ".config" / "dues";
  } else {
    return std::nullopt;
  }
  std::error_code ec;
  if (!std::filesystem::exists(dir / name, ec)) {
    return std::nullopt;
  }
  return dir / name;
}

} // namespace

std::optional<std::filesystem::path> identity_file() {
  if (const char* path = std::getenv("DUES_IDENTITY"); path != nullptr && *path != '\0') {
    return std::filesystem::path(path);
  }
  return config_file("identity");
}

std::optional<std::string> matching_key() {
  if (const char* key = std::getenv("DUES_MATCHING_KEY"); key != nullptr && *key != '\0') {
    return std::string(key);
  }
  const auto path = config_file("matching-key");
  if (!path) {
    return std::nullopt;
  }
  std::ifstream in(*path);
  std::string key;
  std::getline(in, key);
  if (key.empty()) {
    return std::nullopt;
  }
  return key;
}

} // namespace dues::cli
