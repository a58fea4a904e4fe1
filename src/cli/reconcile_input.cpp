#include "cli/reconcile_input.hpp"

#include "bank/profile_reader.hpp"
#include "base/file.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

bool is_path(std::string_view name) {
  return name.find('/') != std::string_view::npos || name.ends_with(".toml");
}

[[noreturn]] void give_up(Context& ctx, Diagnostics& diags, const std::string& what) {
  diags.sort();
  print_diagnostics(ctx.err, diags);
  const std::size_t n = diags.errors().size();
  throw Error(ErrorKind::invalid_input,
              fmt::format("{} has {} error{}; nothing was recorded", what, n, n == 1 ? "" : "s"));
}

// The profiles of a ledger by name, with where each was found.
struct LedgerProfiles {
  std::vector<bank::Profile> profiles;
};

LedgerProfiles read_ledger_profiles(const std::filesystem::path& dir, Diagnostics& diags,
                                    const std::string* only) {
  namespace fs = std::filesystem;
  LedgerProfiles found;
  const std::string settings = read_file(dir / "dues.toml", "dues.toml");
  found.profiles = bank::read_bank_profiles(settings, "dues.toml", diags);
  const std::vector<fs::path> files = list_folder(dir / "bank", "bank/", ".toml");
  for (const fs::path& file : files) {
    const std::string name = file.stem().string();
    const std::string shown = "bank/" + file.filename().string();
    const auto same = std::find_if(found.profiles.begin(), found.profiles.end(),
                                   [&](const bank::Profile& p) { return p.name == name; });
    if (same != found.profiles.end()) {
      diags.add(Error(
          ErrorKind::invalid_input, SourceLoc{shown, 1, 1},
          fmt::format("bank profile '{}' is also defined at {}", name, format_loc(same->where))));
      continue;
    }
    if (only != nullptr && *only != name) {
      bank::Profile named;
      named.name = name;
      found.profiles.push_back(std::move(named));
      continue; // read only the profile asked for
    }
    found.profiles.push_back(
        bank::read_bank_profile_file(read_file(file, shown), shown, name, diags));
  }
  return found;
}

} // namespace

bank::Profile load_profile(Context& ctx, const std::string& name) {
  Diagnostics diags;
  if (is_path(name)) {
    const std::filesystem::path path = ctx.working_dir / name;
    const std::string stem = std::filesystem::path(name).stem().string();
    bank::Profile profile = bank::read_bank_profile_file(read_file(path, name), name, stem, diags);
    if (!diags.empty()) {
      give_up(ctx, diags, fmt::format("bank profile {}", name));
    }
    return profile;
  }
  const std::filesystem::path dir = ctx.ledger_dir();
  LedgerProfiles found = read_ledger_profiles(dir, diags, &name);
  const auto it = std::find_if(found.profiles.begin(), found.profiles.end(),
                               [&](const bank::Profile& p) { return p.name == name; });
  if (!diags.empty()) {
    give_up(ctx, diags, fmt::format("bank profile {}", name));
  }
  if (it == found.profiles.end()) {
    std::string known;
    for (const bank::Profile& profile : found.profiles) {
      known += (known.empty() ? "" : ", ") + profile.name;
    }
    throw Error(ErrorKind::usage,
                fmt::format("--profile: no bank profile '{}' ([bank.{}] in dues.toml or bank/{}"
                            ".toml); {}",
                            name, name, name,
                            known.empty() ? std::string("this ledger has none")
                                          : fmt::format("known: {}", known)));
  }
  return std::move(*it);
}

void check_bank_profiles(const std::filesystem::path& ledger_dir, Diagnostics& diags) {
  read_ledger_profiles(ledger_dir, diags, nullptr);
}

namespace {

// The bytes of a bank file named on the command line, refused when too big to read.
std::string read_bank_bytes(Context& ctx, const std::string& file) {
  const std::filesystem::path path = std::filesystem::path(file).is_absolute()
                                         ? std::filesystem::path(file)
                                         : ctx.working_dir / file;
  try { // k_bank_export_limit (docs/limits.md) is checked before reading
    return read_file(path, file, k_bank_export_limit);
  } catch (const Error& e) {
    throw Error(ErrorKind::invalid_input, e.message());
  }
}

} // namespace

bank::Statement load_bank_file(Context& ctx, const std::optional<std::string>& profile,
                               const std::optional<std::string>& input_format,
                               const std::string& file) {
  std::optional<bank::InputFormat> format;
  if (input_format) {
    format = bank::input_format_named(*input_format);
    if (!format) {
      throw Error(ErrorKind::usage,
                  fmt::format("--input-format: expected csv, camt053, camt054 or mt940, not '{}'",
                              *input_format));
    }
  }
  const std::string bytes = read_bank_bytes(ctx, file);
  if (!format) {
    format = bank::sniff_input_format(bytes);
  }
  Diagnostics diags;
  if (*format == bank::InputFormat::csv) {
    if (!profile) {
      throw Error(ErrorKind::usage, "--profile NAME is required for a CSV file (a [bank.NAME] "
                                    "table of dues.toml or bank/NAME.toml)");
    }
    return load_statement(ctx, load_profile(ctx, *profile), file, diags);
  }
  if (profile) {
    throw Error(ErrorKind::usage,
                fmt::format("--profile is for CSV files; {} is {}, which needs none", file,
                            bank::input_format_name(*format)));
  }
  bank::Statement statement = bank::read_standard_statement(*format, bytes, file, diags);
  if (diags.empty()) {
    bank::check_balances(statement, diags); // movements are only known when every entry read
  }
  if (!diags.empty()) {
    give_up(ctx, diags, fmt::format("the bank file {}", file));
  }
  return statement;
}

bank::Statement load_statement(Context& ctx, const bank::Profile& profile, const std::string& file,
                               Diagnostics& diags, int max_rows) {
  const std::string bytes = read_bank_bytes(ctx, file);
  bank::Statement statement = bank::read_statement(profile, bytes, file, diags, max_rows);
  if (max_rows <= 0 && !diags.empty()) {
    give_up(ctx, diags, fmt::format("the bank file {}", file));
  }
  if (max_rows <= 0) { // warnings alone (give_up and --profile-check print them)
    for (const Error& warning : diags.warnings()) {
      ctx.err << "dues: warning: " << warning.what() << '\n';
    }
  }
  return statement;
}

} // namespace dues::cli
