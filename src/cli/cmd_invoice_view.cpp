// dues invoice list | show | render: read-only views of invoices and drafts.
#include "base/file.hpp"
#include "cli/environment.hpp"
#include "model/suggestions.hpp" // hardening: one "unknown customer"
#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/invoicing.hpp"
#include "query/invoice_detail.hpp"
#include "render/csv.hpp"
#include "render/invoice_pdf.hpp"
#include "render/invoice_view.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "syntax/invoice_template.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <sstream>

namespace dues::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 8> k_statuses = {
    "open", "paid", "overdue", "partially-paid", "disputed", "written-off", "void", "draft"};

// One draft as `dues invoice list --status draft` shows it: its invoice as it would be
// issued today, or the reason it cannot be.
struct DraftRow {
  std::string name;
  std::string customer;
  std::string total;
  std::string currency;
  std::string problem;
};

std::vector<DraftRow> draft_rows(Context& ctx, const Ledger& ledger,
                                 const std::optional<std::string>& customer) {
  std::vector<DraftRow> rows;
  for (const fs::path& file : draft_files(ctx.ledger_dir())) {
    DraftRow row;
    row.name = file.stem().string();
    const std::string shown = "drafts/" + file.filename().string();
    Diagnostics diags;
    const auto draft = syntax::read_draft(read_file(file, shown), shown, diags);
    row.customer = draft.customer;
    if (customer && draft.customer != *customer) {
      continue;
    }
    try {
      if (!diags.empty()) {
        throw diags.errors().front();
      }
      const syntax::Entry entry = preview_draft(ledger, draft, ctx.today);
      const std::string total = total_text(entry);
      row.total = total.substr(0, total.find(' '));
      row.currency = entry.currency.value;
    } catch (const Error& error) {
      row.problem = error.what();
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

ExitCode list_drafts(Context& ctx, const Ledger& ledger, const InvoiceListOptions& options,
                     Format format) {
  const std::vector<DraftRow> rows = draft_rows(ctx, ledger, options.customer);
  if (format == Format::text) { // --format ids: the names, whether or not they can be issued
    for (const DraftRow& row : rows) {
      ctx.out << row.name << '\n';
    }
    return ExitCode::ok;
  }
  if (format == Format::json) {
    render::JsonWriter json(ctx.out);
    json.begin_array();
    for (const DraftRow& row : rows) {
      json.begin_object();
      json.key("draft").value(row.name);
      json.key("customer").value(row.customer);
      row.total.empty() ? json.key("total").null() : json.key("total").value(row.total);
      json.key("currency").value(row.currency);
      row.problem.empty() ? json.key("problem").null() : json.key("problem").value(row.problem);
      json.end_object();
    }
    json.end_array();
    json.finish();
  } else if (format == Format::csv) {
    begin_csv(ctx.out, ctx, ledger.settings);
    render::write_csv_row(ctx.out, {"draft", "customer", "total", "currency", "problem"});
    for (const DraftRow& row : rows) {
      render::write_csv_row(ctx.out,
                            {row.name, row.customer, row.total, row.currency, row.problem});
    }
  } else {
    render::Table table(
        {{"DRAFT"}, {"CUSTOMER"}, {"TOTAL", render::Align::right}, {"CCY"}, {"PROBLEM"}});
    for (const DraftRow& row : rows) {
      table.add_row({row.name, row.customer, row.total, row.currency, row.problem},
                    row.problem.empty() ? render::RowStyle::normal : render::RowStyle::alert);
    }
    table.print(ctx.out, ctx.colour);
  }
  const bool any_problem = std::any_of(rows.begin(), rows.end(),
                                       [](const DraftRow& row) { return !row.problem.empty(); });
  return any_problem ? ExitCode::attention : ExitCode::ok;
}

std::uint32_t document_index(const Ledger& ledger, const std::string& id) {
  const IdRef* ref = ledger.find_id(id);
  if (ref == nullptr || ref->kind != IdKind::document) {
    throw Error(ErrorKind::usage, fmt::format("no invoice or credit note '{}' in the journal", id));
  }
  return ref->index;
}

} // namespace

ExitCode run_invoice_list(Context& ctx, const InvoiceListOptions& options) {
  // `ids` (one id or draft name per line, for shell completion) is this command's own format;
  // `document-ids` lists credit notes too (hardening, issue 21.14: `invoice show CN-...`).
  const bool documents = options.format == "document-ids";
  const bool ids = options.format == "ids" || documents;
  if (documents && options.status) {
    throw Error(ErrorKind::usage, "--format document-ids lists every invoice and credit note; "
                                  "it takes no --status");
  }
  const Format format =
      ids ? Format::text
          : format_argument(options.format, {Format::table, Format::csv, Format::json});
  if (options.status
      && std::find(k_statuses.begin(), k_statuses.end(), *options.status) == k_statuses.end()) {
    throw Error(ErrorKind::usage,
                fmt::format("--status: expected open, paid, overdue, partially-paid, disputed, "
                            "written-off, void or draft, not '{}'",
                            *options.status));
  }
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  ctx.lists_drafts = options.status == "draft"; // shown with their problems below
  const Ledger ledger = load_ledger(ctx, LoadMode::balances);
  std::optional<std::uint32_t> customer;
  if (options.customer) {
    const std::uint32_t* it = ledger.find_customer_index(*options.customer);
    if (it == nullptr) {
      throw Error(ErrorKind::usage, "--customer: " + unknown_customer(*options.customer,
                                                                      ledger.customers));
    }
    customer = *it;
  }
  if (options.status == "draft") {
    return list_drafts(ctx, ledger, options, format);
  }
  if (documents) {
    for (const Document& document : ledger.documents) {
      if (!customer || document.customer == *customer) {
        ctx.out << document.id << '\n';
      }
    }
    return ExitCode::ok;
  }
  const Balances balances = balances_as_of(ledger, as_of);
  const auto rows = query::invoice_rows(ledger, balances, customer, options.status);
  switch (format) {
  case Format::text: // --format ids
    for (const query::InvoiceRow& row : rows) {
      ctx.out << ledger.documents[row.index].id << '\n';
    }
    break;
  case Format::csv:
    begin_csv(ctx.out, ctx, ledger.settings);
    render::invoice_list_csv(ctx.out, ledger, rows);
    break;
  case Format::json:
    render::invoice_list_json(ctx.out, ledger, rows);
    break;
  default:
    render::invoice_list_table(ctx.out, ledger, rows, ctx.colour);
    break;
  }
  return ExitCode::ok;
}

ExitCode run_invoice_show(Context& ctx, const InvoiceShowOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::json});
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  const Ledger ledger = load_ledger(ctx, DetailsOf{{options.id}}); // its details only
  const std::uint32_t index = document_index(ledger, options.id);
  const query::InvoiceDetail detail =
      query::invoice_detail(ledger, balances_as_of(ledger, as_of), index);
  if (format == Format::json) {
    render::invoice_show_json(ctx.out, detail);
  } else {
    render::invoice_show_text(ctx.out, detail, ctx.colour);
  }
  return ExitCode::ok;
}

ExitCode run_invoice_render(Context& ctx, const InvoiceRenderOptions& options) {
  const Format format = format_argument(options.format, {Format::text, Format::html, Format::pdf});
  const bool per_document = options.output && options.output->find("{id}") != std::string::npos;
  if (options.ids.size() > 1 && !per_document) {
    throw Error(ErrorKind::usage, "several documents need --output with {id} in the file name, "
                                  "such as --output 'pdf/{id}.pdf'");
  }
  Ledger ledger = load_ledger(ctx, DetailsOf{options.ids}); // their details only
  std::vector<std::uint32_t> indexes;
  for (const std::string& id : options.ids) {
    indexes.push_back(document_index(ledger, id));
  }
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  const Balances balances = balances_as_of(ledger, as_of);
  if (format == Format::pdf) {
    read_logo(ctx, ledger.settings);
  }
  for (const std::uint32_t index : indexes) {
    const query::InvoiceDetail detail = query::invoice_detail(ledger, balances, index);
    std::ostringstream page;
    if (format == Format::pdf) {
      render::invoice_document_pdf(page, detail, ledger.settings, source_date_epoch());
    } else if (format == Format::html) {
      render::invoice_document_html(page, detail, ledger.settings);
    } else {
      render::invoice_document_text(page, detail, ledger.settings);
    }
    std::optional<std::string> output = options.output;
    if (per_document) {
      output = fill_id(*output, detail.document->id);
    }
    write_document(ctx, output, page.str());
  }
  return ExitCode::ok;
}

} // namespace dues::cli
