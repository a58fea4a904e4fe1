// The PDF surface: cairo draws, pango lays out text (fonts found through fontconfig),
// libqrencode makes QR codes. Lengths stay ints in Pango units until cairo needs points.
#include "render/pdf_canvas.hpp"

#include "base/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>

#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

namespace dues::render::pdf {
namespace {

// The fonts documents are set in, and the Debian package that has each.
struct FontFamily {
  const char* family;
  const char* package;
};
constexpr FontFamily k_latin{"DejaVu Sans", "fonts-dejavu-core"};
constexpr FontFamily k_cjk_sc{"Noto Sans CJK SC", "fonts-noto-cjk"};
constexpr FontFamily k_cjk_jp{"Noto Sans CJK JP", "fonts-noto-cjk"};

// True when fontconfig resolves `family` to itself (not a fallback).
bool font_installed(const char* family) {
  FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family));
  FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* match = FcFontMatch(nullptr, pattern, &result);
  bool found = false;
  if (match != nullptr) {
    FcChar8* name = nullptr;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
      if (FcStrCmpIgnoreCase(name, reinterpret_cast<const FcChar8*>(family)) == 0) {
        found = true;
        break;
      }
    }
    FcPatternDestroy(match);
  }
  FcPatternDestroy(pattern);
  return found;
}

// Throws an environment error naming the package of the first missing font.
void require_fonts() {
  static std::once_flag checked;
  static std::string missing;
  std::call_once(checked, [] {
    for (const FontFamily& font : {k_latin, k_cjk_sc, k_cjk_jp}) {
      if (!font_installed(font.family)) {
        missing = fmt::format("the font '{}' is not installed (fontconfig does not find it); "
                              "PDF documents need it: install the Debian package {}",
                              font.family, font.package);
        return;
      }
    }
  });
  if (!missing.empty()) {
    throw Error(ErrorKind::environment, missing);
  }
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct PngSource {
  const std::string* bytes;
  std::size_t offset = 0;
};

cairo_status_t read_bytes(void* closure, unsigned char* data, unsigned int length) {
  auto* source = static_cast<PngSource*>(closure);
  if (source->bytes->size() - source->offset < length) {
    return CAIRO_STATUS_READ_ERROR;
  }
  std::memcpy(data, source->bytes->data() + source->offset, length);
  source->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

constexpr std::size_t k_styles = 5;

// True when the text has hiragana or katakana, so it is Japanese.
bool has_kana(std::string_view utf8) {
  // U+3040..U+30FF are E3 81 80 .. E3 83 BF in UTF-8.
  for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
    if (static_cast<unsigned char>(utf8[i]) == 0xE3) {
      const auto next = static_cast<unsigned char>(utf8[i + 1]);
      if (next >= 0x81 && next <= 0x83) {
        return true;
      }
    }
  }
  return false;
}

// pango_units_to_double, named for what it is here.
auto points(int units) {
  return pango_units_to_double(units);
}

} // namespace

struct Canvas::Impl {
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  PangoContext* context = nullptr;
  std::array<PangoFontDescription*, 2 * k_styles> fonts{}; // Chinese forms, then Japanese
  bool japanese = false;                                   // a Japanese document
};

int Text::width() const {
  int width = 0;
  int height = 0;
  pango_layout_get_size(static_cast<PangoLayout*>(m_layout.get()), &width, &height);
  return std::max(width, m_box);
}

int Text::height() const {
  int width = 0;
  int height = 0;
  pango_layout_get_size(static_cast<PangoLayout*>(m_layout.get()), &width, &height);
  return height;
}

Canvas::Canvas(Paper paper, const Metadata& metadata) : m_impl(std::make_unique<Impl>()) {
  require_fonts();
  // A4 is 210 x 297 mm; US Letter 8.5 x 11 in (612 x 792 pt).
  m_width = paper == Paper::a4 ? mm(210) : 612 * k_point;
  m_height = paper == Paper::a4 ? mm(297) : 792 * k_point;
  Impl& impl = *m_impl;
  impl.surface = cairo_pdf_surface_create_for_stream(append_bytes, &impl.bytes, points(m_width),
                                                     points(m_height));
  cairo_pdf_surface_restrict_to_version(impl.surface, CAIRO_PDF_VERSION_1_5);
  // The same document gives the same bytes: the dates are the document's (or
  // SOURCE_DATE_EPOCH), not now.
  const std::string when =
      metadata.created.empty() ? metadata.date + "T00:00:00Z" : metadata.created;
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_CREATE_DATE, when.c_str());
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_MOD_DATE, when.c_str());
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author.c_str());
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_SUBJECT,
                                 metadata.subject.c_str());
  cairo_pdf_surface_set_metadata(impl.surface, CAIRO_PDF_METADATA_CREATOR, "dues");
  impl.cr = cairo_create(impl.surface);
  impl.context = pango_cairo_create_context(impl.cr);
  // One user unit is one point: sizes in points mean points (pango assumes 96 dpi).
  pango_cairo_context_set_resolution(impl.context, 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(impl.context, options);
  cairo_font_options_destroy(options);
  pango_context_set_language(impl.context, pango_language_from_string(metadata.language.c_str()));
  // Latin text in DejaVu Sans; Chinese and Japanese in Noto Sans CJK: the Japanese
  // glyph forms for text with kana and on Japanese documents, the Chinese ones elsewhere.
  for (const bool japanese : {false, true}) {
    const std::string families =
        japanese ? fmt::format("{},{},{}", k_latin.family, k_cjk_jp.family, k_cjk_sc.family)
                 : fmt::format("{},{},{}", k_latin.family, k_cjk_sc.family, k_cjk_jp.family);
    struct Size {
      Style style;
      int size; // in tenths of a point
      bool bold;
    };
    for (const Size& size : {Size{Style::normal, 90, false}, Size{Style::small, 75, false},
                             Size{Style::bold, 90, true}, Size{Style::title, 180, true},
                             Size{Style::heading, 105, true}}) {
      PangoFontDescription* font = pango_font_description_from_string(families.c_str());
      pango_font_description_set_size(font, size.size * k_point / 10);
      pango_font_description_set_weight(font, size.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      impl.fonts.at(static_cast<std::size_t>(size.style) + (japanese ? k_styles : 0)) = font;
    }
  }
  impl.japanese = metadata.language == "ja";
}

Canvas::~Canvas() {
  for (PangoFontDescription* font : m_impl->fonts) {
    if (font != nullptr) {
      pango_font_description_free(font);
    }
  }
  if (m_impl->context != nullptr) {
    g_object_unref(m_impl->context);
  }
  if (m_impl->cr != nullptr) {
    cairo_destroy(m_impl->cr);
  }
  if (m_impl->surface != nullptr) {
    cairo_surface_destroy(m_impl->surface);
  }
}

Text Canvas::text(std::string_view utf8, Style style, int box, Align align) {
  PangoLayout* layout = pango_layout_new(m_impl->context);
  const bool japanese = m_impl->japanese || has_kana(utf8);
  pango_layout_set_font_description(
      layout, m_impl->fonts.at(static_cast<std::size_t>(style) + (japanese ? k_styles : 0)));
  pango_layout_set_text(layout, utf8.data(), static_cast<int>(utf8.size()));
  if (box > 0) {
    pango_layout_set_width(layout, box);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout,
                               align == Align::right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  }
  Text text;
  text.m_layout = std::shared_ptr<void>(layout, [](void* object) { g_object_unref(object); });
  text.m_align = align;
  text.m_box = box;
  return text;
}

void Canvas::draw(const Text& text, int x, int y) {
  if (text.empty()) {
    return;
  }
  cairo_move_to(m_impl->cr, points(x), points(y));
  pango_cairo_show_layout(m_impl->cr, static_cast<PangoLayout*>(text.m_layout.get()));
}

void Canvas::rule(int x, int y, int length, bool light) {
  cairo_t* cr = m_impl->cr;
  cairo_save(cr);
  if (light) {
    cairo_set_source_rgb(cr, 0.8, 0.8, 0.8);
  }
  cairo_set_line_width(cr, points(light ? k_point / 2 : k_point * 3 / 4));
  cairo_move_to(cr, points(x), points(y));
  cairo_line_to(cr, points(x + length), points(y));
  cairo_stroke(cr);
  cairo_restore(cr);
}

void Canvas::band(int x, int y, int width, int height) {
  cairo_t* cr = m_impl->cr;
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.93, 0.93, 0.93);
  cairo_rectangle(cr, points(x), points(y), points(width), points(height));
  cairo_fill(cr);
  cairo_restore(cr);
}

bool Canvas::qr(std::string_view payload, int x, int y, int size) {
  const std::string text(payload);
  QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == nullptr) {
    return false;
  }
  const int modules = code->width;
  const int module = size / (modules + 8); // four modules of quiet zone on each side
  const int left = x + (size - module * modules) / 2;
  const int top = y + (size - module * modules) / 2;
  cairo_t* cr = m_impl->cr;
  for (int row = 0; row < modules; ++row) {
    for (int column = 0; column < modules; ++column) {
      if ((code->data[row * modules + column] & 1) != 0) {
        cairo_rectangle(cr, points(left + column * module), points(top + row * module),
                        points(module), points(module));
      }
    }
  }
  cairo_fill(cr);
  QRcode_free(code);
  return true;
}

bool Canvas::png(const std::string& bytes, int x, int y, int max_width, int max_height) {
  PngSource source{&bytes};
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_bytes, &source);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(image);
    return false;
  }
  const int pixels_wide = cairo_image_surface_get_width(image);
  const int pixels_high = cairo_image_surface_get_height(image);
  const auto scale = std::min(points(max_width) / pixels_wide, points(max_height) / pixels_high);
  cairo_t* cr = m_impl->cr;
  cairo_save(cr);
  cairo_translate(cr, points(x), points(y));
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
  return true;
}

void Canvas::next_page() {
  cairo_show_page(m_impl->cr);
}

void Canvas::finish(std::ostream& out) {
  cairo_surface_finish(m_impl->surface);
  if (cairo_surface_status(m_impl->surface) != CAIRO_STATUS_SUCCESS) {
    throw Error(ErrorKind::internal,
                fmt::format("cairo could not write the PDF: {}",
                            cairo_status_to_string(cairo_surface_status(m_impl->surface))));
  }
  out << m_impl->bytes;
}

} // namespace dues::render::pdf
