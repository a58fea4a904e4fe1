#include "cli/commands.hpp"
#include "query/export.hpp"
#include "query/export_tables.hpp"
#include "render/export_journal.hpp"
#include "render/export_tables.hpp"
#include "store/export_sqlite.hpp"

#include <fmt/format.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace dues::cli {
namespace {

struct ExportTarget {
  std::string_view name;
  std::optional<query::LedgerSyntax> syntax; // unset: a table format
};

ExportTarget target_argument(std::string_view text) {
  if (text == "beancount") {
    return {text, query::LedgerSyntax::beancount};
  }
  if (text == "ledger") {
    return {text, query::LedgerSyntax::ledger};
  }
  if (text == "hledger") {
    return {text, query::LedgerSyntax::hledger};
  }
  if (text == "csv" || text == "json" || text == "sqlite") {
    return {text, std::nullopt};
  }
  throw Error(ErrorKind::usage,
              fmt::format("--format: expected beancount, ledger, hledger, csv, json or sqlite, "
                          "not '{}'",
                          text));
}

// Writes to FILE through a temporary file renamed over it at the end, so a reader
// never sees half an export; or to the command's output.
class ExportOutput {
public:
  ExportOutput(Context& ctx, const std::optional<std::string>& file) : m_ctx(ctx) {
    if (file) {
      m_path = *file;
      m_temporary = m_path;
      m_temporary += ".dues-tmp";
      m_file.open(m_temporary, std::ios::binary | std::ios::trunc);
      if (!m_file) {
        throw Error(ErrorKind::environment,
                    fmt::format("cannot write '{}': {}", m_path.string(), std::strerror(errno)));
      }
    }
  }
  ~ExportOutput() {
    if (!m_done && !m_temporary.empty()) {
      std::error_code ec;
      std::filesystem::remove(m_temporary, ec);
    }
  }
  ExportOutput(const ExportOutput&) = delete;
  ExportOutput& operator=(const ExportOutput&) = delete;

  std::ostream& stream() { return m_path.empty() ? m_ctx.out : m_file; }

  void finish() {
    if (m_path.empty()) {
      return;
    }
    m_file.close();
    std::error_code ec;
    if (!m_file) {
      throw Error(ErrorKind::environment, fmt::format("cannot write '{}'", m_path.string()));
    }
    std::filesystem::rename(m_temporary, m_path, ec);
    if (ec) {
      throw Error(ErrorKind::environment,
                  fmt::format("cannot write '{}': {}", m_path.string(), ec.message()));
    }
    m_done = true;
  }

private:
  Context& m_ctx;
  std::filesystem::path m_path;
  std::filesystem::path m_temporary;
  std::ofstream m_file;
  bool m_done = false;
};

} // namespace

ExitCode run_export(Context& ctx, const ExportOptions& options) {
  const ExportTarget target = target_argument(options.format);
  query::ExportPeriod period;
  if (options.from) {
    period.from = date_argument("--from", *options.from);
  }
  if (options.to) {
    period.to = date_argument("--to", *options.to);
  }
  period.as_of = period.to.value_or(ctx.today); // import: the day of open_items
  if (period.from && period.to && *period.to < *period.from) {
    throw Error(ErrorKind::usage, "--to: the period ends before it starts (--from)");
  }
  const query::TableSpec* table = nullptr;
  if (target.name == "csv") {
    if (!options.table) {
      throw Error(ErrorKind::usage, "--format csv needs --table NAME (customers, documents, "
                                    "items, tax_lines, payments, allocations, returns, events, currencies, "
                                    "open_items)");
    }
    table = query::find_export_table(*options.table);
    if (table == nullptr) {
      throw Error(ErrorKind::usage, fmt::format("--table: no table '{}'", *options.table));
    }
  } else if (options.table) {
    throw Error(ErrorKind::usage, "--table: only with --format csv");
  }
  if (target.name == "sqlite" && !options.output) {
    throw Error(ErrorKind::usage, "--format sqlite needs --output FILE");
  }
  // Balances, then the documents' details a chunk at a time as the export reaches them.
  StreamedLedger streamed(ctx);
  const Ledger& ledger = streamed.ledger();
  const query::DetailsFeed feed = [&streamed](const std::vector<std::uint32_t>& documents) {
    streamed.give_details(documents);
  };
  if (target.name == "sqlite") {
    store::write_sqlite_export(*options.output, *options.output, ledger, period,
                               period.to.value_or(ctx.today), feed);
    return ExitCode::ok;
  }
  ExportOutput output(ctx, options.output);
  if (target.syntax) {
    const query::AccountMap accounts(ledger.settings.exports, ledger, *target.syntax);
    render::write_journal_export(output.stream(), ledger, query::export_events(ledger, period),
                                 accounts, *target.syntax, period, feed);
  } else if (table != nullptr) {
    begin_csv(output.stream(), ctx, ledger.settings);
    render::write_table_csv(output.stream(), ledger, period, *table, feed);
  } else {
    render::write_tables_json(output.stream(), ledger, period, feed);
  }
  output.finish();
  return ExitCode::ok;
}

} // namespace dues::cli
