// Finding the header row of a bank export, and cleaning cells as the profile says.
#include "bank/header.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::bank {

std::string_view trim_padding(std::string_view text) {
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (const std::string_view pad : {" ", "\t", "\r", "\n", "\u00A0", "\u3000"}) {
      if (text.starts_with(pad)) {
        text.remove_prefix(pad.size());
        changed = true;
      }
      if (text.ends_with(pad)) {
        text.remove_suffix(pad.size());
        changed = true;
      }
    }
  }
  return text;
}

std::string clean_cell(std::string_view text, const Profile& profile) {
  bool changed = true;
  while (changed) {
    changed = false;
    if (profile.trim) {
      const std::string_view trimmed = trim_padding(text);
      changed = trimmed.size() != text.size();
      text = trimmed;
    }
    for (const std::string& strip : profile.strip) {
      if (!strip.empty() && text.starts_with(strip)) {
        text.remove_prefix(strip.size());
        changed = true;
      }
      if (!strip.empty() && text.ends_with(strip)) {
        text.remove_suffix(strip.size());
        changed = true;
      }
    }
  }
  return std::string(text);
}

void read_header(const Profile& profile, CsvReader& reader, Statement& statement) {
  for (int i = 0; i < profile.skip_lines && reader.skip_line(); ++i) {
  }
  if (!profile.header) {
    return;
  }
  const CsvDialect dialect{profile.delimiter, profile.quote};
  CsvRow row;
  while (true) {
    const int line = reader.line();
    if (!profile.header_row.empty()) {
      std::string_view text;
      if (!reader.skip_line(&text)) {
        break;
      }
      std::vector<std::string> cells = split_csv_line(text, dialect);
      for (std::string& cell : cells) {
        cell = clean_cell(cell, profile);
      }
      const bool all = std::all_of(
          profile.header_row.begin(), profile.header_row.end(), [&](const std::string& name) {
            return std::find(cells.begin(), cells.end(), name) != cells.end();
          });
      if (all) {
        statement.header_line = line;
        statement.header = std::move(cells);
        return;
      }
      continue;
    }
    if (!reader.next(row)) {
      break;
    }
    if (!row.is_blank()) {
      statement.header_line = line;
      for (const CsvField& field : row.fields) {
        statement.header.push_back(clean_cell(field.text, profile));
      }
      return;
    }
  }
  std::string names;
  for (const std::string& name : profile.header_row) {
    names += fmt::format("{}'{}'", names.empty() ? "" : ", ", name);
  }
  throw Error(ErrorKind::invalid_input, SourceLoc{statement.path, 0, 0},
              profile.header_row.empty()
                  ? fmt::format("no header row after the {} lines bank profile '{}' skips",
                                profile.skip_lines, profile.name)
                  : fmt::format("no line holds the header cells {} (header-row of bank profile "
                                "'{}')",
                                names, profile.name));
}

std::string other_format_hint(const std::vector<std::string>& header) {
  const std::string_view first = header.empty() ? std::string_view() : header.front();
  if (first.starts_with("<?xml") || first.starts_with("<Document")) {
    return "; this file looks like XML (an ISO 20022 camt.053/054 statement?), not CSV: bank "
           "profiles read CSV exports, camt files are read without a profile (--input-format "
           "camt053 or camt054)";
  }
  if (first.starts_with(":20:") || first.starts_with("{1:") || first.starts_with(":940:")) {
    return "; this file looks like a SWIFT MT940 statement, not CSV: bank profiles read CSV "
           "exports, MT940 files are read without a profile (--input-format mt940)";
  }
  return {};
}

} // namespace dues::bank
