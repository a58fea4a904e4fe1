// The receipts commands of the command line: pay, apply, refund, writeoff, dispute,
// statement (declared here; implemented in cmd_<name>.cpp).
#include "cli/app_declare.hpp"

#include <fmt/format.h>

namespace dues::cli {

void add_write_options(CLI::App* command, bool& dry_run, std::string& format) {
  command->add_flag("--dry-run", dry_run, "check and show what would be recorded; write nothing");
  command->add_option("--format", format, "text (default) or json")->type_name("FORMAT");
}

namespace {

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

} // namespace

void declare_receipts(CLI::App& app, Runner& chosen, ReceiptOptions& options) {
  declare_pay(app, chosen, options.pay);
  declare_apply(app, chosen, options.apply);
  declare_refund(app, chosen, options.refund);
  declare_writeoff(app, chosen, options.writeoff);
  declare_dispute(app, chosen, options.dispute);
  declare_statement(app, chosen, options.statement);
}

} // namespace dues::cli
