#pragma once

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/error.hpp"
#include "syntax/dunning_settings.hpp" // collections

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dues::syntax {

// The newest ledger format this binary reads and writes.
constexpr int k_format_version = 1;

struct CompanySettings {
  std::string name;
  std::string address;
  std::string tax_id;
  std::string email;
  std::string phone;
  std::string currency; // the default currency of documents
  std::string iban;
  std::string bic;
  std::string bank_name;
  std::string country;
  std::string creditor_id; // SEPA creditor identifier, for dues collect
};

struct DefaultSettings {
  std::string terms;                     // a key of [terms]
  std::string prices = "exclusive";      // exclusive | inclusive
  std::string tax_rounding = "line";     // line | invoice
  std::string rounding = "half-up";      // half-up | half-even | down | up
  std::string tax;                       // default tax code for items
  std::string allocation = "oldest-due"; // oldest-due | manual
  bool auto_apply_credit = false;        // apply unapplied credit to new invoices
  std::string reference = "none";        // none | rf (ISO 11649 creditor reference)
};

struct TaxSetting {
  std::string code;
  Decimal rate; // percent
  std::string name;
  SourceLoc loc;
  bool reduced = false; // a reduced rate (JP 軽減税率): its items are marked ※ on documents
};

struct InstalmentShare {
  int days = 0;
  Decimal percent;
};

// A payment term: net N days, end of month + N, early-payment discount, instalments.
struct TermsSetting {
  std::string code;
  int days = 0;
  bool end_of_month = false;
  std::optional<Decimal> cash_discount; // percent
  int cash_discount_days = 0;
  std::vector<InstalmentShare> instalments;
  std::string description;
  SourceLoc loc;
};

// A numbering series such as INV-{year}-{seq:04}.
struct SeriesSetting {
  std::string name;   // invoice | credit | payment | refund, or a custom name
  std::string format; // with {year} and {seq} / {seq:0N}
  bool yearly_reset = true;
  bool external = false; // numbers come from outside (e.g. a tax authority); no gap check
  std::string kind;      // which documents use it: invoice | credit | payment | refund
  SourceLoc loc;
};

struct AgingSettings {
  std::string basis = "due"; // due | invoice
  std::vector<int> buckets{30, 60, 90};
};

struct JournalSettings {
  std::vector<std::string> files{"journal/*.dues"};
  std::string append = "journal/{year}.dues";
};

// --- invoicing: invoice templates (drafts/*.toml, [recurring.NAME]) ---

// One item of a draft or recurring template, as written in TOML.
struct TemplateItem {
  std::string description;
  Decimal quantity{1, 0};
  std::string unit;
  Decimal price;
  std::string tax; // empty: [defaults] tax; "none": untaxed
  std::optional<Decimal> discount;
  bool discount_is_percent = false;
  SourceLoc loc;
};

// What an invoice is made of before it is issued: a draft file or a recurring template.
// Empty strings and unset optionals fall back to the customer and [defaults].
struct InvoiceTemplate {
  std::string customer;
  std::optional<Date> date; // unset: the day it is issued
  std::string terms;
  std::optional<Date> due;
  std::optional<Decimal> discount;
  bool discount_is_percent = false;
  std::string currency;
  std::string reference;
  std::string purchase_order;
  std::string note;
  std::string prices; // exclusive | inclusive
  std::string series;
  std::vector<TemplateItem> items;
  SourceLoc loc;
};

// [recurring.NAME] in dues.toml or recurring/NAME.toml: an invoice issued on schedule.
struct RecurringSetting {
  std::string name;
  InvoiceTemplate invoice;
  std::string schedule = "monthly"; // monthly | quarterly | yearly
  int day = 0;                      // day of the month (clamped to its end); 0: start's day
  Date start;
  std::optional<Date> end;
  SourceLoc loc;
};

// --- end invoicing ---

// [reconcile]: how `dues reconcile` matches bank lines (docs/bank-profiles.md).
struct ReconcileSettings {
  std::optional<Decimal> fee_tolerance;         // an amount, in the bank line's currency
  std::optional<Decimal> fee_tolerance_percent; // of the open amount
  int name_cutoff = 80;                         // 0..100: payer-name similarity needed
  int min_confidence = 80;                      // 0..100: below this a match is only proposed
  int date_tolerance = 0;                       // days an invoice may be dated after the line
};

// [export] (dues export): the accounts of the general ledger each movement posts to.
// Templates may hold {customer} (receivable, customer-credit), {tax} (tax) and {method}
// (bank); docs/export.md has the defaults and how names are mapped per target.
struct ExportSettings {
  std::string receivable = "Assets:Receivable:{customer}";
  std::string customer_credit = "Liabilities:CustomerCredit:{customer}";
  std::string income = "Income:Sales";
  std::map<std::string, std::string> income_by_tax; // tax code -> income account
  std::string tax = "Liabilities:Tax:{tax}";
  std::string bank = "Assets:Bank";
  std::map<std::string, std::string> bank_by_method; // payment method -> account
  std::string fees = "Expenses:BankFees";
  std::string bad_debt = "Expenses:BadDebt";
  std::string opening = "Equity:Opening-Balances"; // import: the other side of opening items
  SourceLoc loc; // the [export] table, for messages about its accounts
};

// --- documents: how invoices and statements look on paper and how customers pay ---

// [company] logo, account-number, routing-number and [documents]: read by the PDF (and
// HTML, mail) renderers; docs/settings.md lists the keys.
struct DocumentSettings {
  std::string logo;           // [company] logo: a PNG inside the ledger folder
  std::string account_number; // [company] account-number: bank transfer without IBAN
  std::string routing_number; // [company] routing-number (ABA, sort code, bank code)
  std::string paper = "a4";   // a4 | letter
  std::string language = "en"; // en | de | fr | zh | ja: labels of printed documents
  std::string pay_url;        // payment link template: {number} {open} {total} {currency}...
  std::string pay_url_label;  // the words printed before the link
  std::string alipay;         // Alipay receiving-code payload, drawn as a QR code
  std::string wechat;         // WeChat Pay receiving-code payload, drawn as a QR code
  std::string note;           // printed at the end of every invoice and credit note
  bool epc_qr = true;         // EPC QR code (GiroCode) on EUR invoices with a company IBAN
  // Not a key: the bytes of the logo file, read by the command that renders (cli).
  std::string logo_png;
};

// --- end documents ---
// sending: [mail], how `dues send` delivers documents (docs/sending.md). Addresses are
// checked by the command that sends (cli/sending.cpp), which knows what an address is.
struct MailSettings {
  std::string transport;        // smtp | sendmail | outbox | command; empty: not configured
  std::string from;             // "Name <address>"
  std::string reply_to;         // "Name <address>"
  std::vector<std::string> cc;  // added to every message
  std::vector<std::string> bcc; // added to every message, in the envelope only
  std::string language = "en";  // of the built-in templates and of templates/NAME.LANG.txt
  std::string templates = "templates"; // the folder of subject and body templates
  std::string attach = "pdf";          // pdf | html: the document's rendering attached
  // smtp
  std::string host;
  int port = 0;                     // 0: 587 for starttls, 465 for tls, 25 for none
  std::string security = "starttls"; // starttls | tls | none
  std::string user;
  std::string password_env; // the environment variable holding the password
  bool netrc = false;       // user and password from ~/.netrc
  std::string password_command; // privacy: prints the password ("pass show smtp")
  std::string ca_file;      // a certificate to trust (a private server)
  int timeout = 60;         // seconds per message
  // sendmail, outbox, command
  std::string sendmail = "/usr/sbin/sendmail";
  std::string outbox = "outbox";
  std::string command;
  // Where each key was written ("from", "cc", ...), for messages.
  std::map<std::string, SourceLoc, std::less<>> field_locs;
  SourceLoc loc;
};
// end sending
// privacy: [security] and [retention] (docs/security.md).
struct SecuritySettings {
  std::vector<std::string> encrypt;    // customer fields stored encrypted ("bank-accounts")
  std::vector<std::string> recipients; // age public keys ("age1...") values are encrypted for
  int retention_years = 10;            // [retention] years: kept after the last document
  SourceLoc loc;                       // the [security] table
};
// end privacy

// conveniences: [output], how output for other programs is written.
struct OutputSettings {
  bool csv_bom = false; // a UTF-8 byte order mark before CSV output (spreadsheets)
};

// dues.toml, read but not yet checked against the rest of the ledger.
struct Settings {
  int format = k_format_version;
  CompanySettings company;
  DefaultSettings defaults;
  JournalSettings journal;
  AgingSettings aging;
  std::map<std::string, TaxSetting> taxes;
  std::map<std::string, TermsSetting> terms;
  std::map<std::string, SeriesSetting> series;
  std::map<std::string, RecurringSetting> recurring; // invoicing: [recurring.NAME]
  ReconcileSettings reconcile;
  ExportSettings exports; // [export] (dues export)
  DocumentSettings documents; // [documents] and the document keys of [company]
  DunningSettings dunning; // collections: [dunning]
  MailSettings mail; // sending
  OutputSettings output; // conveniences: [output]
  SecuritySettings security; // privacy
  std::string path = "dues.toml";
  // Where checked values were written ("company.currency", "defaults.terms",
  // "defaults.tax"), for messages; the table when the key is absent.
  std::map<std::string, SourceLoc, std::less<>> field_locs;

  // The place of a checked value, or the top of the file when it is not known.
  SourceLoc loc_of(std::string_view field) const {
    const auto it = field_locs.find(field);
    return it == field_locs.end() ? SourceLoc{path, 1, 1} : it->second;
  }
};

// One table of customers.toml.
// A SEPA direct debit mandate the customer signed ([ID.mandate] in customers.toml).
struct MandateRecord {
  std::string id;     // the mandate reference, unique per creditor
  std::string signed_on; // YYYY-MM-DD
  std::string iban;   // the debtor's account
  std::string bic;    // optional
  std::string scheme = "CORE";   // CORE | B2B
  std::string sequence = "RCUR"; // FRST | RCUR | FNAL | OOFF
  SourceLoc loc;
};

struct CustomerRecord {
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
  std::optional<Decimal> credit_limit;
  std::vector<std::string> tags;
  std::string allocation; // oldest-due | manual; empty = the ledger default
  std::string notes;
  std::optional<MandateRecord> mandate;
  // collections: "off" opts out of dunning, another word names [dunning.plans.NAME];
  // reminders go to reminder-emails (else emails), in `language` (else [dunning]'s).
  std::string dunning;
  std::vector<std::string> reminder_emails;
  std::string language;
  SourceLoc loc;
  // Where each checked field was written, for messages.
  std::map<std::string, SourceLoc, std::less<>> field_locs;
  // 'name' was written with another type than a string: the reader reported it, so an
  // empty name is not also "needs a name".
  bool name_mistyped = false;
};

} // namespace dues::syntax
