#include "model/journal_merge.hpp"

#include "model/journal_blocks.hpp"
#include "model/numbering.hpp"
#include "syntax/journal_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace dues {
namespace {

using syntax::Entry;
using syntax::EntryKind;

std::set<std::string, std::less<>> keys_of(const JournalBlocks& journal) {
  std::set<std::string, std::less<>> keys;
  for (const JournalBlock& block : journal.blocks) {
    keys.insert(block.text);
  }
  return keys;
}

bool mentions(const Entry& entry, std::string_view id) {
  const std::vector<std::string> ids = ids_mentioned(entry);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Gives a block's entry new ids wherever it mentions one of `renames` (old id -> new id),
// all at once, keeping the comment lines above it, and adds `note` as a comment line when
// it is not empty.
void rename_in(JournalBlock& block, const std::map<std::string, std::string, std::less<>>& renames,
               const std::string& note) {
  Entry& entry = block.entry;
  const auto rename = [&](std::string& value) {
    const auto it = renames.find(value);
    if (it != renames.end()) {
      value = it->second;
    }
  };
  for (auto* field : {&entry.id, &entry.invoice, &entry.from}) {
    if (field->set) {
      rename(field->value);
    }
  }
  for (syntax::Apply& apply : entry.applies) {
    rename(apply.document_id.value);
  }
  std::string text;
  std::size_t start = 0;
  for (std::size_t n = block.line; n < block.header; ++n) { // the comment lines above
    start = block.text.find('\n', start) + 1;
  }
  text = block.text.substr(0, start);
  if (!note.empty()) {
    text += "; " + note + "\n";
  }
  block.text = text + syntax::format_entry(entry);
}

class Merger {
public:
  Merger(const std::string& path, const syntax::Settings& settings,
         const std::set<std::string, std::less<>>& elsewhere)
      : m_path(path), m_settings(settings), m_elsewhere(elsewhere) {}

  MergeOutcome run(const MergeSides& sides);

private:
  struct Collision {
    std::size_t ours = 0;   // block index in m_result
    std::size_t theirs = 0; // index in m_incoming
  };

  bool sent_on(bool theirs, std::string_view id) const;
  std::vector<JournalBlock*> new_blocks(bool theirs);
  long highest(const syntax::SeriesSetting& series, int year,
               const std::set<const JournalBlock*>& skip) const;
  const syntax::SeriesSetting* series_of(const Entry& entry) const;
  void resolve(const Collision& collision);
  void conflict(JournalBlock& block, const std::string& why);
  void insert_incoming();

  const std::string& m_path;
  const syntax::Settings& m_settings;
  const std::set<std::string, std::less<>>& m_elsewhere;
  std::set<std::string, std::less<>> m_base_keys;
  std::set<std::string, std::less<>> m_base_ids;
  JournalBlocks m_result; // ours, then merged
  std::vector<JournalBlock> m_incoming; // theirs' new blocks, in their order
  MergeOutcome m_outcome;
};

bool Merger::sent_on(bool theirs, std::string_view id) const {
  const auto sent = [&](const JournalBlock& block) {
    return block.entry.kind == EntryKind::sent && block.entry.id.value == id;
  };
  if (theirs) {
    return std::any_of(m_incoming.begin(), m_incoming.end(), sent);
  }
  return std::any_of(m_result.blocks.begin(), m_result.blocks.end(), sent);
}

// The blocks one side added (ours: those of the result that the base did not have).
std::vector<JournalBlock*> Merger::new_blocks(bool theirs) {
  std::vector<JournalBlock*> out;
  if (theirs) {
    for (JournalBlock& block : m_incoming) {
      out.push_back(&block);
    }
    return out;
  }
  for (const JournalItem& item : m_result.items) {
    JournalBlock& block = m_result.blocks[item.block];
    if (item.is_block && m_base_keys.count(block.text) == 0) {
      out.push_back(&block);
    }
  }
  return out;
}

// The highest number of `series` in `year` used by any entry but those in `skip`.
long Merger::highest(const syntax::SeriesSetting& series, int year,
                     const std::set<const JournalBlock*>& skip) const {
  long top = 0;
  const auto see = [&](std::string_view id) {
    const auto number = match_series(series.format, id);
    if (number && !(series.yearly_reset && number->year && *number->year != year)) {
      top = std::max(top, number->sequence);
    }
  };
  for (const JournalItem& item : m_result.items) {
    const JournalBlock& block = m_result.blocks[item.block];
    if (item.is_block && owns_id(block.entry.kind) && skip.count(&block) == 0) {
      see(block.entry.id.value);
    }
  }
  for (const JournalBlock& block : m_incoming) {
    if (owns_id(block.entry.kind) && skip.count(&block) == 0) {
      see(block.entry.id.value);
    }
  }
  for (const std::string& id : m_elsewhere) {
    see(id);
  }
  return top;
}

void Merger::conflict(JournalBlock& block, const std::string& why) {
  m_outcome.conflicts.push_back(fmt::format("{}: {}", m_path, why));
  block.text = "; dues merge-driver: CONFLICT: " + why + "\n" + block.text;
}

void Merger::resolve(const Collision& collision) {
  JournalBlock& ours = m_result.blocks[collision.ours];
  JournalBlock& theirs = m_incoming[collision.theirs];
  const std::string id = ours.entry.id.value;
  if (theirs.entry.id.value != id) { // an earlier collision moved one of them
    return;
  }
  if (m_base_ids.count(id) != 0) {
    conflict(theirs, fmt::format("{} was changed on both branches; keep one version and "
                                 "delete the other",
                                 id));
    return;
  }
  bool renumber_theirs = theirs.entry.date != ours.entry.date
                             ? ours.entry.date < theirs.entry.date
                             : ours.text < theirs.text;
  const bool ours_sent = sent_on(false, id);
  const bool theirs_sent = sent_on(true, id);
  if (ours_sent && theirs_sent) {
    conflict(theirs, fmt::format("{} was issued and sent on both branches; a sent number "
                                 "cannot change: credit or void one of them and issue it again",
                                 id));
    return;
  }
  if (renumber_theirs ? theirs_sent : ours_sent) {
    renumber_theirs = !renumber_theirs;
  }
  JournalBlock& loser = renumber_theirs ? theirs : ours;
  const Entry& entry = loser.entry;
  const syntax::SeriesSetting* series = series_of(entry);
  const auto number = series == nullptr || series->external || series->format.empty()
                          ? std::nullopt
                          : match_series(series->format, id);
  if (!number) {
    conflict(theirs, fmt::format("{} was added on both branches and no [series] of dues.toml "
                                 "numbers it; give one of them another id",
                                 id));
    return;
  }
  const int year = number->year.value_or(static_cast<int>(entry.date.year()));
  // The loser's side moves its run: the colliding entry and every new entry of that side
  // numbered after it in the same series and year, in their order, so the numbers still
  // follow the order in which that side recorded them. A run holding a sent number
  // (other than the collision) cannot move: then the colliding entry moves alone.
  std::vector<std::pair<long, JournalBlock*>> run;
  bool run_sent = false;
  const std::vector<JournalBlock*> side = new_blocks(renumber_theirs);
  for (JournalBlock* block : side) {
    const Entry& other = block->entry;
    if (!owns_id(other.kind) || series_of(other) != series) {
      continue;
    }
    const auto at = match_series(series->format, other.id.value);
    if (!at || at->sequence < number->sequence
        || at->year.value_or(static_cast<int>(other.date.year())) != year) {
      continue;
    }
    if (block != &loser && sent_on(renumber_theirs, other.id.value)) {
      run_sent = true;
    }
    run.emplace_back(at->sequence, block);
  }
  if (run_sent) {
    run = {{number->sequence, &loser}};
  }
  std::sort(run.begin(), run.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::set<const JournalBlock*> moving;
  for (const auto& member : run) {
    moving.insert(member.second);
  }
  long next = highest(*series, year, moving);
  std::map<std::string, std::string, std::less<>> renames;
  std::map<const JournalBlock*, std::string> notes;
  for (const auto& [sequence, block] : run) {
    const std::string old = block->entry.id.value;
    const std::string now = format_series_id(series->format, year, ++next);
    renames.emplace(old, now);
    notes.emplace(block, old == id ? fmt::format("dues merge-driver: renumbered from {} "
                                                 "(issued on both branches)",
                                                 id)
                                   : fmt::format("dues merge-driver: renumbered from {} "
                                                 "(after {}, issued on both branches)",
                                                 old, id));
    m_outcome.notes.push_back(fmt::format("{}: {} {} of {} ({}) is now {}", m_path,
                                          syntax::keyword_of(block->entry.kind), old,
                                          renumber_theirs ? "theirs" : "ours",
                                          format_date(block->entry.date), now));
  }
  for (JournalBlock* block : side) {
    const bool names_one = std::any_of(renames.begin(), renames.end(), [&](const auto& rename) {
      return mentions(block->entry, rename.first);
    });
    if (names_one) {
      const auto note = notes.find(block);
      rename_in(*block, renames, note == notes.end() ? std::string() : note->second);
    }
  }
}

const syntax::SeriesSetting* Merger::series_of(const Entry& entry) const {
  if (entry.series.set) {
    const auto it = m_settings.series.find(entry.series.value);
    return it == m_settings.series.end() ? nullptr : &it->second;
  }
  return series_for_kind(m_settings, syntax::keyword_of(entry.kind));
}

// Places each incoming block after the last block dated on or before it.
void Merger::insert_incoming() {
  for (JournalBlock& block : m_incoming) {
    std::optional<std::size_t> first;
    std::optional<std::size_t> after;
    for (std::size_t i = 0; i < m_result.items.size(); ++i) {
      const JournalItem& item = m_result.items[i];
      if (item.is_block) {
        first = first.value_or(i);
        if (m_result.blocks[item.block].entry.date <= block.entry.date) {
          after = i;
        }
      }
    }
    const std::size_t at = after ? *after + 1 : first.value_or(m_result.items.size());
    m_result.items.insert(m_result.items.begin() + static_cast<std::ptrdiff_t>(at),
                          JournalItem{true, {}, m_result.blocks.size()});
    m_result.blocks.push_back(std::move(block));
  }
  m_incoming.clear();
}

MergeOutcome Merger::run(const MergeSides& sides) {
  Diagnostics diags;
  const JournalBlocks base = split_journal(sides.base, m_path + " (base)", diags);
  m_result = split_journal(sides.ours, m_path + " (ours)", diags);
  JournalBlocks theirs = split_journal(sides.theirs, m_path + " (theirs)", diags);
  if (!diags.empty()) {
    for (const Error& error : diags.errors()) {
      m_outcome.conflicts.push_back(error.what());
    }
    m_outcome.text = std::string(sides.ours);
    return m_outcome;
  }
  m_base_keys = keys_of(base);
  for (const JournalBlock& block : base.blocks) {
    if (owns_id(block.entry.kind)) {
      m_base_ids.insert(block.entry.id.value);
    }
  }
  const auto theirs_keys = keys_of(theirs);
  const auto ours_keys = keys_of(m_result);
  // What theirs deleted (and ours kept as it was) goes.
  std::erase_if(m_result.items, [&](const JournalItem& item) {
    const std::string& text = m_result.blocks[item.block].text;
    return item.is_block && m_base_keys.count(text) != 0 && theirs_keys.count(text) == 0;
  });
  for (JournalBlock& block : theirs.blocks) {
    if (m_base_keys.count(block.text) == 0 && ours_keys.count(block.text) == 0) {
      m_incoming.push_back(std::move(block));
    }
  }
  std::map<std::string, std::size_t, std::less<>> ours_ids;
  for (const JournalItem& item : m_result.items) {
    const Entry& entry = m_result.blocks[item.block].entry;
    if (item.is_block && owns_id(entry.kind)) {
      ours_ids.emplace(entry.id.value, item.block);
    }
  }
  std::vector<Collision> collisions;
  for (std::size_t i = 0; i < m_incoming.size(); ++i) {
    const Entry& entry = m_incoming[i].entry;
    const auto it = owns_id(entry.kind) ? ours_ids.find(entry.id.value) : ours_ids.end();
    if (it != ours_ids.end()) {
      collisions.push_back({it->second, i});
    }
  }
  // Earlier numbers first, so that renumbered documents keep their order.
  std::sort(collisions.begin(), collisions.end(), [&](const Collision& a, const Collision& b) {
    return m_result.blocks[a.ours].entry.id.value < m_result.blocks[b.ours].entry.id.value;
  });
  for (const Collision& collision : collisions) {
    resolve(collision);
  }
  insert_incoming();
  m_outcome.text = join_journal(m_result);
  return m_outcome;
}

} // namespace

MergeOutcome merge_journal(const MergeSides& sides, const std::string& path,
                           const syntax::Settings& settings,
                           const std::set<std::string, std::less<>>& ids_elsewhere) {
  Merger merger(path, settings, ids_elsewhere);
  return merger.run(sides);
}

} // namespace dues
