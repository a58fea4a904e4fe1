#include "store/export_sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <system_error>

namespace dues::store {
namespace {

// An open database that is closed (and its file removed unless kept) on every path.
class Database {
public:
  Database(const std::filesystem::path& path, std::string shown)
      : m_path(path), m_shown(std::move(shown)) {
    std::error_code ec;
    std::filesystem::remove(m_path, ec);
    if (sqlite3_open(m_path.c_str(), &m_db) != SQLITE_OK) {
      fail("cannot create");
    }
  }
  ~Database() {
    sqlite3_close(m_db);
    if (!m_keep) {
      std::error_code ec;
      std::filesystem::remove(m_path, ec);
    }
  }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql) {
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      fail("cannot write");
    }
  }
  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
      fail("cannot write");
    }
    return statement;
  }
  [[noreturn]] void fail(std::string_view what) {
    throw Error(ErrorKind::environment,
                fmt::format("{} '{}': {}", what, m_shown,
                            m_db != nullptr ? sqlite3_errmsg(m_db) : "out of memory"));
  }
  void close_and_keep() {
    if (sqlite3_close(m_db) != SQLITE_OK) {
      fail("cannot write");
    }
    m_db = nullptr;
    m_keep = true;
  }

private:
  std::filesystem::path m_path;
  std::string m_shown;
  sqlite3* m_db = nullptr;
  bool m_keep = false;
};

std::string create_table(const query::TableSpec& table) {
  std::string sql = fmt::format("CREATE TABLE {} (\n", table.name);
  std::string keys;
  for (const query::Column& column : table.columns) {
    sql += fmt::format("  {} {}{},\n", column.name,
                       column.type == query::ColumnType::integer ? "INTEGER" : "TEXT",
                       column.nullable ? "" : " NOT NULL");
    if (!column.references.empty()) {
      keys += fmt::format("  FOREIGN KEY ({}) REFERENCES {},\n", column.name, column.references);
    }
  }
  const std::string_view first = table.columns.front().name;
  if (first == "id" || first == "code") {
    keys += fmt::format("  PRIMARY KEY ({}),\n", first);
  }
  sql += keys;
  sql.resize(sql.size() - 2); // the last ",\n"
  sql += "\n);\n";
  return sql;
}

// Built once the rows are in: sorting once is faster than keeping them up to date.
std::string create_indexes(const query::TableSpec& table) {
  std::string sql;
  for (const std::string_view column : table.indexes) {
    sql += fmt::format("CREATE INDEX {0}_{1} ON {0} ({1});\n", table.name, column);
  }
  return sql;
}

// The aging buckets of dues.toml as a CASE over days overdue (due basis).
std::string bucket_case(const std::vector<int>& limits) {
  std::string sql = "CASE WHEN days_overdue <= 0 THEN 'not due'";
  int previous = 0;
  for (const int limit : limits) {
    sql += fmt::format(" WHEN days_overdue <= {} THEN '{}-{}'", limit, previous + 1, limit);
    previous = limit;
  }
  return sql + fmt::format(" ELSE '{}+' END", previous);
}

std::string views(const std::vector<int>& buckets) {
  return fmt::format(R"(CREATE VIEW voided AS
  SELECT document, date FROM events WHERE kind = 'void';
CREATE VIEW balances AS
  SELECT customer, currency, SUM(amount_minor) AS balance_minor FROM (
    SELECT customer, currency,
           CASE kind WHEN 'invoice' THEN total_minor ELSE -total_minor END AS amount_minor
      FROM documents WHERE id NOT IN (SELECT document FROM voided)
    UNION ALL
    SELECT customer, currency,
           CASE kind WHEN 'payment' THEN -(amount_minor + fee_minor) ELSE amount_minor END
      FROM payments
    UNION ALL
    SELECT customer, currency, amount_minor + fee_minor FROM returns
    UNION ALL
    SELECT d.customer, d.currency, -e.amount_minor
      FROM events e JOIN documents d ON d.id = e.document WHERE e.kind = 'writeoff')
  GROUP BY customer, currency HAVING SUM(amount_minor) <> 0;
CREATE VIEW open_items AS
  SELECT * FROM (
    SELECT d.id AS document, d.customer, d.currency, d.date, d.due,
           d.total_minor
           - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.document = d.id
                          AND a.source NOT IN (SELECT payment FROM returns)), 0)
           - COALESCE((SELECT SUM(e.amount_minor) FROM events e
                        WHERE e.document = d.id AND e.kind = 'writeoff'), 0) AS open_minor
      FROM documents d
     WHERE d.kind = 'invoice' AND d.id NOT IN (SELECT document FROM voided))
  WHERE open_minor <> 0;
CREATE VIEW aging AS
  SELECT customer, currency, {} AS bucket, SUM(open_minor) AS open_minor
    FROM (SELECT o.*, CAST(julianday((SELECT value FROM export_info WHERE key = 'as_of'))
                           - julianday(o.due) AS INTEGER) AS days_overdue
            FROM open_items o)
   GROUP BY customer, currency, bucket;
)",
                     bucket_case(buckets));
}

// Inserts the rows of one table through one prepared statement.
class Inserter {
public:
  Inserter(Database& db, const query::TableSpec& table) : m_db(db) {
    std::string sql = fmt::format("INSERT INTO {} VALUES (", table.name);
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      sql += i == 0 ? "?" : ", ?";
    }
    m_statement = db.prepare(sql + ")");
  }
  ~Inserter() { sqlite3_finalize(m_statement); }
  Inserter(const Inserter&) = delete;
  Inserter& operator=(const Inserter&) = delete;

  void insert(const std::vector<query::Cell>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      const int at = static_cast<int>(i) + 1;
      if (row[i].type == query::Cell::Type::integer) {
        sqlite3_bind_int64(m_statement, at, row[i].integer);
      } else if (row[i].type == query::Cell::Type::text) {
        sqlite3_bind_text(m_statement, at, row[i].text.data(), static_cast<int>(row[i].text.size()),
                          SQLITE_TRANSIENT);
      } else {
        sqlite3_bind_null(m_statement, at);
      }
    }
    const int step = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (step != SQLITE_DONE) {
      m_db.fail("cannot write");
    }
  }
  query::RowSink sink() {
    return [this](const std::vector<query::Cell>& row) {
      insert(row);
    };
  }

private:
  Database& m_db;
  sqlite3_stmt* m_statement = nullptr;
};

const query::TableSpec& table_named(std::string_view name) {
  const query::TableSpec* table = query::find_export_table(name);
  if (table == nullptr) {
    throw Error(ErrorKind::internal, fmt::format("no export table '{}'", name));
  }
  return *table;
}

// Every table's rows; those of documents, items and tax_lines together, so each
// document's details are read once.
void insert_rows(Database& db, const Ledger& ledger, const query::ExportPeriod& period,
                 const query::DetailsFeed& feed) {
  for (const query::TableSpec& table : query::export_tables()) {
    if (table.derived || table.name == "items" || table.name == "tax_lines") {
      continue;
    }
    if (table.name == "documents") {
      Inserter documents(db, table);
      Inserter items(db, table_named("items"));
      Inserter tax_lines(db, table_named("tax_lines"));
      query::export_document_rows(ledger, period, documents.sink(), items.sink(), tax_lines.sink(),
                                  feed);
    } else {
      Inserter rows(db, table);
      query::export_rows(ledger, period, table, rows.sink());
    }
  }
}

} // namespace

void write_sqlite_export(const std::filesystem::path& path, const std::string& shown,
                         const Ledger& ledger, const query::ExportPeriod& period, const Date& as_of,
                         const query::DetailsFeed& feed) {
  std::filesystem::path temporary = path;
  temporary += ".dues-tmp";
  {
    Database db(temporary, shown);
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;");
    db.exec("CREATE TABLE export_info (key TEXT PRIMARY KEY, value TEXT);");
    db.exec(fmt::format("INSERT INTO export_info VALUES ('format', '1'), ('from', {}), ('to', {}), "
                        "('as_of', '{}');",
                        period.from ? "'" + format_date(*period.from) + "'" : "NULL",
                        period.to ? "'" + format_date(*period.to) + "'" : "NULL",
                        format_date(as_of)));
    for (const query::TableSpec& table : query::export_tables()) {
      if (!table.derived) { // import: open_items is a view here
        db.exec(create_table(table));
      }
    }
    insert_rows(db, ledger, period, feed);
    for (const query::TableSpec& table : query::export_tables()) {
      if (!table.derived) {
        db.exec(create_indexes(table));
      }
    }
    db.exec(views(ledger.settings.aging.buckets));
    db.exec("COMMIT;");
    db.close_and_keep();
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    throw Error(ErrorKind::environment, fmt::format("cannot write '{}'", shown));
  }
}

} // namespace dues::store
