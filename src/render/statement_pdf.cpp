// The statement of account as PDF: per currency the movements with the running balance,
// the closing balance, the aging summary, and how to pay.
#include "render/invoice_pdf.hpp"
#include "render/pdf_parts.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

using pdf::Align;
using pdf::Column;

std::string movement_label(query::MovementKind kind, const DocumentLabels& labels) {
  switch (kind) {
  case query::MovementKind::invoice:
    return std::string(labels.invoice);
  case query::MovementKind::credit_note:
    return std::string(labels.credit_note);
  case query::MovementKind::payment:
    return std::string(labels.paid);
  default:
    return std::string(query::movement_name(kind));
  }
}

void add_block(pdf::Flow& flow, pdf::Canvas& canvas, const pdf::Frame& frame,
               const query::Statement& statement, const query::StatementBlock& block,
               const DocumentLabels& labels) {
  const std::string code(block.currency->code);
  flow.add(pdf::heading(canvas, frame, code));
  const int numbers = pdf::mm(28);
  const std::vector<Column> columns{
      {pdf::mm(24), Align::left}, {pdf::mm(30), Align::left},
      {pdf::mm(34), Align::left}, {frame.width - pdf::mm(88) - 2 * numbers, Align::left},
      {numbers, Align::right},    {numbers, Align::right}};
  flow.start_table(pdf::table_row(canvas, frame, columns,
                                  {std::string(labels.date), std::string(labels.kind),
                                   std::string(labels.number), std::string(labels.detail),
                                   std::string(labels.amount), std::string(labels.balance)},
                                  true));
  const std::string first = statement.from ? format_date(*statement.from) : "";
  flow.add(pdf::table_row(
      canvas, frame, columns,
      {first, std::string(labels.opening), "", "", "", format_amount(block.opening)}, false, true));
  for (const query::Movement& movement : block.movements) {
    flow.add(pdf::table_row(canvas, frame, columns,
                            {format_date(movement.date), movement_label(movement.kind, labels),
                             movement.document, movement.detail, format_amount(movement.amount),
                             format_amount(movement.balance)}));
  }
  flow.add(pdf::table_row(canvas, frame, columns,
                          {format_date(statement.to), std::string(labels.closing), "", "", "",
                           format_amount(block.closing)},
                          false, true));
  flow.end_table();
  // The aging of the closing balance: one column per bucket, then credit and total.
  std::vector<Column> aging_columns;
  std::vector<std::string> names;
  std::vector<std::string> amounts;
  const std::size_t count = block.aging.columns.size() + 2;
  const int width = frame.width / static_cast<int>(count);
  for (std::size_t i = 0; i < block.aging.columns.size(); ++i) {
    aging_columns.push_back({width, Align::right});
    names.push_back(i < statement.aging_labels.size() ? statement.aging_labels[i] : "");
    amounts.push_back(format_amount(block.aging.columns[i]));
  }
  aging_columns.push_back({width, Align::right});
  names.emplace_back(labels.credit);
  amounts.push_back(format_amount(block.aging.unapplied));
  aging_columns.push_back({width, Align::right});
  names.push_back(fmt::format("{} {}", labels.total, code));
  amounts.push_back(format_amount(block.aging.total));
  flow.add(pdf::gap(pdf::mm(2)));
  flow.add(pdf::heading(canvas, frame, labels.aging));
  flow.start_table(pdf::table_row(canvas, frame, aging_columns, names, true));
  flow.add(pdf::table_row(canvas, frame, aging_columns, amounts, false, true));
  flow.end_table();
  flow.add(pdf::gap(pdf::mm(4)));
}

} // namespace

void statement_pdf(std::ostream& out, const query::Statement& statement,
                   const syntax::Settings& settings, std::optional<std::int64_t> made) {
  const DocumentLabels& labels = document_labels(settings.documents.language);
  pdf::LetterheadText head;
  head.title = std::string(labels.statement);
  head.facts.push_back({std::string(labels.customer), statement.customer_id});
  head.facts.push_back({std::string(labels.period),
                        statement.from ? fmt::format("{} – {}", format_date(*statement.from),
                                                     format_date(statement.to))
                                       : fmt::format("– {}", format_date(statement.to))});
  head.recipient = statement.customer_name;
  head.address = statement.customer_address;
  head.tax_id = statement.customer_tax_id;
  head.running_head =
      fmt::format("{} {} · {}", head.title, statement.customer_id, labels.continued);
  pdf::Canvas canvas(pdf::paper_of(settings),
                     pdf::metadata_of(settings,
                                      fmt::format("{} {}", head.title, statement.customer_id),
                                      format_date(statement.to), made));
  const pdf::Frame frame = pdf::page_frame(canvas);
  const pdf::Letterhead letterhead(canvas, settings, labels, head);
  pdf::Flow flow;
  bool owes = false;
  for (const query::StatementBlock& block : statement.blocks) {
    add_block(flow, canvas, frame, statement, block, labels);
    owes = owes || block.closing.is_positive();
  }
  if (owes) {
    pdf::PaymentRequest request;
    request.reference = statement.customer_id;
    flow.add(pdf::heading(canvas, frame, labels.payment));
    flow.add(pdf::payment_block(canvas, frame, settings, labels, request));
  }
  pdf::finish_document(canvas, flow, letterhead, out);
}

} // namespace dues::render
