// model/snapshot: a ledger saved and restored must be the same ledger, on the rich example
// ledgers; anything but a complete snapshot of this build with this key is refused.
#include "model/build.hpp"
#include "model/snapshot.hpp"
#include "query/aging.hpp"
#include "render/aging_view.hpp"
#include "syntax/toml_reader.hpp"
#include "testutil.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace dues;

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// An example ledger, read the way the command line reads it.
Ledger example(const std::string& name, bool balances_only) {
  const std::filesystem::path dir = std::filesystem::path(DUES_EXAMPLES) / name;
  Diagnostics diags;
  syntax::Settings settings = syntax::read_settings(slurp(dir / "dues.toml"), "dues.toml", diags);
  std::vector<Customer> customers =
      syntax::read_customers(slurp(dir / "customers.toml"), "customers.toml", diags);
  std::vector<std::string> texts;
  std::vector<JournalText> journals;
  for (const auto& file : std::filesystem::directory_iterator(dir / "journal")) {
    texts.push_back(slurp(file.path()));
  }
  std::vector<std::string> names;
  for (const auto& file : std::filesystem::directory_iterator(dir / "journal")) {
    names.push_back("journal/" + file.path().filename().string());
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    journals.push_back({names[i], texts[i]});
  }
  BuildOptions options;
  options.balances_only = balances_only;
  Ledger ledger = build_ledger(std::move(settings), std::move(customers), journals, diags, options);
  REQUIRE(diags.empty());
  return ledger;
}

std::string aging_json(const Ledger& ledger, const char* day) {
  query::AgingRequest request;
  request.as_of = *parse_date(day);
  request.detail = true;
  std::ostringstream out;
  render::aging_json(out, query::aging(ledger, request), true);
  return out.str();
}

// Everything the journal part holds, as text, to compare two ledgers field by field.
std::string describe(const Ledger& ledger) {
  std::ostringstream out;
  for (const Document& d : ledger.documents) {
    out << d.id << ' ' << d.customer << ' ' << format_date(d.date) << ' ' << format_date(d.due)
        << ' ' << fmt::format("{}", d.total) << ' ' << d.pos.file << ':' << d.pos.line << ' '
        << d.info().items.size() << ' ' << d.info().taxes.size() << ' '
        << d.info().instalments.size() << ' ' << d.reference << ' ' << d.info().origin << ' '
        << d.info().related_invoice << '\n';
  }
  for (const Payment& p : ledger.payments) {
    out << p.id << ' ' << p.customer << ' ' << fmt::format("{} {}", p.amount, p.fee) << ' '
        << p.method << ' ' << p.reference << ' ' << p.bank << '\n';
  }
  for (const Allocation& a : ledger.allocations) {
    out << static_cast<int>(a.source_kind) << ' ' << a.source << ' ' << a.document << ' '
        << fmt::format("{}", a.amount) << ' ' << format_date(a.date) << '\n';
  }
  for (const Refund& r : ledger.refunds) {
    out << r.id << ' ' << fmt::format("{}", r.amount) << '\n';
  }
  for (const WriteOff& w : ledger.writeoffs) {
    out << w.document << ' ' << fmt::format("{}", w.amount) << ' ' << w.reason << '\n';
  }
  for (const StatusEvent& e : ledger.status_events) {
    out << static_cast<int>(e.kind) << ' ' << e.document << ' ' << e.reason << '\n';
  }
  return out.str();
}

} // namespace

TEST_CASE("snapshot_ledger and restore_ledger give back the same ledger") {
  for (const char* name : {"tiny", "eu-agency", "cn-trading"}) {
    for (const bool balances_only : {true, false}) {
      CAPTURE(name);
      CAPTURE(balances_only);
      const Ledger original = example(name, balances_only);
      const std::string bytes = snapshot_ledger(original, "key-1");
      Ledger restored = start_ledger(original.settings, original.customers);
      REQUIRE(restore_ledger(bytes, "key-1", restored));
      CHECK(describe(restored) == describe(original));
      // Its two parts read on one thread give the same ledger as on two.
      Ledger one_thread = start_ledger(original.settings, original.customers);
      REQUIRE(restore_ledger(bytes, "key-1", one_thread, false));
      CHECK(describe(one_thread) == describe(original));
      CHECK(restored.files == original.files);
      CHECK(restored.has_details == original.has_details);
      for (const Document& document : original.documents) {
        const IdRef* ref = restored.find_id(document.id);
        REQUIRE(ref != nullptr);
        CHECK(restored.documents[ref->index].id == document.id);
      }
      for (const char* day : {"2025-06-30", "2026-03-31", "2026-11-23"}) {
        CHECK(aging_json(restored, day) == aging_json(original, day));
      }
    }
  }
}

TEST_CASE("restore_ledger refuses another key, another build's bytes and damaged bytes") {
  const Ledger original = example("tiny", true);
  const std::string bytes = snapshot_ledger(original, "key-1");
  const auto refused = [&](std::string_view damaged, std::string_view key) {
    Ledger restored = start_ledger(original.settings, original.customers);
    const bool ok = restore_ledger(damaged, key, restored);
    // A refusal leaves no half-restored journal behind.
    CHECK(restored.documents.empty());
    CHECK(restored.payments.empty());
    return !ok;
  };
  CHECK(refused(bytes, "key-2"));
  CHECK(refused(bytes.substr(0, bytes.size() / 2), "key-1"));
  CHECK(refused(bytes.substr(0, bytes.size() - 1), "key-1"));
  CHECK(refused("", "key-1"));
  std::string flipped = bytes;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x20);
  CHECK(refused(flipped, "key-1"));
  // A flipped byte in the header, in the first part and in the second part's hash.
  for (const std::size_t at : {std::size_t{40}, bytes.size() / 4, bytes.size() - 3}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
    CHECK(refused(damaged, "key-1"));
  }
  // Bytes appended after the last part.
  CHECK(refused(bytes + "x", "key-1"));
  std::string other_build = bytes;
  other_build.replace(other_build.find('\n') + 1 + 4, 3, "Xyz");
  CHECK(refused(other_build, "key-1"));
}
