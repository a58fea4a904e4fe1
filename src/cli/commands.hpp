#pragma once

#include "cli/context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dues::cli {

// Output formats shared by the reports.
enum class Format { table, csv, json, html, text };

// Parses a --format value among `allowed`; anything else is a usage error.
Format format_argument(std::string_view text, std::initializer_list<Format> allowed);

struct InitOptions {
  std::string dir = ".";
  std::string currency = "EUR";
  std::string company = "Example Company";
};
ExitCode run_init(Context& ctx, const InitOptions& options);

ExitCode run_check(Context& ctx);

struct FmtOptions {
  bool check = false;
};
ExitCode run_fmt(Context& ctx, const FmtOptions& options);

// dues reconcile FILE --profile NAME [--apply] | --profile-check FILE --profile NAME
struct ReconcileOptions {
  std::optional<std::string> file;
  std::optional<std::string> profile;
  bool apply = false;
  bool dry_run = false; // the default: print the plan, record nothing
  std::string format = "table";
  std::optional<int> date_tolerance;
  std::optional<std::string> profile_check; // FILE to read with the profile, for writing one
  int rows = 20;                            // rows --profile-check shows
};
ExitCode run_reconcile(Context& ctx, const ReconcileOptions& options);

struct AgingOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> basis;
  std::optional<std::string> buckets;
  bool detail = false;
  std::optional<std::string> customer;
  std::optional<std::string> currency;
  std::string format = "table";
};
ExitCode run_aging(Context& ctx, const AgingOptions& options);

} // namespace dues::cli
