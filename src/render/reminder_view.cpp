#include "render/reminder_view.hpp"

#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"

#include <fmt/format.h>

#include <map>

namespace dues::render {
namespace {

std::string_view action_name(query::ReminderAction action) {
  switch (action) {
  case query::ReminderAction::send:
    return "send";
  case query::ReminderAction::waiting:
    return "wait";
  case query::ReminderAction::skipped:
    return "skip";
  }
  return "wait";
}

std::string level_cell(int level) {
  return level == 0 ? "-" : std::to_string(level);
}

// Each line's cells, shared by the table and CSV.
std::vector<std::string> line_cells(const Ledger& ledger, const query::CustomerReminders& c,
                                    const query::ReminderLine& line) {
  return {ledger.customers[c.customer].id,
          ledger.documents[line.document].id,
          format_date(line.due),
          std::to_string(line.days_overdue),
          format_amount(line.open),
          std::string(line.open.currency().code),
          level_cell(line.last_level),
          level_cell(line.level),
          std::string(action_name(line.action)),
          format_amount(line.fee),
          format_amount(line.interest),
          line.why};
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

} // namespace

void reminder_table(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan,
                    bool colour) {
  if (plan.customers.empty()) {
    out << fmt::format("nothing in dunning on {}\n", format_date(plan.as_of));
    return;
  }
  Table table({{"CUSTOMER", Align::left, 0},
               {"INVOICE", Align::left, 0},
               {"DUE", Align::left, 0},
               {"DAYS", Align::right, 0},
               {"OPEN", Align::right, 0},
               {"CCY", Align::left, 0},
               {"SENT", Align::right, 0},
               {"LEVEL", Align::right, 0},
               {"ACTION", Align::left, 0},
               {"FEE", Align::right, 0},
               {"INTEREST", Align::right, 0},
               {"WHY", Align::left, 60}});
  std::size_t letters = 0;
  for (const query::CustomerReminders& customer : plan.customers) {
    letters += customer.sends() ? 1U : 0U;
    for (const query::ReminderLine& line : customer.lines) {
      table.add_row(line_cells(ledger, customer, line),
                    line.action == query::ReminderAction::send ? RowStyle::alert
                                                               : RowStyle::normal);
    }
  }
  table.print(out, colour);
  out << fmt::format("{} reminder{} to send in {} letter{} on {}\n", plan.to_send,
                     plan.to_send == 1 ? "" : "s", letters, letters == 1 ? "" : "s",
                     format_date(plan.as_of));
}

void reminder_csv(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan) {
  write_csv_row(out, {"customer", "invoice", "due", "days_overdue", "open", "currency",
                      "sent_level", "level", "action", "fee", "interest", "why"});
  for (const query::CustomerReminders& customer : plan.customers) {
    for (const query::ReminderLine& line : customer.lines) {
      auto cells = line_cells(ledger, customer, line);
      cells[6] = std::to_string(line.last_level); // numbers for scripts, not "-"
      cells[7] = std::to_string(line.level);
      write_csv_row(out, cells);
    }
  }
}

void reminder_json(std::ostream& out, const Ledger& ledger, const query::ReminderPlan& plan) {
  JsonWriter json(out);
  json.begin_object();
  json.key("as_of").value(format_date(plan.as_of));
  json.key("to_send").value(plan.to_send);
  json.key("customers").begin_array();
  for (const query::CustomerReminders& customer : plan.customers) {
    json.begin_object();
    json.key("customer").value(ledger.customers[customer.customer].id);
    json.key("plan").value(customer.plan);
    json.key("language").value(customer.language);
    json.key("template").value(customer.template_name);
    json.key("emails").begin_array();
    for (const std::string& email : customer.emails) {
      json.value(email);
    }
    json.end_array();
    json.key("invoices").begin_array();
    for (const query::ReminderLine& line : customer.lines) {
      json.begin_object();
      json.key("invoice").value(ledger.documents[line.document].id);
      json.key("due").value(format_date(line.due));
      json.key("days_overdue").value(line.days_overdue);
      json.key("open").value(format_amount(line.open));
      json.key("currency").value(line.open.currency().code);
      json.key("sent_level").value(line.last_level);
      json.key("level").value(line.level);
      json.key("action").value(action_name(line.action));
      json.key("why").value(line.why);
      json.key("fee").value(format_amount(line.fee));
      json.key("interest").value(format_amount(line.interest));
      json.key("next_level").value(line.next_level);
      if (line.next_date) {
        json.key("next_date").value(format_date(*line.next_date));
      } else {
        json.key("next_date").null();
      }
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
}

void contact_history_text(std::ostream& out, const std::vector<query::ContactEvent>& history) {
  if (history.empty()) {
    return;
  }
  out << "\nHistory\n";
  Table table({{"DATE", Align::left, 0},
               {"EVENT", Align::left, 0},
               {"INVOICE", Align::left, 0},
               {"DETAIL", Align::left, 70}});
  for (const query::ContactEvent& event : history) {
    table.add_row({format_date(event.date), event.kind, event.invoice, event.text});
  }
  table.print(out, false);
}

ReminderLetter reminder_letter(const Ledger& ledger, const query::CustomerReminders& reminders,
                               const Date& day) {
  const syntax::DunningSettings& dunning = ledger.settings.dunning;
  const Customer& customer = ledger.customers[reminders.customer];
  const syntax::DunningTemplate& letter_template = dunning.templates.at(reminders.template_name);
  auto text = letter_template.texts.find(reminders.language);
  if (text == letter_template.texts.end()) {
    text = letter_template.texts.find(dunning.language);
  }
  std::string invoices;
  std::map<std::string_view, Money> totals;
  int level = 0;
  for (const query::ReminderLine& line : reminders.lines) {
    if (line.action != query::ReminderAction::send) {
      continue;
    }
    level = std::max(level, line.level);
    const Money owed = line.open + line.fee + line.interest;
    const auto [it, fresh] = totals.try_emplace(line.open.currency().code, owed);
    if (!fresh) {
      it->second += owed;
    }
    invoices += fmt::format("  {}  level {}  due {}  {} days  open {}",
                            ledger.documents[line.document].id, line.level,
                            format_date(line.due), line.days_overdue, line.open);
    if (line.fee.is_positive()) {
      invoices += fmt::format("  fee {}", format_amount(line.fee));
    }
    if (line.interest.is_positive()) {
      invoices += fmt::format("  interest {}", format_amount(line.interest));
    }
    if (!line.charge.empty()) {
      invoices += fmt::format("  charged as {}", line.charge);
    }
    invoices += "\n";
  }
  std::string total;
  for (const auto& [code, amount] : totals) {
    total += total.empty() ? "" : ", ";
    total += fmt::format("{}", amount);
  }
  std::string filled = text == letter_template.texts.end() ? std::string() : text->second;
  replace_all(filled, "{customer}", customer.name);
  replace_all(filled, "{company}", ledger.settings.company.name);
  replace_all(filled, "{date}", format_date(day));
  replace_all(filled, "{level}", std::to_string(level));
  replace_all(filled, "{invoices}", invoices);
  replace_all(filled, "{total}", total);
  ReminderLetter letter;
  letter.customer = customer.id;
  letter.to = reminders.emails;
  const auto newline = filled.find('\n');
  letter.subject = filled.substr(0, newline);
  letter.body = newline == std::string::npos ? "" : filled.substr(newline + 1);
  while (letter.body.starts_with('\n')) {
    letter.body.erase(0, 1);
  }
  return letter;
}

std::string letter_message(const Ledger& ledger, const ReminderLetter& letter, const Date& day) {
  std::string to;
  for (const std::string& address : letter.to) {
    to += to.empty() ? "" : ", ";
    to += address;
  }
  std::string message;
  message += fmt::format("From: {} <{}>\n", ledger.settings.company.name,
                         ledger.settings.company.email);
  message += fmt::format("To: {}\n", to);
  message += fmt::format("Subject: {}\n", letter.subject);
  message += fmt::format("Date: {}\n", format_date(day));
  message += fmt::format("X-Dues-Customer: {}\n", letter.customer);
  message += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: 8bit\n\n";
  message += letter.body;
  if (!message.ends_with('\n')) {
    message += '\n';
  }
  return message;
}

void contact_history_json(JsonWriter& json, std::span<const query::ContactEvent> history) {
  json.key("history").begin_array();
  for (const query::ContactEvent& event : history) {
    json.begin_object();
    json.key("date").value(format_date(event.date));
    json.key("event").value(event.kind);
    json.key("invoice").value(event.invoice);
    json.key("detail").value(event.text);
    json.end_object();
  }
  json.end_array();
}

} // namespace dues::render
