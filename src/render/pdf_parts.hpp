#pragma once

#include "render/document_labels.hpp"
#include "render/pdf_flow.hpp"
#include "syntax/settings.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The parts invoices, credit notes and statements share: the letterhead with the
// address in the envelope window, the footer, tables, headings and the ways to pay.
namespace dues::render::pdf {

// The printable area: margins of 20 mm left (DIN 5008) and 15 mm right.
struct Frame {
  int left = 0;
  int width = 0;
  int next_top = 0; // where the flow starts on pages after the first
  int bottom = 0;   // where the flow ends (the footer is below)
};
Frame page_frame(const Canvas& canvas);

// The paper and the language of the documents from [documents].
Paper paper_of(const syntax::Settings& settings);
// `made`: SOURCE_DATE_EPOCH, the PDF's CreationDate and ModDate; without it `date`.
Metadata metadata_of(const syntax::Settings& settings, std::string title, std::string date,
                     std::optional<std::int64_t> made);

struct Fact {
  std::string label;
  std::string value;
};

// What the first page says above the flow.
struct LetterheadText {
  std::string title;        // "Invoice"
  std::vector<Fact> facts;  // number, date, due date, ...
  std::string recipient;    // the customer's name
  std::string address;      // lines
  std::string tax_id;       // the customer's
  std::string running_head; // on later pages: "Invoice INV-2026-0001"
};

// The first page's top (company block, logo, the recipient in a DIN 5008 form B /
// C5-6 window, the document's facts) and every page's head and footer, measured once.
class Letterhead {
public:
  Letterhead(Canvas& canvas, const syntax::Settings& settings, const DocumentLabels& labels,
             const LetterheadText& text);
  // Where the flow starts on page 1.
  int first_top() const { return m_first_top; }
  void draw(Canvas& canvas, int page, int pages) const;

private:
  struct Placed {
    Text text;
    int x;
    int y;
  };
  std::vector<Placed> m_first; // page 1 only
  Text m_running_head;
  Text m_footer;
  const syntax::Settings& m_settings;
  const DocumentLabels& m_labels;
  Frame m_frame;
  int m_first_top = 0;
};

// Places the flow below the letterhead, draws every page and writes the PDF to `out`.
void finish_document(Canvas& canvas, const Flow& flow, const Letterhead& letterhead,
                     std::ostream& out);

// A table column: its width and alignment.
struct Column {
  int width = 0;
  Align align = Align::left;
};

// One row of a table; `header` draws it on a grey band, `bold` sets its text in bold.
Block table_row(Canvas& canvas, const Frame& frame, const std::vector<Column>& columns,
                const std::vector<std::string>& cells, bool header = false, bool bold = false);
// A heading above a section, kept with what follows.
Block heading(Canvas& canvas, const Frame& frame, std::string_view text);
// Wrapped text across the width.
Block paragraph(Canvas& canvas, const Frame& frame, std::string_view text,
                Style style = Style::normal);
// Label and amount pairs aligned at the right edge (totals); the last is the grand total
// when `total_last`.
Block amount_lines(Canvas& canvas, const Frame& frame, const std::vector<Fact>& lines,
                   bool total_last);
// Vertical space.
Block gap(int height);

// How to pay one document (or a statement's balance).
struct PaymentRequest {
  std::string sentence;                   // "Please pay 1440.00 EUR by 2026-02-14, quoting ..."
  std::string reference;                  // printed, and the EPC remittance
  std::optional<std::string> epc_payload; // EUR with an IBAN
  std::string pay_link;                   // [documents] pay-url filled in
};

// The payment section: bank details (IBAN/BIC, account and routing number, 开户行 and
// 账号), the reference, the payment link and the QR codes (EPC, Alipay, WeChat Pay)
// with their labels.
Block payment_block(Canvas& canvas, const Frame& frame, const syntax::Settings& settings,
                    const DocumentLabels& labels, const PaymentRequest& request);

} // namespace dues::render::pdf
