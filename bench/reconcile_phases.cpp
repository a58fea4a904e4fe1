// Times the phases of `dues reconcile` on a ledger of bench/gen_ledger.py and a bank file
// of bench/gen_bank.py: loading the ledger, reading the bank file (CSV with its profile, or
// camt.053/MT940 without one), building the match indexes, and matching. Built and run by
// bench/reconcile-phases.sh; not part of the product or the test suite.
#include "bank/bank_file.hpp"
#include "bank/profile_reader.hpp"
#include "bank/statement.hpp"
#include "base/file.hpp"
#include "cli/context.hpp"
#include "query/match.hpp"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <sstream>

namespace {

// Processor time used since `start` (wall time suffers when the machine is shared).
struct Stopwatch {
  std::clock_t cpu = std::clock();
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
};

std::string since(const Stopwatch& start) {
  const auto wall = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - start.wall)
                        .count();
  const auto cpu = (std::clock() - start.cpu) * 1000 / CLOCKS_PER_SEC;
  return fmt::format("{}.{:03} s cpu, {}.{:03} s wall", cpu / 1000, cpu % 1000, wall / 1000,
                     wall % 1000);
}

} // namespace

int main(int argc, char** argv) {
  using namespace dues;
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: reconcile_phases LEDGER BANK.csv PROFILE.toml\n"
                 "       reconcile_phases LEDGER BANK.xml|BANK.sta\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::filesystem::path bank_path = argv[2];
  std::ostringstream out;
  std::ostringstream err;
  cli::Context ctx{out, err, dir, dir, *parse_date("2026-11-15")};
  auto start = Stopwatch{};
  const Ledger ledger = cli::load_ledger(ctx, cli::LoadMode::balances);
  fmt::print("load ledger ({} documents): {}\n", ledger.documents.size(), since(start));

  Diagnostics diags;
  std::optional<bank::Profile> profile;
  if (argc == 4) {
    profile = bank::read_bank_profile_file(read_file(argv[3], "bench.toml"), "bench.toml",
                                           "bench", diags);
  }
  start = Stopwatch{};
  const std::string name = bank_path.filename().string();
  const std::string bytes = read_file(bank_path, name, k_bank_export_limit);
  const bank::Statement statement =
      profile ? bank::read_statement(*profile, bytes, name, diags)
              : bank::read_standard_statement(bank::sniff_input_format(bytes), bytes, name, diags);
  fmt::print("read bank file ({} receipts): {}\n", statement.receipts.size(), since(start));

  // As cmd_reconcile.cpp: the ledger's [reconcile] settings, every event counts.
  const syntax::ReconcileSettings& reconcile = ledger.settings.reconcile;
  query::MatchSettings settings;
  settings.fee_tolerance = reconcile.fee_tolerance;
  settings.fee_tolerance_percent = reconcile.fee_tolerance_percent;
  settings.name_cutoff = reconcile.name_cutoff;
  settings.min_confidence = reconcile.min_confidence;
  settings.date_tolerance = reconcile.date_tolerance;
  const Date as_of{date::year{9999}, date::December, date::day{31}};
  start = Stopwatch{};
  query::match_bank_lines(ledger, as_of, {}, settings);
  fmt::print("indexes alone: {}\n", since(start));
  start = Stopwatch{};
  const auto matches = query::match_bank_lines(ledger, as_of, statement.receipts, settings);
  std::size_t matched = 0;
  for (const auto& match : matches) {
    matched += match.status == query::MatchStatus::matched ? 1U : 0U;
  }
  fmt::print("match (index + {} lines, {} matched): {}\n", matches.size(), matched, since(start));
  return 0;
}
