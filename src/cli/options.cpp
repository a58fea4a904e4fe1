#include "cli/commands.hpp"

#include <fmt/format.h>

namespace dues::cli {
namespace {

std::string_view format_name(Format format) {
  switch (format) {
  case Format::table:
    return "table";
  case Format::csv:
    return "csv";
  case Format::json:
    return "json";
  case Format::html:
    return "html";
  case Format::text:
    return "text";
  case Format::xlsx:
    return "xlsx";
  case Format::pdf:
    return "pdf";
  }
  return "table";
}

} // namespace

Format format_argument(std::string_view text, std::initializer_list<Format> allowed) {
  std::string names;
  for (const Format format : allowed) {
    if (format_name(format) == text) {
      return format;
    }
    names += names.empty() ? "" : ", ";
    names += format_name(format);
  }
  throw Error(ErrorKind::usage, fmt::format("--format: expected one of {}, not '{}'", names, text));
}

void begin_csv(std::ostream& out, const Context& ctx, const syntax::Settings& settings) {
  if (ctx.csv_bom || settings.output.csv_bom) {
    out << "\xEF\xBB\xBF";
  }
}

} // namespace dues::cli
