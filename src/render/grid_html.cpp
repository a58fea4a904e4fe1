// `--format html` of the reports: one page with inline CSS and inline SVG, nothing
// fetched and no script (a Content-Security-Policy says so to the browser too).
#include "render/grid.hpp"
#include "render/statement_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace dues::render {
namespace {

constexpr std::string_view k_style = R"(body { font: 14px/1.4 "DejaVu Sans", "Noto Sans CJK SC", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1.6em 0 .4em; }
dl.facts { display: flex; gap: 2em; margin: 0 0 1em; }
dl.facts dt { color: #666; } dl.facts dd { margin: 0; font-weight: bold; }
table { border-collapse: collapse; margin: .3em 0 1em; }
th, td { padding: .25em .7em; border-bottom: 1px solid #ddd; text-align: left; }
th { background: #f3f3f3; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td.date { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #888; }
figure { margin: 1em 0; } figcaption { font-weight: bold; margin-bottom: .3em; }
svg text { font: 11px sans-serif; fill: #333; }
.warnings { color: #a40000; } .notes { color: #555; font-size: .9em; }
)";

constexpr std::array<std::string_view, 8> k_colours{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                    "#59a14f", "#edc948", "#b07aa1", "#9c755f"};

constexpr int k_plot_height = 200;
constexpr int k_bar_width = 28;
constexpr int k_gap = 14;
constexpr int k_left = 10;
constexpr int k_top = 10;

// A value scaled to pixels: value * k_plot_height / max, rounded half up, never below 0.
std::int64_t bar_pixels(std::int64_t value, std::int64_t max) {
  if (value <= 0 || max <= 0) {
    return 0;
  }
  return static_cast<std::int64_t>(
      divide_rounded(Int128{value} * k_plot_height, max, RoundingMode::half_up));
}

std::string value_text(std::int64_t value, int decimals) {
  Int128 scale = 1;
  for (int i = 0; i < decimals; ++i) {
    scale *= 10;
  }
  return query::format_ratio({value, scale}, decimals);
}

// The height of the tallest bar: the largest stack (or single value).
std::int64_t chart_max(const Chart& chart) {
  std::int64_t max = 0;
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    std::int64_t stack = 0;
    for (const auto& series : chart.values) {
      const std::int64_t value = std::max<std::int64_t>(0, series[c]);
      stack = chart.stacked ? stack + value : std::max(stack, value);
    }
    max = std::max(max, stack);
  }
  return max;
}

void svg_chart(std::ostream& out, const Chart& chart) {
  const std::size_t series_count = chart.values.size();
  const int per_category =
      chart.stacked ? k_bar_width : k_bar_width * static_cast<int>(std::max<std::size_t>(1, series_count));
  const int width =
      k_left * 2 + static_cast<int>(chart.categories.size()) * (per_category + k_gap) + 160;
  const int height = k_top + k_plot_height + 70;
  const std::int64_t max = chart_max(chart);
  out << "<figure>\n<figcaption>" << html_escape(chart.title) << "</figcaption>\n"
      << fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" "
                     "viewBox=\"0 0 {} {}\" role=\"img\" data-max=\"{}\">\n",
                     width, height, width, height, max);
  const int baseline = k_top + k_plot_height;
  out << fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#888\"/>\n", k_left,
                     baseline, width - 160, baseline);
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    const int x0 = k_left + static_cast<int>(c) * (per_category + k_gap);
    std::int64_t stacked = 0;
    for (std::size_t s = 0; s < series_count; ++s) {
      const std::int64_t value = chart.values[s][c];
      const std::int64_t h = bar_pixels(value, max);
      const int x = chart.stacked ? x0 : x0 + static_cast<int>(s) * k_bar_width;
      const std::int64_t y = baseline - stacked - h;
      out << fmt::format("<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                         "fill=\"{}\" data-series=\"{}\" data-category=\"{}\" "
                         "data-value=\"{}\"><title>{} {}: {}</title></rect>\n",
                         x, y, k_bar_width - 2, h, k_colours[s % k_colours.size()],
                         html_escape(chart.series_names[s]), html_escape(chart.categories[c]),
                         value, html_escape(chart.categories[c]),
                         html_escape(chart.series_names[s]), value_text(value, chart.decimals));
      if (chart.stacked) {
        stacked += h;
      }
    }
    out << fmt::format("<text x=\"{}\" y=\"{}\" transform=\"rotate(35 {} {})\">{}</text>\n", x0,
                       baseline + 14, x0, baseline + 14, html_escape(chart.categories[c]));
  }
  const int legend_x = width - 150;
  for (std::size_t s = 0; s < series_count; ++s) {
    const int y = k_top + static_cast<int>(s) * 18;
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>"
                       "<text x=\"{}\" y=\"{}\">{}</text>\n",
                       legend_x, y, k_colours[s % k_colours.size()], legend_x + 16, y + 10,
                       html_escape(chart.series_names[s]));
  }
  out << "</svg>\n</figure>\n";
}

bool is_numeric(CellKind kind) {
  return kind == CellKind::money || kind == CellKind::count || kind == CellKind::number;
}

void html_row(std::ostream& out, const Section& section, const std::vector<Cell>& row,
              bool total) {
  out << (total ? "<tr class=\"total\">" : "<tr>");
  for (std::size_t c = 0; c < row.size(); ++c) {
    const bool numeric = c < section.columns.size() && is_numeric(section.columns[c].kind);
    const bool day = row[c].kind == CellKind::date;
    out << (numeric ? "<td class=\"num\">" : day ? "<td class=\"date\">" : "<td>")
        << html_escape(row[c].text) << "</td>";
  }
  out << "</tr>\n";
}

void html_section(std::ostream& out, const Section& section) {
  out << "<h2>" << html_escape(section.title) << "</h2>\n<table data-kind=\""
      << html_escape(section.kind) << "\">\n<thead><tr>";
  for (const GridColumn& column : section.columns) {
    out << (is_numeric(column.kind) ? "<th class=\"num\">" : "<th>") << html_escape(column.title)
        << "</th>";
  }
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : section.rows) {
    html_row(out, section, row, false);
  }
  if (section.total) {
    html_row(out, section, *section.total, true);
  }
  out << "</tbody>\n</table>\n";
}

} // namespace

void grid_html(std::ostream& out, const Grid& grid) {
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << html_escape(grid.title) << "</title>\n<style>\n"
      << k_style << "</style>\n</head>\n<body>\n<h1>" << html_escape(grid.title) << "</h1>\n";
  out << "<dl class=\"facts\">";
  for (const auto& [key, value] : grid.facts) {
    out << "<div><dt>" << html_escape(key) << "</dt><dd>" << html_escape(value) << "</dd></div>";
  }
  out << "</dl>\n";
  if (!grid.warnings.empty()) {
    out << "<ul class=\"warnings\">\n";
    for (const std::string& warning : grid.warnings) {
      out << "<li>" << html_escape(warning) << "</li>\n";
    }
    out << "</ul>\n";
  }
  // Each currency's charts sit beside the tables of the same currency.
  std::vector<bool> shown(grid.charts.size(), false);
  std::string currency = "\x01";
  for (const Section& section : grid.sections) {
    if (section.currency != currency) {
      currency = section.currency;
      for (std::size_t c = 0; c < grid.charts.size(); ++c) {
        if (!shown[c] && grid.charts[c].currency == currency) {
          svg_chart(out, grid.charts[c]);
          shown[c] = true;
        }
      }
    }
    html_section(out, section);
  }
  for (std::size_t c = 0; c < grid.charts.size(); ++c) {
    if (!shown[c]) {
      svg_chart(out, grid.charts[c]);
    }
  }
  if (grid.sections.empty()) {
    out << "<p>Nothing to report.</p>\n";
  }
  if (!grid.notes.empty()) {
    out << "<div class=\"notes\">\n";
    for (const std::string& note : grid.notes) {
      out << "<p>" << html_escape(note) << "</p>\n";
    }
    out << "</div>\n";
  }
  out << "</body>\n</html>\n";
}

} // namespace dues::render
