// privacy: dues customer export-data (everything held about one customer, GDPR Art. 15/20)
// and dues customer forget (personal data replaced by a pseudonym once [retention] has
// passed, Art. 17). docs/security.md.
#include "base/file.hpp"
#include "base/sha256.hpp"
#include "base/text.hpp"
#include "cli/commands.hpp"
#include "cli/customers_file.hpp"
#include "cli/documents.hpp"
#include "cli/secrets.hpp"
#include "model/suggestions.hpp"
#include "query/personal_data.hpp"
#include "render/personal_data.hpp"
#include "syntax/journal_parser.hpp"
#include "syntax/journal_writer.hpp"
#include "syntax/toml_patch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace dues::cli {

ExitCode run_customer_export_data(Context& ctx, const CustomerExportDataOptions& options) {
  const Format format = format_argument(options.format, {Format::json, Format::csv});
  Ledger ledger = load_ledger(ctx, LoadMode::full); // documents with their lines
  const std::uint32_t* it = ledger.find_customer_index(options.id);
  if (it == nullptr) {
    throw Error(ErrorKind::usage, unknown_customer(options.id, ledger.customers));
  }
  if (options.reveal) { // decrypted with the age identity, else exit 5 and nothing written
    const std::uint32_t which[] = {*it};
    reveal_customers(ctx, ctx.ledger_dir(), ledger.customers, which);
  }
  const query::PersonalDataView view{ctx.today, options.reveal, AccountMask(options.reveal)};
  const query::DataNode data = query::personal_data(ledger, *it, view);
  std::ostringstream text;
  if (format == Format::csv) {
    begin_csv(text, ctx, ledger.settings);
    render::personal_data_csv(text, data);
  } else {
    render::personal_data_json(text, data);
  }
  write_document(ctx, options.output, text.str());
  return ExitCode::ok;
}

} // namespace dues::cli

namespace dues::cli {
namespace {

namespace fs = std::filesystem;
using syntax::Entry;
using syntax::EntryKind;

// The pseudonym of a forgotten customer: stable (the same id always gives the same one)
// and without the personal data it replaces.
std::string pseudonym_of(std::string_view id) {
  return "forgotten-" + sha256_hex(id).substr(0, 8);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

// What is forgotten about one customer, and how each kind of journal text changes.
class Forgetting {
public:
  Forgetting(const Ledger& ledger, const Customer& customer)
      : m_id(customer.id), m_pseudonym(pseudonym_of(customer.id)) {
    for (const std::string& name : customer.aliases) {
      add_word(name);
    }
    add_word(customer.name);
    for (const std::string& email : customer.emails) {
      add_word(email);
    }
    for (const std::string& email : customer.reminder_emails) {
      add_word(email);
    }
    add_word(customer.tax_id);
    const auto index = ledger.find_customer_index(customer.id);
    for (const Document& document : ledger.documents) {
      if (index != nullptr && document.customer == *index) {
        m_ids.insert(document.id);
      }
    }
    for (const Payment& payment : ledger.payments) {
      if (index != nullptr && payment.customer == *index) {
        m_ids.insert(payment.id);
      }
    }
    for (const Refund& refund : ledger.refunds) {
      if (index != nullptr && refund.customer == *index) {
        m_ids.insert(refund.id);
      }
    }
  }

  const std::string& pseudonym() const { return m_pseudonym; }

  // True when the entry is about the customer: its documents and receipts, and every
  // event, note, promise, message and collection that names one of them or the customer.
  bool concerns(const Entry& entry) const {
    if (entry.customer.set) {
      return entry.customer.value == m_id;
    }
    return entry.id.value == m_id || m_ids.contains(entry.id.value);
  }

  // The customer's names, addresses and tax id inside a text replaced by the pseudonym
  // (ASCII letters compared without case).
  std::string scrub(std::string_view text) const {
    std::string out(text);
    for (const std::string& word : m_words) {
      std::string folded = lower_ascii(out);
      for (std::size_t at = folded.find(word); at != std::string::npos;
           at = folded.find(word, at + m_pseudonym.size())) {
        out.replace(at, word.size(), m_pseudonym);
        folded.replace(at, word.size(), m_pseudonym);
      }
    }
    return out;
  }

  // Rewrites one entry of the customer; true when something changed.
  bool forget(Entry& entry) const {
    const Entry before_text = entry;
    replace(entry.note);
    replace(entry.text);
    if (entry.kind != EntryKind::debit_return) { // a return's reason is an ISO code
      replace(entry.reason);
    }
    if (entry.kind == EntryKind::payment || entry.kind == EntryKind::refund) {
      replace(entry.reference); // the payer's memo
    } else {
      scrub_field(entry.reference);
    }
    scrub_field(entry.purchase_order);
    if (entry.sent_to.set) {
      entry.sent_to.value = m_pseudonym + "@forgotten.invalid";
    }
    if (entry.sent_cc.set) {
      entry.sent_cc.value = m_pseudonym + "@forgotten.invalid";
    }
    replace(entry.mandate);
    for (syntax::Item& item : entry.items) {
      item.description.value = scrub(item.description.value);
      scrub_comments(item.comments);
    }
    for (syntax::TaxLine& line : entry.taxes) {
      scrub_comments(line.comments);
    }
    for (syntax::Instalment& line : entry.instalments) {
      scrub_comments(line.comments);
    }
    for (syntax::Apply& line : entry.applies) {
      scrub_comments(line.comments);
    }
    scrub_comments(entry.comments);
    for (std::string& line : entry.end_comments) {
      line = scrub(line);
    }
    return syntax::format_entry(entry) != syntax::format_entry(before_text);
  }

private:
  void add_word(std::string_view word) {
    if (trim(word).size() >= 3) { // "AG" alone would hit other customers' text
      m_words.push_back(lower_ascii(trim(word)));
    }
  }
  void replace(syntax::Field<std::string>& field) const {
    if (field.set) {
      field.value = m_pseudonym;
    }
  }
  void scrub_field(syntax::Field<std::string>& field) const {
    if (field.set) {
      field.value = scrub(field.value);
    }
  }
  void scrub_comments(syntax::Comments& comments) const {
    for (std::string& line : comments.above) {
      line = scrub(line);
    }
    comments.trailing = scrub(comments.trailing);
  }

  std::string m_id;
  std::string m_pseudonym;
  std::vector<std::string> m_words; // lower case
  std::set<std::string, std::less<>> m_ids;
};

// One journal file read again with the customer's entries forgotten, in canonical form
// (as `dues fmt` writes it); comment lines between entries are scrubbed too.
class ForgetSink : public syntax::EntrySink {
public:
  explicit ForgetSink(const Forgetting& forgetting) : m_forgetting(forgetting) {}
  void entry(const Entry& read) override {
    flush_blank();
    Entry entry = read;
    if (entry.kind == EntryKind::forgotten && m_forgetting.concerns(entry)) {
      forgotten_on = entry.date;
    }
    if (m_forgetting.concerns(entry)) {
      changes += m_forgetting.forget(entry) ? 1 : 0;
    }
    syntax::write_entry(m_text, entry);
  }
  void trivia(std::string_view line) override {
    if (trim(line).empty()) {
      m_blank = !m_text.empty();
      return;
    }
    flush_blank();
    std::string kept = m_forgetting.scrub(line);
    changes += kept != line ? 1 : 0;
    while (!kept.empty() && kept.back() == ' ') {
      kept.pop_back();
    }
    m_text += kept;
    m_text += '\n';
  }
  std::string take() { return std::move(m_text); }
  int changes = 0;
  std::optional<Date> forgotten_on;

private:
  void flush_blank() {
    if (m_blank) {
      m_text += '\n';
      m_blank = false;
    }
  }
  const Forgetting& m_forgetting;
  std::string m_text;
  bool m_blank = false;
};

// The last day with a document, payment or refund of the customer, if any.
std::optional<Date> last_record(const Ledger& ledger, std::uint32_t customer) {
  std::optional<Date> last;
  const auto see = [&](std::uint32_t whose, const Date& day) {
    if (whose == customer && (!last || *last < day)) {
      last = day;
    }
  };
  for (const Document& document : ledger.documents) {
    see(document.customer, document.date);
  }
  for (const Payment& payment : ledger.payments) {
    see(payment.customer, payment.date);
  }
  for (const Refund& refund : ledger.refunds) {
    see(refund.customer, refund.date);
  }
  return last;
}

// The customers.toml record after forgetting: personal fields gone, the name the
// pseudonym, dunning off; country, currency, terms, limit, tags and language stay.
Customer forgotten_record(const Customer& customer, const std::string& pseudonym) {
  Customer out = customer;
  out.name = pseudonym;
  out.aliases.clear();
  out.emails.clear();
  out.address.clear();
  out.tax_id.clear();
  out.bank_accounts.clear();
  out.notes.clear();
  out.reminder_emails.clear();
  out.dunning = "off";
  out.mandate.reset();
  return out;
}

std::string forgotten_customers_text(const CustomersFile& file, const Customer& customer,
                                     const Forgetting& forgetting) {
  syntax::TomlPatch patch(file.text, std::string(k_customers_file));
  patch.set(customer.id, "name", syntax::toml_string(forgetting.pseudonym()));
  for (const std::string_view key : {"aliases", "emails", "address", "tax-id", "bank-accounts",
                                     "notes", "reminder-emails"}) {
    patch.remove(customer.id, key);
  }
  patch.set(customer.id, "dunning", syntax::toml_string("off"));
  const std::string_view mandate[] = {customer.id, "mandate"};
  patch.remove_table_in(mandate);
  // Comment lines that name the customer.
  std::string text;
  std::istringstream lines(patch.text());
  for (std::string line; std::getline(lines, line);) {
    text += trim(line).starts_with('#') ? forgetting.scrub(line) : line;
    text += '\n';
  }
  if (!patch.text().ends_with('\n') && !text.empty()) {
    text.pop_back();
  }
  return text;
}

} // namespace

ExitCode run_customer_forget(Context& ctx, const CustomerForgetOptions& options) {
  const fs::path dir = ctx.ledger_dir();
  const LedgerLock lock(dir, ctx.lock_timeout);
  const Ledger ledger = load_ledger_locked(ctx, LoadMode::balances);
  const std::uint32_t* index = ledger.find_customer_index(options.id);
  if (index == nullptr) {
    throw Error(ErrorKind::usage, unknown_customer(options.id, ledger.customers));
  }
  const CustomersFile file = read_customers_file(ctx, dir);
  const Customer& customer = *find_in(file.customers, options.id);
  const int years = ledger.settings.security.retention_years;
  if (const auto last = last_record(ledger, *index)) {
    // The period starts at the end of the year of the last record (§ 147 (4) AO).
    const Date possible{date::year{static_cast<int>(last->year()) + years + 1}, date::January,
                        date::day{1}};
    if (ctx.today < possible) {
      throw Error(ErrorKind::conflict,
                  fmt::format("customer '{}' cannot be forgotten before {}: their last record "
                              "is dated {} and [retention] years = {} (counted from the end of "
                              "that year); nothing was changed",
                              customer.id, format_date(possible), format_date(*last), years));
    }
  }
  const Forgetting forgetting(ledger, customer);
  const std::vector<std::string> files = journal_files(dir, ledger.settings);
  std::vector<std::pair<std::string, std::string>> changed;
  std::optional<Date> forgotten_on;
  int entries = 0;
  Diagnostics diags;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string text = read_file(dir / files[i], files[i], k_journal_limit);
    ForgetSink sink(forgetting);
    syntax::parse_journal(text, files[i], static_cast<std::uint32_t>(i), sink, diags);
    forgotten_on = sink.forgotten_on ? sink.forgotten_on : forgotten_on;
    entries += sink.changes;
    if (sink.changes > 0) {
      std::error_code ec;
      if (fs::exists(dir / (files[i] + ".seal"), ec)) {
        throw Error(ErrorKind::conflict,
                    fmt::format("{} is sealed (dues seal): forgetting '{}' would change its "
                                "entries and break the seal; nothing was changed",
                                files[i], customer.id));
      }
      changed.emplace_back(files[i], sink.take());
    }
  }
  if (!diags.empty()) { // the ledger loaded, so this is a bug
    print_diagnostics(ctx.err, diags);
    throw Error(ErrorKind::internal, "the journal read differently the second time");
  }
  const std::string customers_text = forgotten_customers_text(file, customer, forgetting);
  const bool customers_changed = customers_text != file.text;
  if (forgotten_on && changed.empty() && !customers_changed) {
    ctx.out << fmt::format("customer {} was forgotten on {}; nothing to do\n", customer.id,
                           format_date(*forgotten_on));
    return ExitCode::ok;
  }
  const std::string verb = options.apply ? "" : "would ";
  ctx.out << fmt::format("customer {}: {}replace personal data by the pseudonym {}\n",
                         customer.id, verb, forgetting.pseudonym());
  if (customers_changed) {
    ctx.out << fmt::format("  {}: {}remove name, aliases, emails, address, tax-id, "
                           "bank-accounts, notes, reminder-emails, mandate; dunning off\n",
                           k_customers_file, verb);
  }
  for (const auto& [path, text] : changed) {
    ctx.out << fmt::format("  {}: {}rewrite (personal text in entries and comments)\n", path,
                           verb);
  }
  Entry entry;
  entry.date = ctx.today;
  entry.kind = EntryKind::forgotten;
  entry.id.value = customer.id;
  entry.id.set = true;
  const std::string target = append_target(ledger, ctx.today);
  ctx.out << fmt::format("  {}: {}append: {}", target, verb, syntax::format_entry(entry));
  if (!options.apply) {
    ctx.out << "run again with --apply to write\n";
    return ExitCode::ok;
  }
  // Journal first, customers.toml next, the `forgotten` entry last: a run cut short is
  // finished by running it again.
  for (const auto& [path, text] : changed) {
    write_file_atomic(dir / path, text, path);
  }
  if (customers_changed) {
    syntax::TomlPatch patch(customers_text, std::string(k_customers_file));
    const Customer intended = forgotten_record(customer, forgetting.pseudonym());
    write_verified(ctx, file, patch, std::span<const Customer>(&intended, 1));
  }
  std::string tail;
  std::error_code ec;
  if (fs::exists(dir / target, ec)) {
    tail = read_file(dir / target, target, k_journal_limit);
  }
  if (!tail.empty() && !tail.ends_with('\n')) {
    tail += '\n';
  }
  tail += (tail.empty() ? "" : "\n") + syntax::format_entry(entry);
  if (!fs::exists((dir / target).parent_path(), ec)) {
    fs::create_directories((dir / target).parent_path(), ec);
  }
  write_file_atomic(dir / target, tail, target);
  load_ledger_locked(ctx, LoadMode::balances); // checks the result and renews the snapshot
  ctx.out << fmt::format("forgot customer {} ({} entries and comment lines changed)\n",
                         customer.id, entries);
  return ExitCode::ok;
}

} // namespace dues::cli
