#pragma once

#include "cli/context.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dues::cli {

// Output formats shared by the reports.
enum class Format { table, csv, json, html, text, xlsx, pdf };

// Parses a --format value among `allowed`; anything else is a usage error.
Format format_argument(std::string_view text, std::initializer_list<Format> allowed);
// conveniences: writes the UTF-8 byte order mark that spreadsheets need to read CSV as
// UTF-8 (Excel on Chinese or Japanese Windows), with --bom or [output] csv-bom = true.
void begin_csv(std::ostream& out, const Context& ctx, const syntax::Settings& settings);

struct InitOptions {
  std::string dir = ".";
  std::string currency; // empty: the country's, else EUR
  std::string company = "Example Company";
  bool git = false; // teamwork: run `dues git setup` in the new ledger
  std::optional<std::string> country; // conveniences: starting settings of a country
};
ExitCode run_init(Context& ctx, const InitOptions& options);

ExitCode run_check(Context& ctx);

struct FmtOptions {
  bool check = false;
};
ExitCode run_fmt(Context& ctx, const FmtOptions& options);

// dues reconcile FILE --profile NAME [--apply] | --profile-check FILE --profile NAME
struct ReconcileOptions {
  std::optional<std::string> file;
  std::optional<std::string> profile;
  bool apply = false;
  bool dry_run = false; // the default: print the plan, record nothing
  std::string format = "table";
  std::optional<int> date_tolerance;
  std::optional<std::string> profile_check; // FILE to read with the profile, for writing one
  int rows = 20;                            // rows --profile-check shows
  bool unmask = false;                      // payer accounts in full
  std::optional<std::string> input_format;  // csv, camt053, camt054, mt940 (default: sniffed)
};
ExitCode run_reconcile(Context& ctx, const ReconcileOptions& options);

// SEPA direct debit: a pain.008 file for the due invoices of customers with a mandate.
struct CollectOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> due_by;
  std::optional<std::string> output; // default pain008-YYYYMMDD.xml
  std::string pain = "02";           // 02 | 08
  bool dry_run = false;
};
ExitCode run_collect(Context& ctx, const CollectOptions& options);

struct AgingOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> basis;
  std::optional<std::string> buckets;
  bool detail = false;
  std::optional<std::string> customer;
  std::optional<std::string> currency;
  std::string format = "table";
};
ExitCode run_aging(Context& ctx, const AgingOptions& options);

// ---- receipts: pay, apply, refund, writeoff, dispute, statement ----

struct PayOptions {
  std::string customer;
  std::string amount;
  std::optional<std::string> currency;
  std::optional<std::string> date;
  std::optional<std::string> method;
  std::optional<std::string> reference;
  std::optional<std::string> fee;
  std::vector<std::string> applies; // ID or ID=AMOUNT
  bool no_apply = false;
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_pay(Context& ctx, const PayOptions& options);

struct ApplyOptions {
  std::optional<std::string> target; // a customer, payment or credit note
  bool all = false;                  // every customer whose allocation is automatic
  std::vector<std::string> applies;  // ID or ID=AMOUNT
  std::optional<std::string> currency;
  std::optional<std::string> date;
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_apply(Context& ctx, const ApplyOptions& options);

struct RefundOptions {
  std::string customer;
  std::string amount;
  std::optional<std::string> currency;
  std::optional<std::string> date;
  std::optional<std::string> method;
  std::optional<std::string> reference;
  std::optional<std::string> from; // the payment or credit note paid back
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_refund(Context& ctx, const RefundOptions& options);

struct WriteoffOptions {
  std::string invoice;
  std::optional<std::string> amount; // default: everything open
  std::string reason;
  std::optional<std::string> date;
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_writeoff(Context& ctx, const WriteoffOptions& options);

struct DisputeOptions {
  std::string invoice;
  std::optional<std::string> reason;
  bool resolve = false;
  std::optional<std::string> date;
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_dispute(Context& ctx, const DisputeOptions& options);

struct StatementOptions {
  std::string customer;
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<std::string> currency;
  std::string format = "table";
  bool unmask = false; // account numbers in the details in full
  std::optional<std::string> output; // documents: --output FILE (pdf)
};
ExitCode run_statement(Context& ctx, const StatementOptions& options);

// --- invoicing: customers, invoices, credit notes, recurring invoices ---

struct CustomerAddOptions {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> emails;
  std::string address;
  std::string country;
  std::string tax_id;
  std::vector<std::string> bank_accounts;
  std::string currency;
  std::string terms;
  std::optional<std::string> credit_limit;
  std::vector<std::string> tags;
};
ExitCode run_customer_add(Context& ctx, const CustomerAddOptions& options);

struct CustomerListOptions {
  std::optional<std::string> tag;
  std::string format = "table"; // table | csv | json | ids
  bool unmask = false;          // bank accounts in full (json)
};
ExitCode run_customer_list(Context& ctx, const CustomerListOptions& options);

struct CustomerShowOptions {
  std::string id;
  std::string format = "text";
  bool unmask = false; // bank accounts in full
  bool reveal = false; // privacy: encrypted values decrypted (needs the age identity)
};
ExitCode run_customer_show(Context& ctx, const CustomerShowOptions& options);

struct CustomerSetOptions {
  std::string id;
  std::string field;
  std::optional<std::string> value;
  bool add = false;
  bool remove = false;
  bool unset = false;
  bool unmask = false; // echo bank accounts in full
};
ExitCode run_customer_set(Context& ctx, const CustomerSetOptions& options);

// privacy: dues customer export-data ID (GDPR Art. 15/20) and dues customer forget ID
// (Art. 17 after [retention] years); cmd_customer_privacy.cpp, docs/security.md.
struct CustomerExportDataOptions {
  std::string id;
  std::string format = "json";       // json | csv
  std::optional<std::string> output; // -o FILE; default standard output
  bool reveal = false;               // decrypt with the age identity; otherwise masked
};
ExitCode run_customer_export_data(Context& ctx, const CustomerExportDataOptions& options);
struct CustomerForgetOptions {
  std::string id;
  bool apply = false; // write; default: print the plan
};
ExitCode run_customer_forget(Context& ctx, const CustomerForgetOptions& options);

// conveniences: dues company set KEY VALUE | show ([company] in dues.toml)
struct CompanySetOptions {
  std::string key;
  std::optional<std::string> value;
  bool unset = false;
};
ExitCode run_company_set(Context& ctx, const CompanySetOptions& options);
struct CompanyShowOptions {
  std::string format = "text";
};
ExitCode run_company_show(Context& ctx, const CompanyShowOptions& options);

// What an invoice is made of, as given on the command line (shared by new and credit).
struct InvoiceContentOptions {
  std::vector<std::string> items; // "DESC:QTY:PRICE[:TAX[:DISCOUNT]]"
  std::optional<std::string> date;
  std::optional<std::string> discount;
  std::optional<std::string> currency;
  std::optional<std::string> reference;
  std::optional<std::string> purchase_order;
  std::optional<std::string> note;
  std::optional<std::string> prices;
};

struct InvoiceNewOptions {
  std::string customer;
  InvoiceContentOptions content;
  std::optional<std::string> terms;
  std::optional<std::string> due;
  std::optional<std::string> series;
  std::optional<std::string> number;
  std::optional<std::string> name; // draft name
  bool draft = false;
  bool over_limit = false;
  bool dry_run = false;
};
ExitCode run_invoice_new(Context& ctx, const InvoiceNewOptions& options);

struct InvoiceIssueOptions {
  std::string draft;
  std::optional<std::string> date;
  std::optional<std::string> number;
  bool over_limit = false;
  bool dry_run = false;
};
ExitCode run_invoice_issue(Context& ctx, const InvoiceIssueOptions& options);

struct InvoiceVoidOptions {
  std::string id;
  std::string reason;
  std::optional<std::string> date;
};
ExitCode run_invoice_void(Context& ctx, const InvoiceVoidOptions& options);

struct InvoiceListOptions {
  std::optional<std::string> status;
  std::optional<std::string> customer;
  std::optional<std::string> as_of;
  std::string format = "table";
};
ExitCode run_invoice_list(Context& ctx, const InvoiceListOptions& options);

struct InvoiceShowOptions {
  std::string id;
  std::optional<std::string> as_of;
  std::string format = "text";
};
ExitCode run_invoice_show(Context& ctx, const InvoiceShowOptions& options);

struct InvoiceRenderOptions {
  std::vector<std::string> ids; // several: --output names each file with {id}
  std::string format = "text"; // text | html | pdf
  std::optional<std::string> output;
  std::optional<std::string> as_of;
};
ExitCode run_invoice_render(Context& ctx, const InvoiceRenderOptions& options);

struct CreditOptions {
  std::string invoice;
  std::vector<std::string> items;
  bool full = false;
  std::string reason;
  std::optional<std::string> date;
  bool no_apply = false;
  bool dry_run = false;
  std::string format = "text"; // hardening (issue 21.11): text or json, as the other writers
};
ExitCode run_credit(Context& ctx, const CreditOptions& options);

struct RecurOptions {
  std::optional<std::string> as_of;
  bool dry_run = false;
  bool over_limit = false;
};
ExitCode run_recur(Context& ctx, const RecurOptions& options);

// --- end invoicing ---

// --- export and import (issue 14) ---

struct ExportOptions {
  std::string format; // beancount | ledger | hledger | csv | json | sqlite
  std::optional<std::string> from;
  std::optional<std::string> to;
  std::optional<std::string> output;
  std::optional<std::string> table; // csv: which table
};
ExitCode run_export(Context& ctx, const ExportOptions& options);

// dues import customers|open-items FILE [--map FIELD=COLUMN]... [--apply] (docs/import.md)
struct ImportOptions {
  std::string file;
  std::vector<std::string> map; // FIELD=COLUMN
  std::string delimiter = ",";
  std::optional<std::string> input_format; // csv | json (default: from the file's name)
  bool apply = false;
  bool dry_run = false; // the default: print the plan, write nothing
  // open-items only
  std::string date_format = "%Y-%m-%d";
  std::string decimal_mark = ".";
  std::string thousands; // "" for none
  std::optional<std::string> currency;
  std::optional<std::string> source;
};
ExitCode run_import_customers(Context& ctx, const ImportOptions& options);
ExitCode run_import_open_items(Context& ctx, const ImportOptions& options);

// --- end export and import ---
// ---- reports for decisions: dues report dso|forecast|risk|tax|payments ----

struct ReportOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> customer;
  std::optional<std::string> currency;
  std::string format = "table";
  std::optional<std::string> by;    // dso, forecast, payments: week | month | quarter
  std::optional<int> periods;       // dso, forecast, payments: how many periods
  std::optional<std::string> period; // tax: 2026-Q3, 2026-09, 2026
  std::optional<std::string> from;   // tax
  std::optional<std::string> to;     // tax
  bool warnings_only = false;        // risk
};
// One report of `dues report`: app.cpp declares each with its options.
struct ReportCommand {
  const char* name;
  const char* help;
  ExitCode (*run)(Context&, const ReportOptions&);
  const char* units; // --by values, or nullptr when the report has no periods
};
// dso, forecast, risk, tax, payments: in this order.
std::span<const ReportCommand> report_commands();

// --- end reports ---
// --- collections: remind, note, promise ---

struct RemindOptions {
  std::optional<std::string> as_of;
  std::optional<std::string> customer;
  bool send = false;
  std::optional<std::string> outbox; // --send: write messages to DIR instead of stdout
  bool dry_run = false;
  std::string format = "table"; // table | csv | json
};
ExitCode run_remind(Context& ctx, const RemindOptions& options);

struct NoteOptions {
  std::string target; // a customer or an invoice
  std::string text;
  std::optional<std::string> date;
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_note(Context& ctx, const NoteOptions& options);

struct PromiseOptions {
  std::string invoice;
  std::string by; // --date: paid by this day
  std::optional<std::string> amount;
  std::optional<std::string> text;
  std::optional<std::string> date; // --on: the day the promise was made
  bool dry_run = false;
  std::string format = "text";
};
ExitCode run_promise(Context& ctx, const PromiseOptions& options);

struct CollectionsOptions {
  RemindOptions remind;
  NoteOptions note;
  PromiseOptions promise;
};

// --- end collections ---

// --- sending ---

// dues send ID... | --unsent [--as-of D]: email documents with their rendering attached.
struct SendOptions {
  std::vector<std::string> ids;
  bool unsent = false;               // every issued document without a sent entry
  std::optional<std::string> as_of;  // --unsent: documents issued by DATE (default: today)
  bool resend = false;               // send documents that were sent already
  bool dry_run = false;              // print the messages; send and record nothing
  std::optional<std::string> statement; // --statement CUSTOMER: the statement of account PDF
  // Reads an environment variable (the SMTP password); set by app.cpp.
  std::function<std::optional<std::string>(const std::string&)> environment;
};
ExitCode run_send(Context& ctx, const SendOptions& options);

// --- end sending ---

// --- teamwork: git merge driver, git setup, seal, log (issue 17) ---

// dues merge-driver %O %A %B %P: merges a journal file entry by entry into %A.
struct MergeDriverOptions {
  std::string base;   // %O
  std::string ours;   // %A, also where the result goes
  std::string theirs; // %B
  std::string path;   // %P, the file's path in the work tree (for messages and the ledger)
};
ExitCode run_merge_driver(Context& ctx, const MergeDriverOptions& options);

// dues git setup [--chain]: merge driver in .gitattributes and .git/config, pre-commit hook.
struct GitSetupOptions {
  bool chain = false; // keep a pre-commit hook that is not ours, running it first
};
ExitCode run_git_setup(Context& ctx, const GitSetupOptions& options);
// What `dues git setup` and `dues init --git` do for the ledger in `dir`.
void setup_git(Context& ctx, const std::filesystem::path& dir,
               const std::vector<std::string>& patterns, bool chain);

// dues check --audit and dues seal: the hash chain over the journal (docs/team.md).
struct AuditOptions {
  bool audit = false;
};
ExitCode run_check_audit(Context& ctx, const AuditOptions& options);
ExitCode run_seal(Context& ctx);

// dues log DOC: the life of a document, with the git commit of each entry.
struct LogOptions {
  std::string id;
  bool no_git = false; // leave out the commits (faster; also outside a git repository)
};
ExitCode run_log(Context& ctx, const LogOptions& options);

// --- end teamwork ---

// --- privacy ---

// dues security status | rekey: which customer values are encrypted, and re-encrypting
// them all for the current [security] recipients (docs/security.md).
struct SecurityRekeyOptions {
  bool dry_run = false; // say what would change; write nothing
};
ExitCode run_security_status(Context& ctx);
ExitCode run_security_rekey(Context& ctx, const SecurityRekeyOptions& options);

// --- end privacy ---

} // namespace dues::cli
