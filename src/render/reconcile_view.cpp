#include "render/reconcile_view.hpp"

#include "base/text.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string text;
  for (const std::string& part : parts) {
    text += (text.empty() ? "" : std::string(separator)) + part;
  }
  return text;
}

std::string applies_text(const PlanLine& line) {
  std::vector<std::string> parts;
  for (const PlanApply& apply : line.applies) {
    parts.push_back(fmt::format("{} {}", apply.invoice, apply.amount));
  }
  std::string text = joined(parts, ", ");
  if (!line.fee.empty()) {
    text += fmt::format(" (fee {})", line.fee);
  }
  return text;
}

std::string candidates_text(const PlanLine& line) {
  std::vector<std::string> parts;
  for (const PlanCandidate& candidate : line.candidates) {
    parts.push_back(
        fmt::format("{} {} open {}", candidate.invoice, candidate.customer, candidate.open));
  }
  return parts.empty() ? std::string("-") : joined(parts, ", ");
}

std::string payer_text(const PlanLine& line) {
  return line.payer_name.empty() ? line.reference : line.payer_name;
}

std::string amount_text(const PlanLine& line) {
  return fmt::format("{} {}", line.amount, line.currency);
}

std::size_t count(const ReconcilePlan& plan, std::string_view status) {
  std::size_t n = 0;
  for (const PlanLine& line : plan.lines) {
    n += line.status == status ? 1U : 0U;
  }
  return n;
}

void section(std::ostream& out, const ReconcilePlan& plan, std::string_view status,
             std::string_view title, bool colour) {
  const std::size_t n = count(plan, status);
  if (n == 0) {
    return;
  }
  out << fmt::format("\n{} ({})\n", title, n);
  std::vector<Column> columns{{"LINE", Align::right, 0}, {"DATE"}, {"AMOUNT", Align::right, 0}};
  if (status == "matched") {
    for (const char* title_text : {"CUSTOMER", "PAYMENT", "TIER", "CONF", "APPLY", "WHY"}) {
      columns.push_back({title_text});
    }
  } else if (status == "already-imported") {
    columns.push_back({"PAYER", Align::left, 30});
    columns.push_back({"PAYMENT"});
  } else {
    columns.push_back({"PAYER", Align::left, 30});
    columns.push_back({"CANDIDATES"});
    columns.push_back({"WHY"});
  }
  Table table(std::move(columns));
  for (const PlanLine& line : plan.lines) {
    if (line.status != status) {
      continue;
    }
    std::vector<std::string> cells{std::to_string(line.line), line.date, amount_text(line)};
    if (status == "matched") {
      cells.insert(cells.end(), {line.customer, line.payment, std::to_string(line.tier),
                                 std::to_string(line.confidence), applies_text(line),
                                 joined(line.reasons, "; ")});
    } else if (status == "already-imported") {
      cells.insert(cells.end(), {payer_text(line), line.payment});
    } else {
      cells.insert(cells.end(),
                   {payer_text(line), candidates_text(line), joined(line.reasons, "; ")});
    }
    table.add_row(std::move(cells), status == "matched" ? RowStyle::normal : RowStyle::alert);
  }
  table.print(out, colour);
}

void skipped_section(std::ostream& out, const ReconcilePlan& plan, bool colour) {
  if (plan.skipped.empty()) {
    return;
  }
  out << fmt::format("\nSkipped ({})\n", plan.skipped.size());
  Table table({{"LINE", Align::right, 0},
               {"REASON"},
               {"DATE"},
               {"AMOUNT", Align::right, 0},
               {"TEXT", Align::left, 50}});
  for (const PlanSkip& skip : plan.skipped) {
    const std::string reason = skip.detail.empty() || skip.reason == "footer"
                                   ? skip.reason
                                   : fmt::format("{} ({})", skip.reason, skip.detail);
    table.add_row({std::to_string(skip.line), reason, skip.date, skip.amount, skip.text});
  }
  table.print(out, colour);
}

// One line per statement: the balances the bank states, to tie out by hand.
void balances_table(std::ostream& out, const ReconcilePlan& plan) {
  for (const PlanBalance& balance : plan.balances) {
    const auto dated = [](const std::string& amount, const std::string& day) {
      return amount.empty() ? std::string("none") : day.empty() ? amount : amount + " on " + day;
    };
    out << fmt::format("Statement {} ({}): opening {}, booked {}, closing {} {}\n",
                       printable(balance.statement), printable(balance.account),
                       dated(balance.opening, balance.opening_date),
                       balance.movements.empty() ? std::string("?") : balance.movements,
                       dated(balance.closing, balance.closing_date), balance.currency);
  }
}

} // namespace

void reconcile_table(std::ostream& out, const ReconcilePlan& plan, bool colour) {
  const std::string source = plan.format == "csv" ? "bank profile " + printable(plan.profile)
                                                  : printable(plan.format);
  out << fmt::format("{} ({}): {} receipt{}, {} other row{}\n", printable(plan.file), source,
                     plan.lines.size(), plan.lines.size() == 1 ? "" : "s", plan.skipped.size(),
                     plan.skipped.size() == 1 ? "" : "s");
  section(out, plan, "matched", plan.applied ? "Recorded" : "Matched", colour);
  section(out, plan, "ambiguous", "Ambiguous: choose an invoice", colour);
  section(out, plan, "unmatched", "Unmatched", colour);
  section(out, plan, "already-imported", "Already imported", colour);
  skipped_section(out, plan, colour);
  const std::size_t matched = count(plan, "matched");
  out << fmt::format("\n{} matched, {} ambiguous, {} unmatched, {} already imported, {} "
                     "skipped\n",
                     matched, count(plan, "ambiguous"), count(plan, "unmatched"),
                     count(plan, "already-imported"), plan.skipped.size());
  balances_table(out, plan);
  if (plan.applied) {
    out << fmt::format("Recorded {} payment{}.\n", matched, matched == 1 ? "" : "s");
  } else if (matched > 0) {
    out << fmt::format("Nothing recorded yet: run with --apply to record the {} matched "
                       "line{}.\n",
                       matched, matched == 1 ? "" : "s");
  }
}

void reconcile_json(std::ostream& out, const ReconcilePlan& plan) {
  JsonWriter json(out);
  json.begin_object();
  json.key("file").value(plan.file);
  json.key("profile").value(plan.profile);
  json.key("applied").value(plan.applied);
  json.key("summary").begin_object();
  for (const char* status : {"matched", "ambiguous", "unmatched"}) {
    json.key(status).value(static_cast<long long>(count(plan, status)));
  }
  json.key("already_imported").value(static_cast<long long>(count(plan, "already-imported")));
  json.key("skipped").value(static_cast<long long>(plan.skipped.size()));
  json.end_object();
  json.key("lines").begin_array();
  for (const PlanLine& line : plan.lines) {
    json.begin_object();
    json.key("line").value(line.line);
    json.key("status").value(line.status);
    json.key("date").value(line.date);
    json.key("amount").value(line.amount);
    json.key("currency").value(line.currency);
    json.key("payer_name").value(line.payer_name);
    json.key("payer_account").value(line.payer_account);
    json.key("reference").value(line.reference);
    json.key("key").value(line.key);
    if (line.tier >= 0) {
      json.key("tier").value(line.tier);
      json.key("confidence").value(line.confidence);
    }
    if (!line.customer.empty()) {
      json.key("customer").value(line.customer);
    }
    if (!line.payment.empty()) {
      json.key("payment").value(line.payment);
    }
    if (!line.fee.empty()) {
      json.key("fee").value(line.fee);
    }
    json.key("applies").begin_array();
    for (const PlanApply& apply : line.applies) {
      json.begin_object();
      json.key("invoice").value(apply.invoice);
      json.key("amount").value(apply.amount);
      json.key("date").value(apply.date);
      json.end_object();
    }
    json.end_array();
    json.key("candidates").begin_array();
    for (const PlanCandidate& candidate : line.candidates) {
      json.begin_object();
      json.key("invoice").value(candidate.invoice);
      json.key("customer").value(candidate.customer);
      json.key("open").value(candidate.open);
      json.end_object();
    }
    json.end_array();
    json.key("reasons").begin_array();
    for (const std::string& reason : line.reasons) {
      json.value(reason);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("skipped").begin_array();
  for (const PlanSkip& skip : plan.skipped) {
    json.begin_object();
    json.key("line").value(skip.line);
    json.key("reason").value(skip.reason);
    json.key("detail").value(skip.detail);
    json.key("date").value(skip.date);
    json.key("amount").value(skip.amount);
    json.key("text").value(skip.text);
    json.end_object();
  }
  json.end_array();
  json.key("format").value(plan.format);
  json.key("balances").begin_array();
  for (const PlanBalance& balance : plan.balances) {
    json.begin_object();
    json.key("statement").value(balance.statement);
    json.key("account").value(balance.account);
    json.key("currency").value(balance.currency);
    json.key("opening").value(balance.opening);
    json.key("opening_date").value(balance.opening_date);
    json.key("movements").value(balance.movements);
    json.key("closing").value(balance.closing);
    json.key("closing_date").value(balance.closing_date);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

void profile_check_table(std::ostream& out, const ProfileCheck& check, bool colour) {
  out << fmt::format("{} read with bank profile {} (encoding {})\n", printable(check.file),
                     printable(check.profile), check.encoding);
  if (check.header_line > 0) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < check.header.size(); ++i) {
      cells.push_back(fmt::format("{}={}", i + 1, check.header[i]));
    }
    out << fmt::format("header at line {}: {}\n", check.header_line,
                       printable(joined(cells, " | ")));
  } else {
    out << "no header row: columns by position\n";
  }
  out << '\n';
  Table table({{"LINE", Align::right, 0},
               {"RESULT"},
               {"DATE"},
               {"AMOUNT", Align::right, 0},
               {"FEE", Align::right, 0},
               {"PAYER", Align::left, 24},
               {"ACCOUNT", Align::left, 24},
               {"ID", Align::left, 24},
               {"STATUS", Align::left, 12},
               {"REFERENCE", Align::left, 50}});
  for (const CheckRow& row : check.rows) {
    const std::string amount =
        row.amount.empty() ? std::string() : fmt::format("{} {}", row.amount, row.currency);
    table.add_row({std::to_string(row.line), row.result, row.date, amount, row.fee, row.payer_name,
                   row.payer_account, row.bank_id, row.status, row.reference},
                  row.result == "error" ? RowStyle::alert : RowStyle::normal);
  }
  table.print(out, colour);
  out << fmt::format("\n{} row{} shown, {} with errors\n", check.rows.size(),
                     check.rows.size() == 1 ? "" : "s", check.errors);
}

void profile_check_json(std::ostream& out, const ProfileCheck& check) {
  JsonWriter json(out);
  json.begin_object();
  json.key("file").value(check.file);
  json.key("profile").value(check.profile);
  json.key("encoding").value(check.encoding);
  json.key("header_line").value(check.header_line);
  json.key("header").begin_array();
  for (const std::string& cell : check.header) {
    json.value(cell);
  }
  json.end_array();
  json.key("rows").begin_array();
  for (const CheckRow& row : check.rows) {
    json.begin_object();
    json.key("line").value(row.line);
    json.key("result").value(row.result);
    for (const auto& [name, value] : {std::pair{"date", &row.date},
                                      {"amount", &row.amount},
                                      {"currency", &row.currency},
                                      {"fee", &row.fee},
                                      {"payer_name", &row.payer_name},
                                      {"payer_account", &row.payer_account},
                                      {"bank_id", &row.bank_id},
                                      {"status", &row.status},
                                      {"reference", &row.reference}}) {
      json.key(name).value(*value);
    }
    json.end_object();
  }
  json.end_array();
  json.key("errors").value(check.errors);
  json.end_object();
  json.finish();
}

} // namespace dues::render
