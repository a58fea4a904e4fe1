// Details on demand (cli/details.hpp): a document of a balances load given back the
// details a full load gives it, read from its own entry; anything that does not match
// is refused so the caller loads in full.
#include "cli/details.hpp"
#include "testutil.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace fs = std::filesystem;
using dues::DocumentDetails;
using dues::cli::CountedFile;
using dues::cli::read_details;
using dues::test::Built;
using dues::test::LedgerText;

namespace {

constexpr std::string_view k_journal =
    "; the journal\n"
    "\n"
    "2026-01-05 invoice INV-1 customer acme due 2026-02-04 terms net30 subtotal 195.00 "
    "total 221.65 EUR po \"PO-1\" note \"Thanks\"\n"
    "  ; the first item\n"
    "  item \"A\" qty 2 price 50.00 tax standard amount 100.00 ; two\n"
    "  item \"B\" price 100.00 tax reduced discount 5% amount 95.00\n"
    "  tax standard rate 20% base 100.00 amount 20.00\n"
    "  tax reduced rate 7% base 95.00 amount 6.65\n"
    "2026-01-06 invoice INV-2 customer acme due 2026-02-05 total 50.00 EUR\n"
    "\n"
    "2026-01-07 credit CN-1 customer acme invoice INV-1 reason \"r\" total 12.00 EUR\n"
    "2026-01-08 payment PAY-1 customer acme amount 50.00 EUR\n"
    "  apply INV-2 50.00\n"
    "2026-01-09 invoice INV-3 customer acme due 2026-02-08 subtotal 10.00 total 12.00 EUR "
    "prices exclusive\n"
    "  item \"C\" price 10.00 tax standard amount 10.00\n"
    "  tax standard rate 20% base 10.00 amount 2.00\n";

constexpr std::uint32_t k_newlines = 16;

Built built(bool balances_only, std::string_view journal = k_journal) {
  LedgerText text;
  text.journals = {{"journal/2026.dues", std::string(journal)}};
  text.balances_only = balances_only;
  Built built = dues::test::build(text);
  REQUIRE(built.errors().empty());
  return built;
}

// A ledger folder holding `journal` as journal/2026.dues; removed at the end of the test.
struct Folder {
  explicit Folder(std::string_view journal)
      : path(fs::temp_directory_path() / ("dues-details-" + std::to_string(::getpid()))) {
    fs::create_directories(path / "journal");
    std::ofstream(path / "journal/2026.dues", std::ios::binary) << journal;
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  fs::path path;
};

void check_same(const DocumentDetails& read, const DocumentDetails& full) {
  REQUIRE(read.items.size() == full.items.size());
  for (std::size_t i = 0; i < read.items.size(); ++i) {
    CHECK(read.items[i].description == full.items[i].description);
    CHECK(read.items[i].quantity == full.items[i].quantity);
    CHECK(read.items[i].unit_price == full.items[i].unit_price);
    CHECK(read.items[i].tax_code == full.items[i].tax_code);
    CHECK(read.items[i].discount.has_value() == full.items[i].discount.has_value());
    CHECK(read.items[i].amount == full.items[i].amount);
    CHECK(read.items[i].pos.file == full.items[i].pos.file);
    CHECK(read.items[i].pos.line == full.items[i].pos.line);
    CHECK(read.items[i].pos.column == full.items[i].pos.column);
  }
  REQUIRE(read.taxes.size() == full.taxes.size());
  for (std::size_t i = 0; i < read.taxes.size(); ++i) {
    CHECK(read.taxes[i].code == full.taxes[i].code);
    CHECK(read.taxes[i].base == full.taxes[i].base);
    CHECK(read.taxes[i].amount == full.taxes[i].amount);
    CHECK(read.taxes[i].pos.line == full.taxes[i].pos.line);
  }
  CHECK(read.discount.has_value() == full.discount.has_value());
  CHECK(read.subtotal == full.subtotal);
  CHECK(read.terms == full.terms);
  CHECK(read.purchase_order == full.purchase_order);
  CHECK(read.note == full.note);
  CHECK(read.related_invoice == full.related_invoice);
  CHECK(read.pricing.inclusive == full.pricing.inclusive);
}

// A journal of `count` invoices of 3 lines each (about 170 bytes).
std::string invoices(int count) {
  std::string journal;
  for (int i = 1; i <= count; ++i) {
    journal += fmt::format("2026-01-05 invoice INV-{} customer acme due 2026-02-04 subtotal "
                           "10.00 total 12.00 EUR note \"number {}\"\n"
                           "  item \"Item {}\" price 10.00 tax standard amount 10.00\n"
                           "  tax standard rate 20% base 10.00 amount 2.00\n",
                           i, i, i);
  }
  return journal;
}

} // namespace

TEST_CASE("read_details gives documents of a balances load the details of a full load") {
  const Folder folder(k_journal);
  const Built full = built(false);
  for (const bool counted : {false, true}) {
    CAPTURE(counted);
    Built balances = built(true);
    REQUIRE(balances.ledger.documents[balances.document("INV-1")].details == nullptr);
    const std::optional<CountedFile> lines =
        counted ? std::optional<CountedFile>(CountedFile{"journal/2026.dues", k_newlines})
                : std::nullopt;
    CHECK(read_details(folder.path, balances.ledger,
                       {"INV-1", "INV-3", "CN-1", "PAY-1", "nope", "INV-1"}, lines));
    for (const char* id : {"INV-1", "INV-3", "CN-1"}) {
      CAPTURE(id);
      const auto& document = balances.ledger.documents[balances.document(id)];
      REQUIRE(document.details != nullptr);
      check_same(*document.details, full.ledger.documents[full.document(id)].info());
    }
    CHECK(balances.ledger.documents[balances.document("INV-2")].details == nullptr);
  }
}

TEST_CASE("read_details finds entries many blocks of text from either end") {
  const std::string journal = invoices(400); // about 20 blocks of 4096 bytes
  const Folder folder(journal);
  const Built full = built(false, journal);
  const auto newlines =
      static_cast<std::uint32_t>(std::count(journal.begin(), journal.end(), '\n'));
  for (const bool counted : {false, true}) {
    CAPTURE(counted);
    Built balances = built(true, journal);
    const std::vector<std::string> ids = {"INV-1",   "INV-2",   "INV-150",
                                          "INV-201", "INV-399", "INV-400"};
    CHECK(read_details(folder.path, balances.ledger, ids,
                       counted
                           ? std::optional<CountedFile>(CountedFile{"journal/2026.dues", newlines})
                           : std::nullopt));
    for (const std::string& id : ids) {
      CAPTURE(id);
      const auto& document = balances.ledger.documents[balances.document(id)];
      REQUIRE(document.details != nullptr);
      check_same(*document.details, full.ledger.documents[full.document(id)].info());
    }
  }
}

TEST_CASE("read_details refuses an entry that is not where the document says") {
  Built balances = built(true);
  SUBCASE("a line added above it") {
    const Folder folder("; moved\n" + std::string(k_journal));
    CHECK_FALSE(read_details(folder.path, balances.ledger, {"INV-1"}, std::nullopt));
  }
  SUBCASE("a wrong count of lines") {
    const Folder folder(k_journal);
    CHECK_FALSE(read_details(folder.path, balances.ledger, {"INV-3"},
                             CountedFile{"journal/2026.dues", k_newlines + 1}));
  }
  SUBCASE("another value in it") {
    std::string changed(k_journal);
    changed.replace(changed.find("subtotal 10.00 total 12.00"), 26, "subtotal 10.00 total 13.00");
    const Folder folder(changed);
    CHECK_FALSE(read_details(folder.path, balances.ledger, {"INV-3"}, std::nullopt));
  }
  SUBCASE("no file") {
    CHECK_FALSE(read_details(fs::temp_directory_path() / "dues-details-none", balances.ledger,
                             {"INV-1"}, std::nullopt));
  }
}

TEST_CASE("DetailsReader reads documents in chunks, forward and back, across calls") {
  const std::string journal = invoices(12000); // about 2 MB: a place kept every 1 MB
  const Folder folder(journal);
  const Built full = built(false, journal);
  Built balances = built(true, journal);
  dues::cli::DetailsReader reader(folder.path, std::nullopt);
  const auto check = [&](std::uint32_t first, std::uint32_t last) {
    std::vector<std::uint32_t> chunk;
    for (std::uint32_t i = first; i < last; ++i) {
      chunk.push_back(i);
    }
    REQUIRE(reader.read(balances.ledger, chunk));
    for (const std::uint32_t i : chunk) {
      REQUIRE(balances.ledger.documents[i].details != nullptr);
      check_same(*balances.ledger.documents[i].details, full.ledger.documents[i].info());
      balances.ledger.documents[i].details.reset(); // let go, as an export does
    }
  };
  for (std::uint32_t first = 0; first < 12000; first += 1000) {
    check(first, first + 1000);
  }
  check(11990, 12000); // from the last place kept
  check(5, 6);         // back before every place kept
  check(7000, 7003);
  check(0, 12000);
}
