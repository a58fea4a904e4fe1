#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

// The drawing surface of the PDF documents (cairo + pango, fonts through fontconfig).
// Every length is an int in Pango units (1/1024 pt), so no floating-point number is
// written in dues' code; cairo gets points at the last step.
namespace dues::render::pdf {

constexpr int k_point = 1024; // PANGO_SCALE: one typographic point

// A length in millimetres as Pango units (1 mm = 72/25.4 pt).
constexpr int mm(int millimetres) {
  return static_cast<int>(static_cast<long long>(millimetres) * 72 * k_point * 10 / 254);
}

enum class Paper { a4, letter };

enum class Align { left, right };

// What kind of text: size and weight.
enum class Style { normal, small, bold, title, heading };

// What the PDF says about itself. `created` (ISO 8601, "2026-03-01T00:00:00Z") is its
// CreationDate and ModDate: the document's date at midnight UTC, or SOURCE_DATE_EPOCH,
// never the clock, so the same ledger gives the same bytes.
struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string date;     // the document's date, YYYY-MM-DD
  std::string language; // en | de | fr | zh | ja: picks the CJK glyph variant
  std::string created;  // the time the PDF says it was made; empty: `date` at 00:00:00Z
};

class Canvas;

// One laid-out piece of text; measured once, drawn any number of times.
class Text {
public:
  Text() = default;
  int width() const;
  int height() const;
  bool empty() const { return m_layout == nullptr; }

private:
  friend class Canvas;
  std::shared_ptr<void> m_layout; // a PangoLayout
  Align m_align = Align::left;
  int m_box = 0; // the width it is aligned in (0: its own width)
};

// A PDF written to a stream when finished: pages of one size, text drawn with pango.
class Canvas {
public:
  // Checks that the fonts are installed (a missing font is an environment error that
  // names the Debian package), then starts the first page.
  Canvas(Paper paper, const Metadata& metadata);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  int width() const { return m_width; }
  int height() const { return m_height; }

  // Lays out UTF-8 text; with `box` > 0 it wraps at that width, and a right-aligned
  // text is aligned within it.
  Text text(std::string_view utf8, Style style, int box = 0, Align align = Align::left);
  // Draws a text with its top-left corner (or the box's) at x, y.
  void draw(const Text& text, int x, int y);
  // A horizontal rule from x to x + length at y; grey when `light`.
  void rule(int x, int y, int length, bool light = false);
  // A light grey band behind a table header.
  void band(int x, int y, int width, int height);
  // A QR code (libqrencode, error correction M) of `payload` in a square of `size`,
  // quiet zone included. Returns false when the payload does not fit in a QR code.
  bool qr(std::string_view payload, int x, int y, int size);
  // A PNG image scaled to fit in the box, keeping its proportions. Returns false when
  // the bytes are not a PNG cairo reads.
  bool png(const std::string& bytes, int x, int y, int max_width, int max_height);
  void next_page();
  // Ends the last page and writes the whole PDF to `out`.
  void finish(std::ostream& out);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  int m_width = 0;
  int m_height = 0;
};

} // namespace dues::render::pdf
