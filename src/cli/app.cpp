// The only file that includes CLI11 (each translation unit that does costs seconds of
// compile time): every subcommand and option of dues is declared here, in one place.
#include "cli/app.hpp"

#include "base/printable_stream.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "syntax/settings.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <array>
#include <functional>

namespace dues::cli {
namespace {

using Runner = std::function<ExitCode(Context&)>;

struct GlobalOptions {
  std::optional<std::string> ledger_dir;
  std::optional<std::string> today;
  std::string color = "auto";
};

CLI::App* add_command(CLI::App& app, Runner& chosen, const std::string& name,
                      const std::string& help, Runner run) {
  CLI::App* command = app.add_subcommand(name, help);
  command->callback([&chosen, run = std::move(run)] { chosen = run; });
  return command;
}

Date resolve_today(const GlobalOptions& global) {
  if (global.today) {
    return date_argument("--today", *global.today);
  }
  return clock_today();
}

void declare_init(CLI::App& app, Runner& chosen, InitOptions& init) {
  CLI::App* command =
      add_command(app, chosen, "init", "start a new ledger with commented example settings",
                  [&](Context& ctx) { return run_init(ctx, init); });
  command->add_option("dir", init.dir, "folder for the new ledger (default: the current folder)")
      ->type_name("DIR");
  command->add_option("--currency", init.currency, "the company's default currency (default EUR)")
      ->type_name("CODE");
  command->add_option("--company", init.company, "the company name written to dues.toml")
      ->type_name("NAME");
}

void declare_reconcile(CLI::App& app, Runner& chosen, ReconcileOptions& reconcile) {
  CLI::App* command = add_command(app, chosen, "reconcile",
                                  "match a bank export against open invoices; record with --apply",
                                  [&](Context& ctx) { return run_reconcile(ctx, reconcile); });
  command->add_option("file", reconcile.file, "the bank file to reconcile (CSV, camt.053/054, MT940)")
      ->type_name("FILE");
  command
      ->add_option("--profile", reconcile.profile,
                   "bank profile: [bank.NAME] in dues.toml, bank/NAME.toml, or a .toml file")
      ->type_name("NAME");
  command->add_flag("--apply", reconcile.apply,
                    "record the confident matches as payments (one commit for the file)");
  command->add_flag("--dry-run", reconcile.dry_run,
                    "print the plan and record nothing (the default)");
  command->add_option("--format", reconcile.format, "table (default) or json")->type_name("FORMAT");
  command->add_flag("--unmask", reconcile.unmask,
                    "print payer account numbers in full (default: DE** **** 3000)");
  command
      ->add_option("--date-tolerance", reconcile.date_tolerance,
                   "count invoices dated up to N days after the bank line (default from "
                   "[reconcile], else 0)")
      ->type_name("N");
  command
      ->add_option("--profile-check", reconcile.profile_check,
                   "show how the profile reads the first rows of FILE (for writing a profile)")
      ->type_name("FILE");
  command->add_option("--rows", reconcile.rows, "rows --profile-check shows (default 20)")
      ->type_name("N");
  command
      ->add_option("--input-format", reconcile.input_format,
                   "csv, camt053, camt054 or mt940 (default: from the file's content)")
      ->type_name("FORMAT");
}

void declare_collect(CLI::App& app, Runner& chosen, CollectOptions& collect) {
  CLI::App* command =
      add_command(app, chosen, "collect",
                  "write a SEPA direct debit file (pain.008) for due invoices with a mandate",
                  [&](Context& ctx) { return run_collect(ctx, collect); });
  command->add_option("--as-of", collect.as_of, "plan as of DATE (default: today)")
      ->type_name("DATE");
  command->add_option("--due-by", collect.due_by, "collect items due on or before DATE (default: --as-of)")
      ->type_name("DATE");
  command->add_option("--output", collect.output, "the pain.008 file (default pain008-YYYYMMDD.xml)")
      ->type_name("FILE");
  command->add_option("--pain", collect.pain, "pain.008.001 version: 02 (default) or 08")
      ->type_name("VERSION");
  command->add_flag("--dry-run", collect.dry_run, "show the collections; write nothing");
}

void declare_reports(CLI::App& app, Runner& chosen, AgingOptions& aging) {
  CLI::App* command =
      add_command(app, chosen, "aging", "open receivables by age, per customer and currency",
                  [&](Context& ctx) { return run_aging(ctx, aging); });
  command->add_option("--as-of", aging.as_of, "report as of the end of DATE (default: today)")
      ->type_name("DATE");
  command
      ->add_option("--basis", aging.basis,
                   "age by 'due' date or 'invoice' date (default from dues.toml: due)")
      ->type_name("due|invoice");
  command
      ->add_option("--buckets", aging.buckets,
                   "bucket limits in days (default from dues.toml: 30,60,90)")
      ->type_name("N,N,...");
  command->add_flag("--detail", aging.detail, "list every open item under its customer");
  command->add_option("--customer", aging.customer, "only this customer")->type_name("ID");
  command->add_option("--currency", aging.currency, "only this currency")->type_name("CODE");
  command->add_option("--format", aging.format, "table (default), csv, json, html or xlsx")
      ->type_name("FORMAT");
}

// ---- receipts: pay, apply, refund, writeoff, dispute, statement ----

struct ReceiptOptions {
  PayOptions pay;
  ApplyOptions apply;
  RefundOptions refund;
  WriteoffOptions writeoff;
  DisputeOptions dispute;
  StatementOptions statement;
};

void add_write_options(CLI::App* command, bool& dry_run, std::string& format) {
  command->add_flag("--dry-run", dry_run, "check and show what would be recorded; write nothing");
  command->add_option("--format", format, "text (default) or json")->type_name("FORMAT");
}

void add_apply_option(CLI::App* command, std::vector<std::string>& applies, const char* help) {
  command->add_option("--apply", applies, help)->type_name("ID[=AMOUNT]")->allow_extra_args(false);
}

void declare_pay(CLI::App& app, Runner& chosen, PayOptions& pay) {
  CLI::App* command = add_command(app, chosen, "pay", "record a payment and apply it to invoices",
                                  [&](Context& ctx) { return run_pay(ctx, pay); });
  command->add_option("customer", pay.customer, "the customer who paid")
      ->type_name("CUSTOMER")
      ->required();
  command->add_option("amount", pay.amount, "the money that arrived, e.g. 1200.50")
      ->type_name("AMOUNT")
      ->required();
  command
      ->add_option("--currency", pay.currency,
                   "currency of the payment (default: the customer's, else the company's)")
      ->type_name("CODE");
  command->add_option("--date", pay.date, "the day the money arrived (default: today)")
      ->type_name("DATE");
  command->add_option("--method", pay.method, "bank, cash, card, alipay, wechat, cheque or other")
      ->type_name("METHOD");
  command->add_option("--ref", pay.reference, "the payer's reference")->type_name("TEXT");
  command
      ->add_option("--fee", pay.fee,
                   "bank charges deducted on the way; they settle invoices like money")
      ->type_name("AMOUNT");
  add_apply_option(command, pay.applies,
                   "apply to this invoice: what is open (or left), or exactly AMOUNT; repeatable");
  command->add_flag("--no-apply", pay.no_apply, "apply nothing: keep it all as unapplied credit");
  add_write_options(command, pay.dry_run, pay.format);
}

void declare_apply(CLI::App& app, Runner& chosen, ApplyOptions& apply) {
  CLI::App* command = add_command(app, chosen, "apply",
                                  "apply unapplied credit (payments, credit notes) to invoices",
                                  [&](Context& ctx) { return run_apply(ctx, apply); });
  command->add_option("target", apply.target, "a customer, or one payment or credit note")
      ->type_name("CUSTOMER|PAYMENT|CREDIT-NOTE");
  command->add_flag("--all", apply.all,
                    "every customer whose allocation is not manual, oldest due first");
  add_apply_option(command, apply.applies,
                   "apply to this invoice: what is open (or left), or exactly AMOUNT; repeatable");
  command->add_option("--currency", apply.currency, "only credit in this currency")
      ->type_name("CODE");
  command->add_option("--date", apply.date, "the day of the allocation (default: today)")
      ->type_name("DATE");
  add_write_options(command, apply.dry_run, apply.format);
}

void declare_refund(CLI::App& app, Runner& chosen, RefundOptions& refund) {
  CLI::App* command = add_command(app, chosen, "refund", "pay unapplied credit back to a customer",
                                  [&](Context& ctx) { return run_refund(ctx, refund); });
  command->add_option("customer", refund.customer, "the customer paid back")
      ->type_name("CUSTOMER")
      ->required();
  command->add_option("amount", refund.amount, "the money paid back")
      ->type_name("AMOUNT")
      ->required();
  command
      ->add_option("--currency", refund.currency,
                   "currency of the refund (default: the customer's, else the company's)")
      ->type_name("CODE");
  command->add_option("--date", refund.date, "the day of the refund (default: today)")
      ->type_name("DATE");
  command
      ->add_option("--method", refund.method, "bank, cash, card, alipay, wechat, cheque or other")
      ->type_name("METHOD");
  command->add_option("--ref", refund.reference, "a reference for the refund")->type_name("TEXT");
  command
      ->add_option("--from", refund.from,
                   "the payment or credit note paid back (default: the oldest unapplied credit)")
      ->type_name("ID");
  add_write_options(command, refund.dry_run, refund.format);
}

void declare_writeoff(CLI::App& app, Runner& chosen, WriteoffOptions& writeoff) {
  CLI::App* command =
      add_command(app, chosen, "writeoff", "settle part or all of an invoice as a loss",
                  [&](Context& ctx) { return run_writeoff(ctx, writeoff); });
  command->add_option("invoice", writeoff.invoice, "the invoice")->type_name("ID")->required();
  command->add_option("--amount", writeoff.amount, "how much (default: everything open)")
      ->type_name("AMOUNT");
  command->add_option("--reason", writeoff.reason, "why it is written off")
      ->type_name("TEXT")
      ->required();
  command->add_option("--date", writeoff.date, "the day of the write-off (default: today)")
      ->type_name("DATE");
  add_write_options(command, writeoff.dry_run, writeoff.format);
}

void declare_dispute(CLI::App& app, Runner& chosen, DisputeOptions& dispute) {
  CLI::App* command = add_command(app, chosen, "dispute",
                                  "flag an invoice as disputed (out of dunning), or --resolve",
                                  [&](Context& ctx) { return run_dispute(ctx, dispute); });
  command->add_option("invoice", dispute.invoice, "the invoice")->type_name("ID")->required();
  command->add_option("--reason", dispute.reason, "what is disputed, or how it was resolved")
      ->type_name("TEXT");
  command->add_flag("--resolve", dispute.resolve, "the dispute is settled: end it");
  command->add_option("--date", dispute.date, "the day (default: today)")->type_name("DATE");
  add_write_options(command, dispute.dry_run, dispute.format);
}

void declare_statement(CLI::App& app, Runner& chosen, StatementOptions& statement) {
  CLI::App* command = add_command(app, chosen, "statement", "a customer's statement of account",
                                  [&](Context& ctx) { return run_statement(ctx, statement); });
  command->add_option("customer", statement.customer, "the customer")
      ->type_name("CUSTOMER")
      ->required();
  command
      ->add_option("--from", statement.from,
                   "first day (default: the beginning; opening balance the day before)")
      ->type_name("DATE");
  command->add_option("--to", statement.to, "last day, and the aging date (default: today)")
      ->type_name("DATE");
  command->add_option("--currency", statement.currency, "only this currency")->type_name("CODE");
  command->add_option("--format", statement.format, "table (default), csv, json, html, xlsx or pdf")
      ->type_name("FORMAT");
  command->add_option("--output", statement.output, "write to FILE instead of standard output")
      ->type_name("FILE");
  command->add_flag("--unmask", statement.unmask,
                    "print account numbers in details in full (default: DE** **** 3000)");
}

void declare_receipts(CLI::App& app, Runner& chosen, ReceiptOptions& options) {
  declare_pay(app, chosen, options.pay);
  declare_apply(app, chosen, options.apply);
  declare_refund(app, chosen, options.refund);
  declare_writeoff(app, chosen, options.writeoff);
  declare_dispute(app, chosen, options.dispute);
  declare_statement(app, chosen, options.statement);
}

// --- invoicing: customer, invoice, credit, recur ---

struct InvoicingOptions {
  CustomerAddOptions customer_add;
  CustomerListOptions customer_list;
  CustomerShowOptions customer_show;
  CustomerSetOptions customer_set;
  InvoiceNewOptions invoice_new;
  InvoiceIssueOptions invoice_issue;
  InvoiceVoidOptions invoice_void;
  InvoiceListOptions invoice_list;
  InvoiceShowOptions invoice_show;
  InvoiceRenderOptions invoice_render;
  CreditOptions credit;
  RecurOptions recur;
};

// A command group such as `dues customer`: alone it is a usage error listing its actions.
CLI::App* add_group(CLI::App& app, Runner& chosen, const std::string& name, const std::string& help,
                    std::string actions) {
  CLI::App* group = app.add_subcommand(name, help);
  group->callback([&chosen, name, actions = std::move(actions)] {
    if (!chosen) { // an action's callback sets its runner, before or after this one
      chosen = [name, actions](Context&) -> ExitCode {
        throw Error(ErrorKind::usage, fmt::format("dues {}: expected {}", name, actions));
      };
    }
  });
  return group;
}

void declare_customer(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  CLI::App* group = add_group(app, chosen, "customer", "add, list, show and change customers",
                              "add, list, show or set");
  auto& add = o.customer_add;
  CLI::App* command = add_command(*group, chosen, "add", "add a customer to customers.toml",
                                  [&](Context& ctx) { return run_customer_add(ctx, add); });
  command->add_option("id", add.id, "the new customer's id (letters, digits, '-', '_', '.')")
      ->required()
      ->type_name("ID");
  command->add_option("--name", add.name, "the customer's name")->required()->type_name("TEXT");
  command->add_option("--alias", add.aliases, "a name the customer pays under (repeatable)")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command->add_option("--email", add.emails, "an email address (repeatable)")
      ->type_name("EMAIL")
      ->allow_extra_args(false);
  command->add_option("--address", add.address, "postal address (several lines allowed)")
      ->type_name("TEXT");
  command->add_option("--country", add.country, "ISO 3166 country code, such as DE or CN")
      ->type_name("CC");
  command->add_option("--tax-id", add.tax_id, "VAT number or tax id")->type_name("TEXT");
  command->add_option("--bank-account", add.bank_accounts, "IBAN or account number (repeatable)")
      ->type_name("ACCOUNT")
      ->allow_extra_args(false);
  command->add_option("--currency", add.currency, "the customer's currency (default: company's)")
      ->type_name("CODE");
  command->add_option("--terms", add.terms, "payment terms, a key of [terms] in dues.toml")
      ->type_name("TERMS");
  command->add_option("--credit-limit", add.credit_limit, "most the customer may owe")
      ->type_name("AMOUNT");
  command->add_option("--tag", add.tags, "a tag for grouping (repeatable)")
      ->type_name("TAG")
      ->allow_extra_args(false);

  auto& list = o.customer_list;
  command = add_command(*group, chosen, "list", "list customers",
                        [&](Context& ctx) { return run_customer_list(ctx, list); });
  command->add_option("--tag", list.tag, "only customers with this tag")->type_name("TAG");
  command->add_option("--format", list.format, "table (default), csv, json or ids (one per line)")
      ->type_name("FORMAT");
  command->add_flag("--unmask", list.unmask,
                    "print bank accounts in full in json (default: DE** **** 3000)");

  auto& show = o.customer_show;
  command = add_command(*group, chosen, "show", "a customer's details and open balance",
                        [&](Context& ctx) { return run_customer_show(ctx, show); });
  command->add_option("id", show.id, "the customer")->required()->type_name("ID");
  command->add_option("--format", show.format, "text (default) or json")->type_name("FORMAT");
  command->add_flag("--unmask", show.unmask,
                    "print bank accounts in full (default: DE** **** 3000)");

  auto& set = o.customer_set;
  command = add_command(*group, chosen, "set", "change one field of a customer",
                        [&](Context& ctx) { return run_customer_set(ctx, set); });
  command->add_option("id", set.id, "the customer")->required()->type_name("ID");
  command->add_option("field", set.field, "the field: name, aliases, emails, address, ...")
      ->required()
      ->type_name("FIELD");
  command->add_option("value", set.value, "the new value")->type_name("VALUE");
  command->add_flag("--add", set.add, "add VALUE to a list field");
  command->add_flag("--remove", set.remove, "remove VALUE from a list field");
  command->add_flag("--unset", set.unset, "remove the field");
  command->add_flag("--unmask", set.unmask, "echo bank accounts in full (default: DE** **** 3000)");
}

void declare_invoice_new(CLI::App& group, Runner& chosen, InvoiceNewOptions& o) {
  CLI::App* command = add_command(group, chosen, "new", "issue an invoice now, or write a draft",
                                  [&](Context& ctx) { return run_invoice_new(ctx, o); });
  command->add_option("customer", o.customer, "the customer's id")->required()->type_name("ID");
  command
      ->add_option("--item", o.content.items,
                   "an item DESC:QTY:PRICE[:TAX[:DISCOUNT]] (repeatable; '\\:' is a colon in "
                   "DESC)")
      ->type_name("ITEM")
      ->allow_extra_args(false);
  command->add_option("--date", o.content.date, "invoice date (default: today)")->type_name("DATE");
  command->add_option("--terms", o.terms, "payment terms, a key of [terms] (default: customer's)")
      ->type_name("TERMS");
  command->add_option("--due", o.due, "due date (instead of the one the terms give)")
      ->type_name("DATE");
  command->add_option("--discount", o.content.discount, "invoice discount: 5% or an amount")
      ->type_name("DISCOUNT");
  command->add_option("--currency", o.content.currency, "currency (default: customer's)")
      ->type_name("CODE");
  command->add_option("--ref", o.content.reference, "payment reference printed on the invoice")
      ->type_name("TEXT");
  command->add_option("--po", o.content.purchase_order, "the customer's purchase order")
      ->type_name("TEXT");
  command->add_option("--note", o.content.note, "free text printed on the invoice")
      ->type_name("TEXT");
  command->add_option("--prices", o.content.prices, "item prices exclude or include tax")
      ->type_name("exclusive|inclusive");
  command->add_option("--series", o.series, "numbering series (default: invoice)")
      ->type_name("NAME");
  command->add_option("--number", o.number, "the number, for a series with external = true")
      ->type_name("NUMBER");
  command->add_flag("--draft", o.draft, "write drafts/NAME.toml instead of issuing");
  command->add_option("--name", o.name, "the draft's name (default: CUSTOMER-DATE)")
      ->type_name("NAME");
  command->add_flag("--over-limit", o.over_limit, "issue even beyond the credit limit");
  command->add_flag("--dry-run", o.dry_run, "print what would be written; change nothing");
}

void declare_invoice(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  CLI::App* group = add_group(app, chosen, "invoice", "issue, void, list, show and render invoices",
                              "new, issue, void, list, show or render");
  declare_invoice_new(*group, chosen, o.invoice_new);

  auto& issue = o.invoice_issue;
  CLI::App* command = add_command(*group, chosen, "issue", "issue a draft (drafts/NAME.toml)",
                                  [&](Context& ctx) { return run_invoice_issue(ctx, issue); });
  command->add_option("draft", issue.draft, "the draft's name")->required()->type_name("DRAFT");
  command->add_option("--date", issue.date, "invoice date (default: the draft's, else today)")
      ->type_name("DATE");
  command->add_option("--number", issue.number, "the number, for a series with external = true")
      ->type_name("NUMBER");
  command->add_flag("--over-limit", issue.over_limit, "issue even beyond the credit limit");
  command->add_flag("--dry-run", issue.dry_run, "print what would be written; change nothing");

  auto& cancel = o.invoice_void;
  command = add_command(*group, chosen, "void", "cancel an invoice nothing was applied to",
                        [&](Context& ctx) { return run_invoice_void(ctx, cancel); });
  command->add_option("id", cancel.id, "the invoice or credit note")->required()->type_name("ID");
  command->add_option("--reason", cancel.reason, "why it is void")->required()->type_name("TEXT");
  command->add_option("--date", cancel.date, "date of the void (default: today)")
      ->type_name("DATE");

  auto& list = o.invoice_list;
  command = add_command(*group, chosen, "list", "list invoices and their state",
                        [&](Context& ctx) { return run_invoice_list(ctx, list); });
  command
      ->add_option("--status", list.status,
                   "open, paid, overdue, partially-paid, disputed, written-off, void or draft")
      ->type_name("STATUS");
  command->add_option("--customer", list.customer, "only this customer")->type_name("ID");
  command->add_option("--as-of", list.as_of, "states as of the end of DATE (default: today)")
      ->type_name("DATE");
  command->add_option("--format", list.format, "table (default), csv, json or ids (one per line)")
      ->type_name("FORMAT");

  auto& show = o.invoice_show;
  command = add_command(*group, chosen, "show", "an invoice's items, taxes, totals and payments",
                        [&](Context& ctx) { return run_invoice_show(ctx, show); });
  command->add_option("id", show.id, "the invoice or credit note")->required()->type_name("ID");
  command->add_option("--as-of", show.as_of, "state as of the end of DATE (default: today)")
      ->type_name("DATE");
  command->add_option("--format", show.format, "text (default) or json")->type_name("FORMAT");

  auto& render = o.invoice_render;
  command = add_command(*group, chosen, "render", "the invoice as sent: text, printable HTML or PDF",
                        [&](Context& ctx) { return run_invoice_render(ctx, render); });
  command->add_option("id", render.ids, "the invoices or credit notes")->required()->type_name("ID");
  command->add_option("--format", render.format, "text (default), html or pdf")
      ->type_name("FORMAT");
  command
      ->add_option("--output", render.output,
                   "write to FILE instead of standard output ({id}: one file per document)")
      ->type_name("FILE");
  command->add_option("--as-of", render.as_of, "instalments open as of DATE (default: today)")
      ->type_name("DATE");
}

void declare_credit_and_recur(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  auto& credit = o.credit;
  CLI::App* command = add_command(app, chosen, "credit", "issue a credit note against an invoice",
                                  [&](Context& ctx) { return run_credit(ctx, credit); });
  command->add_option("invoice", credit.invoice, "the invoice it corrects")
      ->required()
      ->type_name("INVOICE");
  command->add_option("--item", credit.items, "what is credited: DESC:QTY:PRICE[:TAX[:DISCOUNT]]")
      ->type_name("ITEM")
      ->allow_extra_args(false);
  command->add_flag("--full", credit.full, "credit the whole invoice");
  command->add_option("--reason", credit.reason, "why it is credited")
      ->required()
      ->type_name("TEXT");
  command->add_option("--date", credit.date, "credit note date (default: today)")
      ->type_name("DATE");
  command->add_flag("--no-apply", credit.no_apply, "keep it as unapplied credit");
  command->add_flag("--dry-run", credit.dry_run, "print what would be written; change nothing");

  auto& recur = o.recur;
  command = add_command(app, chosen, "recur", "issue the recurring invoices that are due",
                        [&](Context& ctx) { return run_recur(ctx, recur); });
  command->add_option("--as-of", recur.as_of, "issue what is due by DATE (default: today)")
      ->type_name("DATE");
  command->add_flag("--dry-run", recur.dry_run, "print what would be issued; change nothing");
  command->add_flag("--over-limit", recur.over_limit, "issue even beyond credit limits");
}

void declare_invoicing(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  declare_customer(app, chosen, o);
  declare_invoice(app, chosen, o);
  declare_credit_and_recur(app, chosen, o);
}

// --- end invoicing ---

// --- export and import (issue 14) ---

void declare_export(CLI::App& app, Runner& chosen, ExportOptions& o) {
  CLI::App* command =
      add_command(app, chosen, "export", "the receivables as double-entry books or tables",
                  [&](Context& ctx) { return run_export(ctx, o); });
  command
      ->add_option("--format", o.format, "beancount, ledger, hledger, csv, json or sqlite")
      ->required()
      ->type_name("FORMAT");
  command->add_option("--from", o.from, "only movements on or after DATE")->type_name("DATE");
  command->add_option("--to", o.to, "only movements on or before DATE")->type_name("DATE");
  command->add_option("--output", o.output, "write to FILE instead of standard output")
      ->type_name("FILE");
  command->add_option("--table", o.table, "csv: the table to write (docs/export.md)")
      ->type_name("NAME");
}

// Once a command is chosen, a later word that names another command ("dues customer set
// bolt tag --add export") is a value: CLI11 2.1 would take it for that command whenever
// no required positional is left. Disabling the other commands when one starts parsing
// stops that at every level.
void keep_values_apart_from_commands(CLI::App& parent) {
  const auto all = [](CLI::App*) { return true; };
  for (CLI::App* command : parent.get_subcommands(all)) {
    command->preparse_callback([&parent, command, all](std::size_t) {
      for (CLI::App* other : parent.get_subcommands(all)) {
        if (other != command) {
          other->disabled();
        }
      }
    });
    keep_values_apart_from_commands(*command);
  }
}

// --- end export and import ---
// ---- reports for decisions: dues report dso|forecast|risk|tax|payments ----

using ReportsOptions = std::array<ReportOptions, 5>; // as report_commands(): dso ... payments

void declare_report(CLI::App& app, Runner& chosen, ReportsOptions& o) {
  CLI::App* group =
      add_group(app, chosen, "report", "reports for decisions: dso, forecast, risk, tax, payments",
                "dso, forecast, risk, tax or payments");
  for (std::size_t i = 0; i < o.size(); ++i) {
    const ReportCommand& spec = report_commands()[i];
    ReportOptions& options = o[i];
    const auto runner = [&options, run = spec.run](Context& ctx) {
      return run(ctx, options);
    };
    CLI::App* command = add_command(*group, chosen, spec.name, spec.help, runner);
    command->add_option("--as-of", options.as_of, "report as of the end of DATE (default: today)")
        ->type_name("DATE");
    command->add_option("--customer", options.customer, "only this customer")->type_name("ID");
    command->add_option("--currency", options.currency, "only this currency")->type_name("CODE");
    command->add_option("--format", options.format, "table (default), csv, json, html or xlsx")
        ->type_name("FORMAT");
    if (spec.units != nullptr) {
      command->add_option("--by", options.by, std::string("period: ") + spec.units)
          ->type_name("UNIT");
      command->add_option("--periods", options.periods, "how many (default 6; forecast 3)")
          ->type_name("N");
    }
  }
  group->get_subcommand("risk")->add_flag("--warnings-only", o[2].warnings_only,
                                          "print only the warnings; exit 1 when there are any");
  CLI::App* tax = group->get_subcommand("tax");
  tax->add_option("--period", o[3].period, "2026, 2026-Q3 or 2026-09 (default: --as-of's quarter)")
      ->type_name("PERIOD");
  tax->add_option("--from", o[3].from, "first day (with --to)")->type_name("DATE");
  tax->add_option("--to", o[3].to, "last day (with --from)")->type_name("DATE");
}

// --- end reports ---

// --- hardening (issue 21): command-line text that cannot be written ---

// A value the writers could not put into a file as given is a usage error naming the
// option, before anything is read: invalid UTF-8 anywhere, and the characters a
// journal line cannot hold (line breaks, tabs, NUL) anywhere but in a postal address
// (several lines allowed). Other control characters are kept, and shown escaped.
void check_value_text(std::string_view option, std::string_view value) {
  if (const auto bad = find_invalid_utf8(value)) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: not valid UTF-8 (byte 0x{:02X} at offset {})", option,
                            static_cast<unsigned char>(value[*bad]), *bad));
  }
  const bool lines = option == "--address" || option == "value";
  for (const char c : value) {
    if ((c == '\n' && !lines) || c == '\r' || c == '\t' || c == '\0') {
      throw Error(ErrorKind::usage,
                  fmt::format("{}: a {} cannot be written; give the value on one line, with "
                              "spaces",
                              option, c == '\t' ? "tab" : c == '\0' ? "NUL byte" : "line break"));
    }
  }
}

void check_values_text(const CLI::App& command) {
  for (const CLI::Option* option : command.get_options()) {
    for (const std::string& value : option->results()) {
      check_value_text(option->get_name(), value);
    }
  }
  for (const CLI::App* sub : command.get_subcommands()) {
    check_values_text(*sub);
  }
}
void declare_collections(CLI::App& app, Runner& chosen, CollectionsOptions& o) { // collections
  CLI::App* c = add_command(app, chosen, "remind", "the dunning plan: levels, fees, interest",
                            [&](Context& ctx) { return run_remind(ctx, o.remind); });
  c->add_option("--as-of", o.remind.as_of, "plan for this day (default: today)")->type_name("DATE");
  c->add_option("--customer", o.remind.customer, "only this customer")->type_name("CUSTOMER");
  c->add_flag("--send", o.remind.send, "send a letter per customer; record what was sent");
  c->add_option("--outbox", o.remind.outbox, "with --send: write to DIR")->type_name("DIR");
  c->add_flag("--dry-run", o.remind.dry_run, "with --send: show the letters; send nothing");
  c->add_option("--format", o.remind.format, "table (default), csv or json")->type_name("FORMAT");
  c = add_command(app, chosen, "note", "record a dated note about a customer or invoice",
                  [&](Context& ctx) { return run_note(ctx, o.note); });
  c->add_option("target", o.note.target, "customer or invoice")->type_name("TARGET")->required();
  c->add_option("text", o.note.text, "what happened")->type_name("TEXT")->required();
  c->add_option("--date", o.note.date, "the day (default: today)")->type_name("DATE");
  add_write_options(c, o.note.dry_run, o.note.format);
  c = add_command(app, chosen, "promise", "record a customer's promise to pay an invoice",
                  [&](Context& ctx) { return run_promise(ctx, o.promise); });
  c->add_option("invoice", o.promise.invoice, "the invoice")->type_name("ID")->required();
  c->add_option("--date", o.promise.by, "paid by this day")->type_name("DATE")->required();
  c->add_option("--amount", o.promise.amount, "how much (default: all open)")->type_name("AMOUNT");
  c->add_option("--text", o.promise.text, "what was said")->type_name("TEXT");
  c->add_option("--on", o.promise.date, "the day it was made (default: today)")->type_name("DATE");
  add_write_options(c, o.promise.dry_run, o.promise.format);
} // --- end collections ---

// --- sending ---

void declare_send(CLI::App& app, Runner& chosen, SendOptions& send) {
  CLI::App* command = add_command(app, chosen, "send",
                                  "email documents to their customers and log each one sent",
                                  [&](Context& ctx) { return run_send(ctx, send); });
  command->add_option("ids", send.ids, "the invoices and credit notes to send")->type_name("ID");
  command->add_flag("--unsent", send.unsent, "send every issued document not sent yet");
  command->add_option("--as-of", send.as_of, "--unsent: documents issued by DATE (default: today)")
      ->type_name("DATE");
  command->add_flag("--resend", send.resend, "send documents that were sent before, again");
  command->add_flag("--dry-run", send.dry_run, "print the messages; send and record nothing");
  send.environment = environment_variable;
}

// --- end sending ---

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& raw_err) {
  // Messages quote file contents: no control character in them reaches the terminal.
  PrintableBuffer printable_err(raw_err.rdbuf());
  std::ostream err(&printable_err);
  err.tie(raw_err.tie()); // std::cerr flushes std::cout first, so the two stay in order
  err.flags(raw_err.flags());
  CLI::App app{"dues: accounts receivable in plain text"};
  app.name("dues");
  app.fallthrough(); // global options such as --today work after the command too
  app.set_version_flag("--version", fmt::format("dues {} (ledger format {})", DUES_VERSION,
                                                syntax::k_format_version));
  GlobalOptions global;
  app.add_option("-C", global.ledger_dir, "use the ledger in DIR (default: search upwards)")
      ->type_name("DIR")
      ->envname("DUES_LEDGER");
  app.add_option("--today", global.today, "pretend today is DATE (reproducible runs)")
      ->type_name("DATE")
      ->envname("DUES_TODAY");
  app.add_option("--color", global.color, "colour output: auto (default), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  Runner chosen;
  InitOptions init;
  declare_init(app, chosen, init);
  add_command(app, chosen, "check", "validate the whole ledger; exit 0 only when clean", run_check);
  FmtOptions fmt_options;
  CLI::App* fmt_command = add_command(app, chosen, "fmt", "rewrite journal files in canonical form",
                                      [&](Context& ctx) { return run_fmt(ctx, fmt_options); });
  fmt_command->add_flag("--check", fmt_options.check,
                        "change nothing; exit 1 and list the files that are not canonical");
  ReconcileOptions reconcile;
  declare_reconcile(app, chosen, reconcile);
  CollectOptions collect;
  declare_collect(app, chosen, collect);
  AgingOptions aging;
  declare_reports(app, chosen, aging);
  ReceiptOptions receipts;
  declare_receipts(app, chosen, receipts);
  InvoicingOptions invoicing;
  declare_invoicing(app, chosen, invoicing);
  ExportOptions export_options; // export and import (issue 14)
  declare_export(app, chosen, export_options);
  ReportsOptions reports;
  declare_report(app, chosen, reports);
  CollectionsOptions collections; // collections
  declare_collections(app, chosen, collections);
  SendOptions send; // sending
  declare_send(app, chosen, send);
  keep_values_apart_from_commands(app); // after every declaration

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 returns 0 for --help and --version and 100+ for its own errors; dues promises 2.
    if (e.get_exit_code() == 0) {
      return app.exit(e, out, err);
    }
    err << "dues: error: " << e.what() << "\n"
        << "Run 'dues --help' or 'dues COMMAND --help' for usage.\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (!chosen) {
    err << app.help();
    return static_cast<int>(ExitCode::usage);
  }
  try {
    check_values_text(app);
    std::error_code ec;
    Context ctx{out,
                err,
                std::nullopt,
                std::filesystem::current_path(ec),
                resolve_today(global),
                resolve_colour(global.color),
                lock_timeout(),
                cache_dir()};
    if (global.ledger_dir) {
      ctx.ledger_arg = std::filesystem::path(*global.ledger_dir);
    }
    const ExitCode code = chosen(ctx);
    out.flush();
    return static_cast<int>(code);
  } catch (const Error& e) {
    err << (e.kind() == ErrorKind::internal ? "dues: internal error: " : "dues: error: ")
        << e.what() << '\n';
    return static_cast<int>(exit_code_for(e.kind()));
  } catch (const std::exception& e) {
    err << "dues: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::internal);
  }
}

} // namespace dues::cli
