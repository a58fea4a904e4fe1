#include "render/export_journal.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_set>

namespace dues::render {
namespace {

using query::LedgerSyntax;

// Text for a beancount string literal: quotes and backslashes escaped, one line.
std::string beancount_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out + "\"";
}

// Free text where ledger and hledger read it: on one line, without ';' (a comment
// starts there), '|' (hledger's payee | note split) or runs of spaces (two spaces end
// an account name); hledger also ends a tag value at ','.
std::string plain_text(std::string_view text, bool tag_value) {
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      c = ' ';
    } else if (c == ';' || (tag_value && c == ',')) {
      c = tag_value ? ' ' : ',';
    } else if (c == '|') {
      c = '/';
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) {
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  return out;
}

constexpr std::string_view k_spaces = "    ";

std::string amount_text(const Money& money) {
  return fmt::format("{} {}", format_amount(money), money.currency().code);
}

class JournalWriter {
public:
  JournalWriter(std::ostream& out, LedgerSyntax syntax) : m_out(out), m_syntax(syntax) {}
  ~JournalWriter() { flush(); }
  JournalWriter(const JournalWriter&) = delete;
  JournalWriter& operator=(const JournalWriter&) = delete;

  void flush() {
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
  }

  template <typename... Args> void line(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(std::back_inserter(m_buffer), format, std::forward<Args>(args)...);
    m_buffer.push_back('\n');
    if (m_buffer.size() > (1U << 16U)) {
      flush();
    }
  }

  void transaction(const query::Transaction& t) {
    if (!t.note_account.empty()) {
      note(t);
      return;
    }
    if (t.postings.empty()) {
      return; // nothing moved (a zero total)
    }
    const std::string date = format_date(t.date);
    if (m_syntax == LedgerSyntax::beancount) {
      std::string links;
      for (const std::string& link : t.links) {
        links += " ^" + link;
      }
      line("{} * {} {}{}", date, beancount_string(t.payee), beancount_string(t.narration), links);
      for (const auto& [key, value] : t.meta) {
        line("  {}: {}", key, key == "due" ? value : beancount_string(value));
      }
    } else {
      line("{} * ({}) {} | {}", date, t.code, plain_text(t.payee, false),
           plain_text(t.narration, false));
      for (const auto& [key, value] : t.meta) {
        line("    ; {}: {}", key, plain_text(value, m_syntax == LedgerSyntax::hledger));
      }
    }
    const int indent = m_syntax == LedgerSyntax::beancount ? 2 : 4;
    for (const query::Posting& posting : t.postings) {
      const std::string amount = amount_text(posting.amount);
      const std::size_t width = std::max<std::size_t>(posting.account.size() + 2, 60 - amount.size());
      // By hand, not with fmt's dynamic widths: this line is written a few million times.
      m_buffer.append(k_spaces.data(), k_spaces.data() + indent);
      m_buffer.append(posting.account.data(), posting.account.data() + posting.account.size());
      for (std::size_t pad = posting.account.size(); pad < width; ++pad) {
        m_buffer.push_back(' ');
      }
      m_buffer.append(amount.data(), amount.data() + amount.size());
      line("");
    }
    line("");
  }

private:
  void note(const query::Transaction& t) {
    if (m_syntax == LedgerSyntax::beancount) {
      line("{} note {} {}", format_date(t.date), t.note_account,
           beancount_string(fmt::format("{} ({})", t.narration, t.payee)));
    } else {
      line("; {} {} ({})", format_date(t.date), plain_text(t.narration, false),
           plain_text(t.payee, false));
    }
    line("");
  }

  std::ostream& m_out;
  LedgerSyntax m_syntax;
  fmt::memory_buffer m_buffer;
};

} // namespace

void write_journal_export(std::ostream& out, const Ledger& ledger,
                          const std::vector<query::ExportEvent>& movements,
                          const query::AccountMap& accounts, LedgerSyntax syntax,
                          const query::ExportPeriod& period, const query::DetailsFeed& feed) {
  const query::TransactionBuilder builder(ledger, accounts, movements, feed);
  query::Transaction t;
  // First pass: the accounts and currencies the declarations name.
  std::unordered_set<std::string_view> seen; // hashed while collecting, sorted once after
  std::map<std::string_view, int> currencies;
  for (const query::ExportEvent& movement : movements) {
    builder.build(movement, t);
    for (const query::Posting& posting : t.postings) {
      if (!seen.contains(posting.account)) {
        seen.insert(posting.account);
      }
      currencies.emplace(posting.amount.currency().code, posting.amount.currency().exponent);
    }
    if (!t.note_account.empty()) {
      seen.insert(t.note_account);
    }
  }
  std::vector<std::string_view> names(seen.begin(), seen.end());
  std::sort(names.begin(), names.end());
  JournalWriter w(out, syntax);
  w.line("; {}: receivables exported by dues, {} to {}", ledger.settings.company.name,
         period.from ? format_date(*period.from) : "the beginning",
         period.to ? format_date(*period.to) : "the end");
  w.line("");
  if (syntax == LedgerSyntax::beancount) {
    if (!movements.empty()) {
      const std::string opened = format_date(movements.front().date);
      for (const std::string_view name : names) {
        w.line("{} open {}", opened, name);
      }
    }
  } else {
    for (const auto& [code, exponent] : currencies) {
      const std::string sample = "1000." + std::string(static_cast<std::size_t>(exponent), '0');
      if (syntax == LedgerSyntax::hledger) { // "1000." : no decimals, as hledger wants it said
        w.line("commodity {} {}", sample, code);
      } else {
        w.line("commodity {}", code);
        w.line("    format {} {}", exponent == 0 ? std::string("1000") : sample, code);
      }
    }
    if (syntax == LedgerSyntax::ledger) { // ledger --pedantic wants its tags declared
      for (const char* tag : {"customer", "document", "due", "ref", "method", "opening"}) {
        w.line("tag {}", tag);
      }
    }
    for (const std::string_view name : names) {
      w.line("account {}", name);
    }
  }
  w.line("");
  for (const query::ExportEvent& movement : movements) {
    builder.build(movement, t);
    w.transaction(t);
  }
}

} // namespace dues::render
