// The invoicing commands of the command line: customer, invoice, credit, recur (declared
// here; implemented in cmd_<name>.cpp).
#include "cli/app_declare.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

// privacy: dues customer export-data | forget (cmd_customer_privacy.cpp).
void declare_customer_privacy(CLI::App& group, Runner& chosen, InvoicingOptions& o) {
  auto& exported = o.customer_export_data;
  CLI::App* command = add_command(
      group, chosen, "export-data", "everything held about a customer, as JSON or CSV (GDPR)",
      [&](Context& ctx) { return run_customer_export_data(ctx, exported); });
  command->add_option("id", exported.id, "the customer")->required()->type_name("ID");
  command->add_option("--format", exported.format, "json (default) or csv")->type_name("FORMAT");
  command->add_option("-o,--output", exported.output, "write to FILE instead of standard output")
      ->type_name("FILE");
  command->add_flag("--reveal", exported.reveal,
                    "decrypt encrypted fields with the age identity (DUES_IDENTITY)");
  auto& forget = o.customer_forget;
  command = add_command(group, chosen, "forget",
                        "replace a customer's personal data by a pseudonym after retention",
                        [&](Context& ctx) { return run_customer_forget(ctx, forget); });
  command->add_option("id", forget.id, "the customer")->required()->type_name("ID");
  command->add_flag("--apply", forget.apply, "write the change (default: print the plan)");
}

void declare_customer(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  CLI::App* group = add_group(app, chosen, "customer", "add, list, show and change customers",
                              "add, list, show, set, export-data or forget");
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
  command->add_flag("--reveal", show.reveal,
                    "decrypt encrypted fields with the age identity (DUES_IDENTITY)");

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
  declare_customer_privacy(*group, chosen, o); // privacy
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
  command
      ->add_option("--format", list.format,
                   "table (default), csv, json, ids (one per line) or document-ids (with credit "
                   "notes)")
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
  command->add_option("--format", credit.format, "text (default) or json")->type_name("FORMAT");

  auto& recur = o.recur;
  command = add_command(app, chosen, "recur", "issue the recurring invoices that are due",
                        [&](Context& ctx) { return run_recur(ctx, recur); });
  command->add_option("--as-of", recur.as_of, "issue what is due by DATE (default: today)")
      ->type_name("DATE");
  command->add_flag("--dry-run", recur.dry_run, "print what would be issued; change nothing");
  command->add_flag("--over-limit", recur.over_limit, "issue even beyond credit limits");
}


// --- end invoicing ---

} // namespace

void declare_invoicing(CLI::App& app, Runner& chosen, InvoicingOptions& o) {
  declare_customer(app, chosen, o);
  declare_invoice(app, chosen, o);
  declare_credit_and_recur(app, chosen, o);
}

} // namespace dues::cli
