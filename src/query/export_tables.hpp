#pragma once

#include "model/ledger.hpp"
#include "query/export.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues::query {

// One value of a table row: SQL NULL, an integer (amounts in minor units) or text
// (ids, dates as YYYY-MM-DD, decimals such as quantities and rates as exact text).
struct Cell {
  enum class Type : std::uint8_t { null, integer, text };
  Type type = Type::null;
  std::int64_t integer = 0;
  std::string text;
};

enum class ColumnType : std::uint8_t { integer, text };

struct Column {
  Column(std::string_view name_, ColumnType type_, bool nullable_ = false,
         std::string_view references_ = {})
      : name(name_), type(type_), nullable(nullable_), references(references_) {}
  std::string_view name;
  ColumnType type = ColumnType::text;
  bool nullable = false;
  std::string_view references; // "table(column)" for a foreign key, or empty
};

// One concept of the ledger as a table: the same tables and columns in CSV, JSON and
// SQLite (docs/export.md, "Tables").
struct TableSpec {
  std::string_view name;
  std::vector<Column> columns;
  std::vector<std::string_view> indexes; // columns with an index (SQLite)
  bool derived = false; // computed as of a day; SQLite has a view of that name instead
};

// Every table, in the order they are written (a table comes after those it references).
const std::vector<TableSpec>& export_tables();

// The table called `name`, or nullptr.
const TableSpec* find_export_table(std::string_view name);

using RowSink = std::function<void(const std::vector<Cell>& row)>;

// Hands each row of table `table` to `sink`, in a stable order (file order of the
// ledger). Dated rows outside `period` are left out; items and tax lines follow their
// document; currencies and customers are always complete.
// With a feed, documents are given their details a chunk at a time (DetailsFeed).
void export_rows(const Ledger& ledger, const ExportPeriod& period, const TableSpec& table,
                 const RowSink& sink, const DetailsFeed& feed = nullptr);

// The rows of the tables documents, items and tax_lines at once, a document at a time:
// each table's rows in export_rows' order, each document's details read once.
void export_document_rows(const Ledger& ledger, const ExportPeriod& period,
                          const RowSink& documents, const RowSink& items, const RowSink& tax_lines,
                          const DetailsFeed& feed = nullptr);

} // namespace dues::query
