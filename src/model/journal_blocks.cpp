#include "model/journal_blocks.hpp"

#include "syntax/journal_parser.hpp"

#include <map>

namespace dues {
namespace {

// Collects each parsed entry by the line of its header.
class ByLine : public syntax::EntrySink {
public:
  void entry(const syntax::Entry& entry) override { entries.emplace(entry.pos.line, entry); }
  std::map<std::size_t, syntax::Entry> entries;
};

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \n") == std::string_view::npos;
}

} // namespace

bool owns_id(syntax::EntryKind kind) {
  using syntax::EntryKind;
  return kind == EntryKind::invoice || kind == EntryKind::credit || kind == EntryKind::payment ||
         kind == EntryKind::refund;
}

std::vector<std::string> ids_mentioned(const syntax::Entry& entry) {
  std::vector<std::string> ids;
  for (const auto* field : {&entry.id, &entry.invoice, &entry.from}) {
    if (field->set) {
      ids.push_back(field->value);
    }
  }
  for (const syntax::Apply& apply : entry.applies) {
    ids.push_back(apply.document_id.value);
  }
  return ids;
}

JournalBlocks split_journal(std::string_view text, const std::string& path, Diagnostics& diags) {
  ByLine parsed;
  syntax::parse_journal(text, path, 0, parsed, diags);
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = text.find('\n', start);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, stop - start));
    start = stop;
  }
  JournalBlocks out;
  std::vector<std::size_t> pending; // comment lines in column 1, not yet placed
  const auto flush = [&] {
    for (const std::size_t i : pending) {
      out.items.push_back({false, std::string(lines[i]), 0});
    }
    pending.clear();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (!line.empty() && line[0] >= '0' && line[0] <= '9') {
      JournalBlock block;
      block.line = (pending.empty() ? i : pending.front()) + 1;
      block.header = i + 1;
      for (const std::size_t c : pending) {
        block.text += lines[c];
      }
      pending.clear();
      block.text += line;
      while (i + 1 < lines.size() && lines[i + 1][0] == ' ' && !is_blank(lines[i + 1])) {
        block.text += lines[++i];
      }
      if (block.text.back() != '\n') {
        block.text += '\n';
      }
      const auto it = parsed.entries.find(block.header);
      if (it == parsed.entries.end()) {
        continue; // a line that did not parse: its error is in diags
      }
      block.entry = it->second;
      out.items.push_back({true, {}, out.blocks.size()});
      out.blocks.push_back(std::move(block));
    } else if (!line.empty() && line[0] == ';') {
      pending.push_back(i);
    } else {
      flush();
      std::string kept(line);
      if (kept.empty() || kept.back() != '\n') {
        kept += '\n';
      }
      out.items.push_back({false, kept, 0});
    }
  }
  flush();
  return out;
}

std::string join_journal(const JournalBlocks& journal) {
  std::string out;
  bool blank = false;
  for (const JournalItem& item : journal.items) {
    const std::string& text = item.is_block ? journal.blocks[item.block].text : item.trivia;
    if (!item.is_block && is_blank(text)) {
      blank = !out.empty();
      continue;
    }
    if (blank) {
      out += '\n';
      blank = false;
    }
    out += text;
  }
  return out;
}

} // namespace dues
