#include "query/import_opening.hpp"

#include "base/text.hpp"
#include "syntax/journal_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

namespace dues::query {
namespace {

enum FieldIndex : std::size_t { f_id, f_customer, f_date, f_due, f_amount, f_minor, f_currency,
                                f_reference, f_disputed };

const std::vector<ImportField> k_fields = {
    {"id", {"id", "document", "number", "invoice"}, true},
    {"customer", {"customer", "customer-id"}, true},
    {"date", {"date", "invoice-date"}, true},
    {"due", {"due", "due-date"}, false},
    {"amount", {"amount", "open", "open-amount"}, false},
    {"open_minor", {"open-minor", "amount-minor"}, false},
    {"currency", {"currency"}, false},
    {"reference", {"reference", "ref"}, false},
    {"disputed", {"disputed"}, false},
};

// The largest open amount in minor units an import takes (15 digits).
constexpr std::int64_t k_max_minor = 999'999'999'999'999;

// One row, read and checked on its own.
struct Row {
  SourceLoc loc;
  const ImportCell* id = nullptr;
  std::uint32_t customer = 0;
  const Currency* currency = nullptr;
  Date date;
  std::optional<Date> due;
  std::optional<Money> amount;
  std::string reference;
  bool disputed = false;
};

class RowReader {
public:
  RowReader(const Ledger& ledger, const OpeningFormat& format, Diagnostics& diags)
      : m_ledger(ledger), m_format(format), m_diags(diags) {}

  // The row, or nullopt after reporting what is wrong with it.
  std::optional<Row> read(const ImportRecord& record) {
    m_ok = true;
    Row row;
    row.loc = record.loc;
    const auto& cells = record.cells;
    row.id = cells[f_id] ? &*cells[f_id] : nullptr;
    if (row.id == nullptr) {
      bad(record.loc, "no id (the document's number) in this row");
    } else if (!syntax::is_valid_id(row.id->text)) {
      bad(row.id->loc, fmt::format("'{}' is not a valid id (letters, digits, '-', '_', '.', "
                                   "'/'; at most 64 bytes)",
                                   row.id->text));
    }
    const Customer* customer = nullptr;
    if (const auto& cell = cells[f_customer]) {
      const std::uint32_t* index = m_ledger.find_customer_index(cell->text);
      if (index == nullptr) {
        bad(cell->loc, fmt::format("unknown customer '{}' (add it first: dues import customers "
                                   "or dues customer add)",
                                   cell->text));
      } else {
        row.customer = *index;
        customer = &m_ledger.customers[*index];
      }
    } else {
      bad(record.loc, "no customer in this row");
    }
    const auto day = date(cells[f_date], record.loc, true);
    row.date = day.value_or(Date{});
    row.due = date(cells[f_due], record.loc, false);
    if (day && row.due && *row.due < *day) {
      bad(cells[f_due]->loc, fmt::format("due date {} is before the invoice date {}",
                                         format_date(*row.due), format_date(row.date)));
    }
    row.currency = currency(cells[f_currency], customer);
    if (row.currency != nullptr || !cells[f_currency]) { // a bad currency cell is reported
      row.amount = amount(cells[f_amount], cells[f_minor], record.loc, row.currency);
    }
    if (row.amount && row.amount->is_positive() && !row.due && m_ok) {
      bad(record.loc, "an open invoice needs its due date (a 'due' column)");
    }
    row.reference = cells[f_reference] ? cells[f_reference]->text : std::string();
    if (const auto& cell = cells[f_disputed]) {
      const std::string flag = ascii_lower(cell->text);
      row.disputed = flag == "1" || flag == "true" || flag == "yes";
      if (!row.disputed && flag != "0" && flag != "false" && flag != "no") {
        bad(cell->loc, fmt::format("disputed: expected 1/0, true/false or yes/no, not '{}'",
                                   cell->text));
      }
    }
    return m_ok ? std::optional<Row>(row) : std::nullopt;
  }

private:
  void bad(const SourceLoc& where, const std::string& message) {
    m_diags.add(Error(ErrorKind::invalid_input, where, message));
    m_ok = false;
  }

  std::optional<Date> date(const std::optional<ImportCell>& cell, const SourceLoc& row,
                           bool required) {
    if (!cell) {
      if (required) {
        bad(row, "no date in this row");
      }
      return std::nullopt;
    }
    const auto day = bank::parse_bank_date(cell->text, m_format.date_format);
    if (!day) {
      bad(cell->loc, fmt::format("not a date in the format '{}' (--date-format): '{}'",
                                 m_format.date_format, cell->text));
    }
    return day;
  }

  const Currency* currency(const std::optional<ImportCell>& cell, const Customer* customer) {
    std::string code = m_format.currency;
    if (cell) {
      code = cell->text;
    } else if (code.empty()) {
      code = customer != nullptr && !customer->currency.empty()
                 ? customer->currency
                 : m_ledger.settings.company.currency;
    }
    const Currency* found = find_currency(code);
    if (found == nullptr && cell) {
      bad(cell->loc, fmt::format("unknown currency '{}' (an ISO 4217 code such as EUR)", code));
    }
    return found;
  }

  std::optional<Money> amount(const std::optional<ImportCell>& decimal,
                              const std::optional<ImportCell>& minor, const SourceLoc& row,
                              const Currency* currency) {
    if (decimal && minor) {
      bad(minor->loc, "give the open amount once: as amount or as open_minor, not both");
      return std::nullopt;
    }
    if (!decimal && !minor) {
      bad(row, "no open amount in this row (an 'amount' or 'open_minor' column)");
      return std::nullopt;
    }
    const ImportCell& cell = decimal ? *decimal : *minor;
    std::optional<Money> money;
    if (currency == nullptr) {
      bad(cell.loc, "no currency for this amount (a 'currency' column or --currency)");
      return std::nullopt;
    }
    if (decimal) {
      const auto value = bank::parse_bank_number(cell.text, m_format.numbers);
      if (!value) {
        bad(cell.loc, fmt::format("not an amount: '{}'", cell.text));
        return std::nullopt;
      }
      money = money_from_decimal(*value, *currency);
      if (!money) {
        bad(cell.loc, fmt::format("'{}' has more decimals than {} has ({}); amounts are never "
                                  "rounded",
                                  cell.text, currency->code, currency->exponent));
        return std::nullopt;
      }
    } else {
      std::int64_t units = 0;
      const char* end = cell.text.data() + cell.text.size();
      const auto [stop, problem] = std::from_chars(cell.text.data(), end, units);
      if (problem != std::errc() || stop != end || units > k_max_minor || units < -k_max_minor) {
        bad(cell.loc, fmt::format("open_minor: not a whole number of minor units: '{}'",
                                  cell.text));
        return std::nullopt;
      }
      money = Money(*currency, units);
    }
    if (money->is_zero()) {
      bad(cell.loc, "the open amount is zero: nothing to take over");
      return std::nullopt;
    }
    return money;
  }

  const Ledger& m_ledger;
  const OpeningFormat& m_format;
  Diagnostics& m_diags;
  bool m_ok = true;
};

// The rows of one document: one, or one per instalment.
struct Group {
  std::vector<Row> rows;
};

// Rows with the same id are the instalments of one invoice: same customer, currency and
// date, positive amounts, distinct due dates. Anything else is a duplicate number.
bool joins(const Row& first, const Row& row) {
  return first.customer == row.customer && first.currency == row.currency
         && first.date == row.date && first.amount->is_positive() && row.amount->is_positive();
}

OpeningLine line_of(const Ledger& ledger, const Group& group) {
  const Row& first = group.rows.front();
  OpeningLine line;
  line.credit = first.amount->is_negative();
  line.id = first.id->text;
  line.customer = ledger.customers[first.customer].id;
  line.date = first.date;
  line.amount = Money::zero(*first.currency);
  for (const Row& row : group.rows) {
    line.amount += line.credit ? -*row.amount : *row.amount;
    line.due = row.due.value_or(line.due);
    line.disputed = line.disputed || row.disputed;
  }
  line.instalments = group.rows.size() > 1 ? group.rows.size() : 0;
  line.loc = first.loc;
  return line;
}

template <typename T>
syntax::Field<T> given(T value) {
  return {std::move(value), {}, true};
}

std::vector<syntax::Entry> entries_of(const OpeningLine& line, const Group& group,
                                      const OpeningFormat& format) {
  std::vector<syntax::Entry> entries(1);
  syntax::Entry& entry = entries.front();
  entry.kind = line.credit ? syntax::EntryKind::credit : syntax::EntryKind::invoice;
  entry.date = line.date;
  entry.id = given(line.id);
  entry.customer = given(line.customer);
  entry.total = given(to_decimal(line.amount));
  entry.currency = given(std::string(line.amount.currency().code));
  if (!line.credit && line.instalments == 0) {
    entry.due = given(line.due);
  }
  if (!group.rows.front().reference.empty()) {
    entry.reference = given(group.rows.front().reference);
  }
  entry.opening = given(format.source);
  if (line.instalments > 0) {
    for (const Row& row : group.rows) {
      syntax::Instalment instalment;
      instalment.due = given(*row.due);
      instalment.amount = given(to_decimal(*row.amount));
      entry.instalments.push_back(instalment);
    }
  }
  if (line.disputed) {
    syntax::Entry dispute;
    dispute.kind = syntax::EntryKind::dispute;
    dispute.date = line.date;
    dispute.id = given(line.id);
    dispute.reason = given(fmt::format("disputed when taken over from {}", format.source));
    entries.push_back(std::move(dispute));
  }
  return entries;
}

// Whether the ledger's document `existing` is what `line` would create.
bool same_document(const Ledger& ledger, const Document& existing, const OpeningLine& line) {
  const DocumentDetails& info = existing.info();
  const bool instalments_match = info.instalments.size() == line.instalments;
  return !info.opening.empty() && existing.is_invoice() != line.credit
         && ledger.customers[existing.customer].id == line.customer && existing.date == line.date
         && existing.total == line.amount && (line.credit || existing.due == line.due)
         && instalments_match;
}

} // namespace

std::span<const ImportField> open_item_fields() { return k_fields; }

OpeningPlan plan_open_items(const Ledger& ledger, const ImportTable& table,
                            const OpeningFormat& format, Diagnostics& diags) {
  RowReader reader(ledger, format, diags);
  std::vector<Group> groups;
  std::map<std::string, std::size_t, std::less<>> group_of;
  for (const ImportRecord& record : table.records) {
    auto row = reader.read(record);
    if (!row) {
      continue;
    }
    const auto [it, added] = group_of.emplace(row->id->text, groups.size());
    if (added) {
      groups.push_back({{*row}});
      continue;
    }
    Group& group = groups[it->second];
    const bool same_due = std::any_of(group.rows.begin(), group.rows.end(),
                                      [&](const Row& other) { return other.due == row->due; });
    if (!joins(group.rows.front(), *row) || same_due) {
      diags.add(Error(ErrorKind::invalid_input, row->id->loc,
                      fmt::format("duplicate number '{}' (first on line {}); rows of one "
                                  "invoice are its instalments: same customer, currency and "
                                  "date, each with its own due date",
                                  row->id->text, group.rows.front().loc.line)));
      continue;
    }
    group.rows.push_back(*row);
  }
  OpeningPlan plan;
  std::vector<syntax::Entry> disputes;
  for (Group& group : groups) {
    std::sort(group.rows.begin(), group.rows.end(),
              [](const Row& a, const Row& b) { return *a.due < *b.due; });
    OpeningLine line = line_of(ledger, group);
    if (const IdRef* taken = ledger.find_id(line.id)) {
      const Document* existing = ledger.find_document(line.id);
      if (existing != nullptr && same_document(ledger, *existing, line)) {
        line.already = true;
        plan.lines.push_back(std::move(line));
        continue;
      }
      const syntax::Pos pos = existing != nullptr ? existing->pos
                              : taken->kind == IdKind::payment ? ledger.payments[taken->index].pos
                                                              : ledger.refunds[taken->index].pos;
      diags.add(Error(ErrorKind::conflict, group.rows.front().id->loc,
                      fmt::format("'{}' is already in the ledger ({}) with other values; an "
                                  "import never changes what is there",
                                  line.id, format_loc(ledger.where(pos)))));
      continue;
    }
    std::vector<syntax::Entry> entries = entries_of(line, group, format);
    plan.entries.push_back(std::move(entries.front()));
    for (std::size_t i = 1; i < entries.size(); ++i) {
      disputes.push_back(std::move(entries[i]));
    }
    plan.lines.push_back(std::move(line));
  }
  for (syntax::Entry& dispute : disputes) {
    plan.entries.push_back(std::move(dispute));
  }
  return plan;
}

} // namespace dues::query
