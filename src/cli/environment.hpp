#pragma once

#include "base/date.hpp"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// What dues reads from the process environment and the clock, for cli/app.cpp to put in
// the Context. Commands never call these: they take what the Context holds.
namespace dues::cli {

// Today by the system clock (UTC): the only place dues reads the clock.
Date clock_today();

// Whether to colour output: --color always|never|auto; auto colours only a terminal
// whose TERM is not "dumb", and never with NO_COLOR set.
bool resolve_colour(std::string_view mode);

// Where snapshots of parsed ledgers go: DUES_CACHE_DIR, else $XDG_CACHE_HOME/dues, else
// ~/.cache/dues; none with DUES_NO_CACHE=1 (or when no folder can be named).
std::optional<std::filesystem::path> cache_dir();

// How long a writer waits for the ledger lock: DUES_LOCK_TIMEOUT seconds, default 30.
std::chrono::milliseconds lock_timeout();

// sending: the value of an environment variable, or nullopt when it is not set (the SMTP
// password that [mail] password-env names).
std::optional<std::string> environment_variable(const std::string& name);

// privacy: the age identity file (DUES_IDENTITY, else $XDG_CONFIG_HOME/dues/identity or
// ~/.config/dues/identity when it exists) and the matching key (DUES_MATCHING_KEY, else
// the first line of matching-key in the same folder).
std::optional<std::filesystem::path> identity_file();
std::optional<std::string> matching_key();

} // namespace dues::cli
