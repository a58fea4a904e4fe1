#include "syntax/journal_parser.hpp"

#include "base/money.hpp"
#include "base/suggest.hpp"
#include "base/text.hpp"
#include "syntax/journal_grammar.hpp"
#include "syntax/journal_values.hpp"
#include "syntax/line_reader.hpp"

#include <fmt/format.h>

#include <cstring>

namespace dues::syntax {
namespace {

using namespace journal_values; // NOLINT: the parser's own vocabulary

// Reads `key value` pairs into `owner` following `specs`.
template <typename Owner>
void read_attribute(ValueReader& values, Owner& owner, const AttributeSpec<Owner>& spec,
                    Field<std::string>* currency, bool need_ccy) {
  const Want want{{}, spec.key};
  std::visit(
      [&](auto member) {
        auto& field = owner.*member;
        using FieldType = std::remove_reference_t<decltype(field)>;
        if constexpr (std::is_same_v<FieldType, Field<Date>>) {
          values.date(field, want);
        } else if constexpr (std::is_same_v<FieldType, Field<Discount>>) {
          values.discount(field, want);
        } else if constexpr (std::is_same_v<FieldType, Field<Decimal>>) {
          if (spec.type == ValueType::percent) {
            values.percent(field, want);
          } else if (spec.type == ValueType::number) {
            values.number(field, want);
          } else {
            values.amount(field, want);
            if (spec.type == ValueType::amount_currency && currency != nullptr) {
              values.currency(*currency, need_ccy);
            }
          }
        } else if (spec.type == ValueType::text) {
          values.text(field, want);
        } else {
          values.word(field, want);
        }
      },
      spec.member);
}

template <typename Owner>
bool is_set(const Owner& owner, const AttributeSpec<Owner>& spec) {
  return std::visit([&](auto member) { return (owner.*member).set; }, spec.member);
}

template <typename Owner>
void read_attributes(LineReader& in, ValueReader& values, Owner& owner,
                     std::span<const AttributeSpec<Owner>> specs, unsigned kind_bit,
                     std::string_view phrase, Field<std::string>* currency, bool need_ccy) {
  while (!in.at_end()) {
    const Token key = in.next("an attribute");
    const AttributeSpec<Owner>* found = nullptr;
    for (const auto& spec : specs) {
      if (spec.key.size() == key.text.size() && spec.key[0] == key.text[0] && spec.key == key.text
          && (kind_bit == 0 || (spec.kinds & kind_bit) != 0)) {
        found = &spec;
        break;
      }
    }
    if (found == nullptr) {
      std::vector<std::string_view> keys; // hardening (issue 21.11): did you mean ...
      for (const auto& spec : specs) {
        if (kind_bit == 0 || (spec.kinds & kind_bit) != 0) {
          keys.push_back(spec.key);
        }
      }
      in.fail(key.column, fmt::format("unknown attribute '{}' for {}{}", key.text, phrase,
                                      did_you_mean(key.text, keys)));
    }
    if (is_set(owner, *found)) {
      in.fail(key.column, fmt::format("'{}' given twice", key.text));
    }
    read_attribute(values, owner, *found, currency, need_ccy);
  }
}

// The id a header line names, read leniently from a line that did not parse: its third
// word, when that is a valid id ("2026-01-36 invoice INV-2026-0002 ..."); else "".
std::string written_id(std::string_view text) {
  std::size_t at = 0;
  for (int word = 0; word < 2; ++word) {
    at = text.find(' ', at);
    if (at == std::string_view::npos) {
      return {};
    }
    at = text.find_first_not_of(' ', at);
    if (at == std::string_view::npos) {
      return {};
    }
  }
  const std::string_view id = text.substr(at, text.find(' ', at) - at);
  return is_valid_id(id) ? std::string(id) : std::string{};
}

class Parser {
public:
  Parser(const std::string& path, std::uint32_t file_index, EntrySink& sink, Diagnostics& diags,
         const ParseOptions& options)
      : m_path(path), m_file(file_index), m_sink(sink), m_diags(diags), m_options(options) {}

  void line(std::string_view text, std::uint32_t number, bool ascii);
  // A line that could not be read at all (bad bytes): its entry is not passed on.
  void bad_line(std::string_view text) {
    if (!text.starts_with(' ') && !text.starts_with('\t')) {
      close_entry();
      m_open = true;
      m_kind_known = false;
      m_entry.clear();
      m_written_id = written_id(text);
    }
    m_broken = true;
  }
  void finish() { close_entry(); }

private:
  void header(std::string_view text, Pos pos, bool ascii);
  void detail(std::string_view text, Pos pos, bool ascii);
  void close_entry();
  void fail(Pos pos, const std::string& message) {
    m_diags.add(Error(ErrorKind::invalid_input,
                      SourceLoc{m_path, static_cast<int>(pos.line), static_cast<int>(pos.column)},
                      message));
  }

  const std::string& m_path;
  std::uint32_t m_file;
  EntrySink& m_sink;
  Diagnostics& m_diags;
  const ParseOptions& m_options;
  Entry m_entry;
  bool m_open = false;   // an entry header was read and the entry is not closed yet
  bool m_broken = false; // the open entry had an error: do not pass it on
  // The open entry's keyword was read: its detail lines can be checked against it.
  bool m_kind_known = false;
  std::vector<std::string> m_pending_comments;
  std::string m_written_id; // a broken header's id, read leniently
};

void Parser::close_entry() {
  if (m_open && !m_broken) {
    m_entry.end_comments = std::move(m_pending_comments);
    m_sink.keep(m_entry);
  } else if (m_open) {
    const std::string_view id = m_entry.id.set ? std::string_view(m_entry.id.value)
                                               : std::string_view(m_written_id);
    if (!id.empty()) {
      m_sink.unparsed(id);
    }
  }
  m_pending_comments.clear();
  m_open = false;
  m_broken = false;
}

void Parser::line(std::string_view text, std::uint32_t number, bool ascii) {
  const Pos pos{m_file, number, 1};
  const std::size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) {
    close_entry();
    m_sink.trivia("");
    return;
  }
  if (first == 0) {
    close_entry();
    if (text.front() == ';') {
      m_sink.trivia(text);
      return;
    }
    header(text, pos, ascii);
    return;
  }
  if (!m_open) {
    if (text[first] == ';') { // an indented comment between entries
      m_sink.trivia(text.substr(first));
      return;
    }
    fail({m_file, number, static_cast<std::uint32_t>(first + 1)},
         "indented line outside an entry (entries start with a date in column 1)");
    return;
  }
  if (text[first] == ';') {
    std::string_view comment = text.substr(first + 1);
    if (comment.starts_with(' ')) {
      comment.remove_prefix(1);
    }
    m_pending_comments.emplace_back(comment);
    return;
  }
  detail(text, pos, ascii);
}

void Parser::header(std::string_view text, Pos pos, bool ascii) {
  m_open = true;
  m_broken = false;
  m_kind_known = false;
  m_entry.clear();
  m_written_id.clear();
  try {
    LineReader in(text, m_path, pos, ascii);
    ValueReader values(in);
    const Token date_token = in.next("a date");
    const auto day = parse_date(date_token.text);
    if (!day) {
      in.fail(date_token.column,
              date_token.text.size() == 10 || looks_numeric(date_token.text.substr(0, 4))
                  ? fmt::format("not a valid date (YYYY-MM-DD): '{}'", date_token.text)
                  : fmt::format("expected a date (YYYY-MM-DD) at the start of an entry, found '{}'",
                                date_token.text));
    }
    m_entry.pos = pos;
    m_entry.date = *day;
    const Token keyword = in.next("an entry keyword such as 'invoice'");
    const auto kind = entry_kind_from_keyword(keyword.text);
    if (!kind) {
      const std::string hint = did_you_mean(keyword.text, entry_keywords()); // hardening 21.11
      in.fail(keyword.column,
              hint.empty() ? fmt::format("unknown entry '{}'; expected one of {}", keyword.text,
                                         entry_keyword_list())
                           : fmt::format("unknown entry '{}'{}", keyword.text, hint));
    }
    m_entry.kind = *kind;
    m_kind_known = true;
    values.id(m_entry.id, {"an id after", keyword.text});
    const unsigned kind_bit = bit(*kind);
    read_attributes<Entry>(in, values, m_entry, header_attributes(), kind_bit, kind_phrase(*kind),
                           &m_entry.currency, *kind != EntryKind::writeoff);
    m_entry.comments.trailing = std::string(in.trailing_comment());
    for (const auto& spec : header_attributes()) {
      if ((spec.required & kind_bit) != 0 && !is_set(m_entry, spec)) {
        in.fail(in.missing_column(),
                fmt::format("missing '{}' for {}", spec.key, kind_phrase(*kind)));
      }
    }
  } catch (const Error& error) {
    m_diags.add(error);
    m_broken = true;
    m_written_id = written_id(text);
  }
}

void Parser::detail(std::string_view text, Pos pos, bool ascii) {
  if (!m_kind_known) {
    // The header did not say what entry this is (its error is reported): any message
    // about this line would be a guess.
    m_pending_comments.clear();
    return;
  }
  try {
    LineReader in(text, m_path, pos, ascii);
    ValueReader values(in);
    const Token keyword = in.next("a detail line keyword");
    const Pos at = in.pos_at(keyword.column);
    const EntryKind kind = m_entry.kind;
    Comments comments{std::move(m_pending_comments), {}};
    m_pending_comments.clear();
    if (keyword.text == "item" && allows_items(kind)) {
      Item& item = m_entry.items.emplace_back();
      item.pos = at;
      values.text(item.description, {"the item description (in quotes)", {}});
      read_attributes<Item>(in, values, item, item_attributes(), 0, "an item line", nullptr, false);
      if (!item.price.set) {
        in.fail(in.missing_column(), "missing 'price' for an item line");
      }
      item.comments = std::move(comments);
      item.comments.trailing = std::string(in.trailing_comment());
    } else if (keyword.text == "tax" && allows_items(kind)) {
      TaxLine& tax = m_entry.taxes.emplace_back();
      tax.pos = at;
      values.word(tax.code, {"a tax code", {}});
      read_attributes<TaxLine>(in, values, tax, tax_attributes(), 0, "a tax line", nullptr, false);
      if (!tax.rate.set || !tax.amount.set) {
        in.fail(in.missing_column(),
                fmt::format("missing '{}' for a tax line", tax.rate.set ? "amount" : "rate"));
      }
      tax.comments = std::move(comments);
      tax.comments.trailing = std::string(in.trailing_comment());
    } else if (keyword.text == "instalment" && allows_instalments(kind)) {
      Instalment& instalment = m_entry.instalments.emplace_back();
      instalment.pos = at;
      values.date(instalment.due, {"the instalment's due date", {}});
      values.amount(instalment.amount, {"the instalment's amount", {}});
      if (!in.at_end()) {
        const Token extra = in.next("end of line");
        in.fail(extra.column, fmt::format("unexpected '{}' after the instalment", extra.text));
      }
      instalment.comments = std::move(comments);
      instalment.comments.trailing = std::string(in.trailing_comment());
    } else if (keyword.text == "apply" && allows_applies(kind)) {
      Apply& apply = m_entry.applies.emplace_back();
      apply.pos = at;
      values.id(apply.document_id, {"the id of the invoice it applies to", {}});
      values.amount(apply.amount, {"the amount applied", {}});
      if (!in.at_end()) {
        const Token extra = in.next("end of line");
        in.fail(extra.column, fmt::format("unexpected '{}' after the applied amount", extra.text));
      }
      apply.comments = std::move(comments);
      apply.comments.trailing = std::string(in.trailing_comment());
    } else {
      std::string allowed;
      if (allows_items(kind)) {
        allowed = "item, tax";
      }
      if (allows_instalments(kind)) {
        allowed += ", instalment";
      }
      if (allows_applies(kind)) {
        allowed += allowed.empty() ? "apply" : ", apply";
      }
      in.fail(keyword.column, allowed.empty()
                                  ? fmt::format("{} has no indented lines, found '{}'",
                                                kind_phrase(kind), keyword.text)
                                  : fmt::format("unknown line '{}' in {}; expected {}",
                                                keyword.text, kind_phrase(kind), allowed));
    }
  } catch (const Error& error) {
    m_diags.add(error);
    m_broken = true;
  }
}

// True when the 8 bytes at p are all ASCII and contain no tab or carriage return.
bool plain_ascii_block(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, 8);
  if ((word & 0x8080808080808080ULL) != 0) {
    return false;
  }
  // Look for '\t' (0x09) or '\r' (0x0D) bytes with the classic "has zero byte" trick.
  const auto has_byte = [word](std::uint64_t byte) {
    const std::uint64_t x = word ^ (0x0101010101010101ULL * byte);
    return ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL) != 0;
  };
  return !has_byte(0x09) && !has_byte(0x0D);
}

} // namespace

bool is_valid_id(std::string_view text) {
  if (text.empty() || text.size() > 64 || !is_alnum(text.front())) {
    return false;
  }
  for (const char c : text) {
    if (!is_alnum(c) && c != '-' && c != '_' && c != '.' && c != '/') {
      return false;
    }
  }
  return true;
}

void parse_journal(std::string_view text, const std::string& path, std::uint32_t file_index,
                   EntrySink& sink, Diagnostics& diags, const ParseOptions& options) {
  const auto report = [&](std::uint32_t line, std::uint32_t column, const std::string& message) {
    diags.add(Error(ErrorKind::invalid_input,
                    SourceLoc{path, static_cast<int>(line), static_cast<int>(column)}, message));
  };
  if (options.first_line == 1 && has_bom(text)) {
    if (!options.repair) {
      report(1, 1,
             "byte order mark at the start of the file; journals are UTF-8 without one "
             "(run 'dues fmt' to remove it)");
    }
    text.remove_prefix(3);
  }
  Parser parser(path, file_index, sink, diags, options);
  bool reported_cr = false;
  std::string repaired;
  std::uint32_t number = options.first_line - 1;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
    std::size_t i = 0;
    while (i + 8 <= line.size() && plain_ascii_block(line.data() + i)) {
      i += 8;
    }
    bool ascii = true;
    for (std::size_t k = i; k < line.size() && ascii; ++k) {
      ascii = static_cast<unsigned char>(line[k]) < 0x80;
    }
    if (i < line.size()) {
      const std::string_view rest = line.substr(i);
      if (const auto bad = find_invalid_utf8(rest)) {
        report(number, static_cast<std::uint32_t>(column_of(line, i + *bad)),
               fmt::format("invalid UTF-8 (byte 0x{:02X}); journals must be UTF-8",
                           static_cast<unsigned char>(rest[*bad])));
        parser.bad_line(line);
        continue;
      }
      if (line.ends_with('\r')) {
        line.remove_suffix(1);
        if (!options.repair && !reported_cr) {
          report(number, static_cast<std::uint32_t>(column_of(line, line.size())),
                 "carriage return at the end of the line (CRLF); journals use LF line ends "
                 "(run 'dues fmt' to convert)");
          reported_cr = true;
        }
      }
      if (const auto tab = line.find('\t'); tab != std::string_view::npos) {
        if (!options.repair) {
          report(number, static_cast<std::uint32_t>(column_of(line, tab)),
                 "tab character; journals use spaces (run 'dues fmt' to convert)");
          parser.bad_line(line);
          continue;
        }
        repaired.assign(line);
        for (std::size_t k = repaired.find('\t'); k != std::string::npos; k = repaired.find('\t')) {
          repaired.replace(k, 1, "  ");
        }
        line = repaired;
      }
      if (const auto cr = line.find('\r'); cr != std::string_view::npos) {
        report(number, static_cast<std::uint32_t>(column_of(line, cr)),
               "carriage return inside a line");
        parser.bad_line(line);
        continue;
      }
    }
    parser.line(line, number, ascii);
  }
  parser.finish();
}

} // namespace dues::syntax
