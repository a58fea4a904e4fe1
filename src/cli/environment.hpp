#pragma once

#include "base/date.hpp"

#include <chrono>
#include <cstdint>
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

// sending (issue 12): the clock in seconds since 1970-01-01 UTC (the Date: header of a
// message sent now, cli/sending.cpp mail_date), and SOURCE_DATE_EPOCH
// (reproducible-builds.org), the time printed documents (PDF, xlsx) say they were made;
// nullopt when it is not set or empty. A value that is not a number of seconds is an
// environment error naming the variable, raised by the command that renders (so a bad
// value does not stop `dues check`). Like environment_variable, called where the value
// is used rather than held in the Context.
std::int64_t clock_seconds();
std::optional<std::int64_t> source_date_epoch();

} // namespace dues::cli
