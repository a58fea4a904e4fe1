#pragma once

// What the files that declare the command line share (app.cpp, app_receipts.cpp,
// app_invoicing.cpp): the only files that include CLI11, each costing seconds of
// compile time, so keep them few.
#include "cli/backup.hpp" // privacy
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace dues::cli {

// What the chosen command runs, set by its callback while parsing.
using Runner = std::function<ExitCode(Context&)>;

// A subcommand of `app` whose callback makes `run` the chosen runner.
CLI::App* add_command(CLI::App& app, Runner& chosen, const std::string& name,
                      const std::string& help, Runner run);
// A command group such as `dues customer`: alone it is a usage error listing its actions.
CLI::App* add_group(CLI::App& app, Runner& chosen, const std::string& name, const std::string& help,
                    std::string actions);
// --dry-run and --format text|json, as every command that writes has them.
void add_write_options(CLI::App* command, bool& dry_run, std::string& format);

struct ReceiptOptions {
  PayOptions pay;
  ApplyOptions apply;
  RefundOptions refund;
  WriteoffOptions writeoff;
  DisputeOptions dispute;
  StatementOptions statement;
};

// pay, apply, refund, writeoff, dispute, statement (app_receipts.cpp).
void declare_receipts(CLI::App& app, Runner& chosen, ReceiptOptions& options);

struct InvoicingOptions {
  CustomerAddOptions customer_add;
  CustomerListOptions customer_list;
  CustomerShowOptions customer_show;
  CustomerSetOptions customer_set;
  CustomerExportDataOptions customer_export_data; // privacy
  CustomerForgetOptions customer_forget;          // privacy
  InvoiceNewOptions invoice_new;
  InvoiceIssueOptions invoice_issue;
  InvoiceVoidOptions invoice_void;
  InvoiceListOptions invoice_list;
  InvoiceShowOptions invoice_show;
  InvoiceRenderOptions invoice_render;
  CreditOptions credit;
  RecurOptions recur;
};

// customer, invoice, credit, recur (app_invoicing.cpp).
void declare_invoicing(CLI::App& app, Runner& chosen, InvoicingOptions& o);

struct TeamOptions { // teamwork (issue 17)
  MergeDriverOptions merge_driver;
  GitSetupOptions git_setup;
  AuditOptions audit;
  LogOptions log;
};

// merge-driver, git setup, seal, log, check --audit (app_team.cpp).
void declare_team(CLI::App& app, Runner& chosen, TeamOptions& o);

// privacy: security status/rekey (app_privacy.cpp).
struct PrivacyOptions {
  SecurityRekeyOptions rekey;
  BackupOptions backup;
  RestoreOptions restore;
};
void declare_privacy(CLI::App& app, Runner& chosen, PrivacyOptions& o);

} // namespace dues::cli
