#pragma once

#include "cli/context.hpp"

#include <optional>
#include <string>
#include <vector>

namespace dues::cli {

// Output formats shared by the reports.
enum class Format { table, csv, json, html, text };

// Parses a --format value among `allowed`; anything else is a usage error.
Format format_argument(std::string_view text, std::initializer_list<Format> allowed);

struct InitOptions {
  std::string dir = ".";
  std::string currency = "EUR";
  std::string company = "Example Company";
};
ExitCode run_init(Context& ctx, const InitOptions& options);

ExitCode run_check(Context& ctx);

struct FmtOptions {
  bool check = false;
};
ExitCode run_fmt(Context& ctx, const FmtOptions& options);

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
};
ExitCode run_statement(Context& ctx, const StatementOptions& options);

} // namespace dues::cli
