#include "model/seal.hpp"

#include "base/sha256.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

namespace dues {
namespace {

constexpr std::string_view k_genesis = "dues seal v1";

// The entry's canonical text without any comment.
std::string sealed_text(syntax::Entry entry) {
  entry.comments = {};
  entry.end_comments.clear();
  for (auto& item : entry.items) {
    item.comments = {};
  }
  for (auto& tax : entry.taxes) {
    tax.comments = {};
  }
  for (auto& instalment : entry.instalments) {
    instalment.comments = {};
  }
  for (auto& apply : entry.applies) {
    apply.comments = {};
  }
  return syntax::format_entry(entry);
}

std::string link_hash(std::string_view previous, const syntax::Entry& entry) {
  std::string bytes(previous);
  bytes += '\n';
  bytes += sealed_text(entry);
  return sha256_hex(bytes);
}

std::string describe(const Date& date, std::string_view kind, std::string_view id) {
  return fmt::format("{} {} {}", format_date(date), kind, id);
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  while (!line.empty()) {
    const std::size_t space = line.find(' ');
    if (space != 0) {
      words.push_back(line.substr(0, space));
    }
    line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
  }
  return words;
}

} // namespace

Seal make_seal(const JournalBlocks& journal, const Date& today) {
  Seal seal;
  seal.sealed = today;
  std::string previous(k_genesis);
  for (const JournalItem& item : journal.items) {
    if (!item.is_block) {
      continue;
    }
    const syntax::Entry& entry = journal.blocks[item.block].entry;
    previous = link_hash(previous, entry);
    seal.links.push_back(
        {entry.date, std::string(syntax::keyword_of(entry.kind)), entry.id.value, previous});
  }
  return seal;
}

std::string write_seal(const Seal& seal, const std::string& journal) {
  std::string out = fmt::format("# The seal of {}: a SHA-256 chain over its entries, written by "
                                "'dues seal' (docs/team.md). Do not edit.\nsealed {}\n",
                                journal, format_date(seal.sealed));
  for (const SealLink& link : seal.links) {
    out += fmt::format("{} {}\n", describe(link.date, link.kind, link.id), link.hash);
  }
  return out;
}

Seal read_seal(std::string_view text, const std::string& path, Diagnostics& diags) {
  Seal seal;
  bool dated = false;
  int number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    const std::vector<std::string_view> words = words_of(line);
    const auto day = words.empty() ? std::nullopt : parse_date(words.back());
    if (!dated && words.size() == 2 && words[0] == "sealed" && day) {
      seal.sealed = *day;
      dated = true;
      continue;
    }
    const auto date = words.size() == 4 ? parse_date(words[0]) : std::nullopt;
    if (!dated || !date || words[3].size() != 64) {
      diags.add(Error(ErrorKind::invalid_input, SourceLoc{path, number, 1},
                      dated ? "expected 'DATE KIND ID SHA256' (a seal written by 'dues seal')"
                            : "expected 'sealed DATE' first (a seal written by 'dues seal')"));
      continue;
    }
    seal.links.push_back({*date, std::string(words[1]), std::string(words[2]),
                          std::string(words[3])});
  }
  return seal;
}

SealCheck check_seal(const Seal& seal, const JournalBlocks& journal, const std::string& path) {
  SealCheck check;
  std::string previous(k_genesis);
  std::size_t last_line = 1;
  const auto at = [&](std::size_t line, const std::string& message) {
    check.problem = Error(ErrorKind::invalid_input,
                          SourceLoc{path, static_cast<int>(line), 1}, message);
  };
  std::size_t k = 0;
  for (const JournalItem& item : journal.items) {
    if (!item.is_block) {
      continue;
    }
    const JournalBlock& block = journal.blocks[item.block];
    const syntax::Entry& entry = block.entry;
    const std::string_view kind = syntax::keyword_of(entry.kind);
    if (k < seal.links.size()) {
      const SealLink& link = seal.links[k];
      const std::string hash = link_hash(previous, entry);
      if (hash == link.hash) {
        previous = hash;
        ++k;
        ++check.sealed;
        last_line = block.header;
        continue;
      }
      if (link.kind == kind && link.id == entry.id.value) {
        at(block.header, fmt::format("{} {} was changed after it was sealed on {} (its text "
                                     "differs from seal link {} of {})",
                                     kind, entry.id.value, format_date(seal.sealed), k + 1,
                                     describe(link.date, link.kind, link.id)));
        return check;
      }
    }
    if (entry.date < seal.sealed) {
      at(block.header,
         k < seal.links.size()
             ? fmt::format("{} is not the entry sealed here (seal link {}: {}): an entry was "
                           "inserted, deleted or moved after the seal of {}",
                           describe(entry.date, kind, entry.id.value), k + 1,
                           describe(seal.links[k].date, seal.links[k].kind, seal.links[k].id),
                           format_date(seal.sealed))
             : fmt::format("{} is not sealed and dated before the seal of {}: inserted "
                           "afterwards with an earlier date (back-dated)",
                           describe(entry.date, kind, entry.id.value), format_date(seal.sealed)));
      return check;
    }
    ++check.added;
  }
  if (k < seal.links.size()) {
    const SealLink& link = seal.links[k];
    at(last_line, fmt::format("the entry sealed as link {} ({}) is missing after this one: "
                              "deleted, edited or moved after the seal of {}",
                              k + 1, describe(link.date, link.kind, link.id),
                              format_date(seal.sealed)));
  }
  return check;
}

} // namespace dues
