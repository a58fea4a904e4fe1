#include "base/sha256.hpp"
#include "model/journal_blocks.hpp"
#include "model/journal_merge.hpp"
#include "model/seal.hpp"

#include <doctest/doctest.h>

#include <string>

using dues::merge_journal;
using dues::MergeOutcome;

namespace {

const std::string k_base = "; 2026\n"
                           "\n"
                           "2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total "
                           "100.00 EUR\n";

std::string invoice(const std::string& date, const std::string& id, const std::string& customer) {
  return date + " invoice " + id + " customer " + customer + " due 2026-12-31 total 10.00 EUR\n";
}

dues::syntax::Settings series_settings() {
  dues::syntax::Settings settings;
  settings.series["invoice"] = {"invoice", "INV-{year}-{seq:04}", true, false, "invoice", {}};
  settings.series["payment"] = {"payment", "PAY-{year}-{seq:04}", true, false, "payment", {}};
  return settings;
}

MergeOutcome merge(const std::string& ours, const std::string& theirs,
                   const std::set<std::string, std::less<>>& elsewhere = {}) {
  return merge_journal({k_base, ours, theirs}, "journal/2026.dues", series_settings(), elsewhere);
}

} // namespace

TEST_CASE("dues::merge_journal keeps both sides' appends in date order") {
  const std::string ours = k_base + "2026-01-09 note acme text \"ours\"\n";
  const std::string theirs = k_base + "2026-01-07 note acme text \"theirs\"\n" +
                             "2026-01-10 note acme text \"theirs too\"\n";
  const MergeOutcome outcome = merge(ours, theirs);
  CHECK(outcome.conflicts.empty());
  CHECK(outcome.notes.empty());
  CHECK(outcome.text == k_base + "2026-01-07 note acme text \"theirs\"\n" +
                            "2026-01-09 note acme text \"ours\"\n" +
                            "2026-01-10 note acme text \"theirs too\"\n");
}

TEST_CASE("dues::merge_journal keeps an entry added on both sides once and applies deletions") {
  const std::string both = "2026-01-09 note acme text \"same\"\n";
  CHECK(merge(k_base + both, k_base + both).text == k_base + both);
  // Theirs deleted the invoice that ours left alone: it goes (the comment line stays ours).
  CHECK(merge(k_base + both, "; 2026\n").text == "; 2026\n\n" + both);
}

TEST_CASE("dues::merge_journal renumbers the later of two documents with one number") {
  const std::string ours = k_base + invoice("2026-01-08", "INV-2026-0002", "acme");
  const std::string theirs = k_base + invoice("2026-01-07", "INV-2026-0002", "bolt") +
                             "2026-01-09 payment PAY-2026-0001 customer bolt amount 10.00 EUR\n"
                             "  apply INV-2026-0002 10.00\n";
  const MergeOutcome one = merge(ours, theirs);
  const MergeOutcome two = merge(theirs, ours);
  REQUIRE(one.conflicts.empty());
  CHECK(one.notes == std::vector<std::string>{"journal/2026.dues: invoice INV-2026-0002 of ours "
                                              "(2026-01-08) is now INV-2026-0003"});
  CHECK(one.text == k_base + invoice("2026-01-07", "INV-2026-0002", "bolt") +
                        "; dues merge-driver: renumbered from INV-2026-0002 (issued on both "
                        "branches)\n" +
                        invoice("2026-01-08", "INV-2026-0003", "acme") +
                        "2026-01-09 payment PAY-2026-0001 customer bolt amount 10.00 EUR\n"
                        "  apply INV-2026-0002 10.00\n");
  // The other direction renumbers the same document: the rule is symmetric.
  CHECK(two.notes == std::vector<std::string>{"journal/2026.dues: invoice INV-2026-0002 of "
                                              "theirs (2026-01-08) is now INV-2026-0003"});
  // The payment of a renumbered invoice follows it; a number used in another file is skipped.
  const MergeOutcome three = merge(theirs, ours, {"INV-2026-0003"});
  CHECK(three.notes.back().ends_with("is now INV-2026-0004"));
  const MergeOutcome four =
      merge(k_base + invoice("2026-01-06", "INV-2026-0002", "acme"), theirs);
  CHECK(four.text.find("  apply INV-2026-0003 10.00\n") != std::string::npos);
  CHECK(four.text.find("2026-01-07 invoice INV-2026-0003 customer bolt") != std::string::npos);
}

TEST_CASE("dues::merge_journal moves the renumbered side's later numbers with it, in order") {
  // Regression (git.merge_scenarios seed 73): only the colliding entry moved, so the side
  // recorded later listed INV-2026-0004 before INV-2026-0003 on the same day.
  const std::string ours = k_base + invoice("2026-01-07", "INV-2026-0002", "acme");
  const std::string theirs = k_base + invoice("2026-01-08", "INV-2026-0002", "bolt") +
                             invoice("2026-01-08", "INV-2026-0003", "bolt");
  const MergeOutcome one = merge(ours, theirs);
  REQUIRE(one.conflicts.empty());
  CHECK(one.text == k_base + invoice("2026-01-07", "INV-2026-0002", "acme") +
                        "; dues merge-driver: renumbered from INV-2026-0002 (issued on both "
                        "branches)\n" +
                        invoice("2026-01-08", "INV-2026-0003", "bolt") +
                        "; dues merge-driver: renumbered from INV-2026-0003 (after "
                        "INV-2026-0002, issued on both branches)\n" +
                        invoice("2026-01-08", "INV-2026-0004", "bolt"));
  CHECK(merge(theirs, ours).notes.size() == 2);
  // A sent number in the run cannot move: then the colliding entry moves alone.
  const std::string sent = theirs + "2026-01-09 sent INV-2026-0003 to \"x@bolt.example\" via outbox\n";
  const MergeOutcome two = merge(ours, sent);
  REQUIRE(two.conflicts.empty());
  CHECK(two.notes == std::vector<std::string>{"journal/2026.dues: invoice INV-2026-0002 of "
                                              "theirs (2026-01-08) is now INV-2026-0004"});
}

TEST_CASE("dues::merge_journal never renumbers a sent document") {
  const std::string sent_ours = "2026-01-09 sent INV-2026-0002 to \"a@b.example\" via outbox\n";
  const std::string sent_theirs = "2026-01-09 sent INV-2026-0002 to \"c@d.example\" via outbox\n";
  const std::string ours = k_base + invoice("2026-01-08", "INV-2026-0002", "acme") + sent_ours;
  const std::string theirs = k_base + invoice("2026-01-07", "INV-2026-0002", "bolt");
  // Ours is later but sent: theirs is renumbered, with the entries that follow it.
  const MergeOutcome outcome = merge(ours, theirs);
  REQUIRE(outcome.conflicts.empty());
  CHECK(outcome.text.find(invoice("2026-01-07", "INV-2026-0003", "bolt")) != std::string::npos);
  // Both sent: a conflict, and both are kept for `dues check` to name.
  const MergeOutcome both = merge(ours, theirs + sent_theirs);
  REQUIRE(both.conflicts.size() == 1);
  CHECK(both.conflicts[0] == "journal/2026.dues: INV-2026-0002 was issued and sent on both "
                             "branches; a sent number cannot change: credit or void one of them "
                             "and issue it again");
  CHECK(both.text.find("; dues merge-driver: CONFLICT: ") != std::string::npos);
  CHECK(both.text.find(invoice("2026-01-07", "INV-2026-0002", "bolt")) != std::string::npos);
}

TEST_CASE("dues::merge_journal refuses what its rule cannot decide") {
  // An edit of the same entry on both sides.
  const std::string ours = invoice("2026-01-05", "INV-2026-0001", "acme");
  const std::string theirs = invoice("2026-01-05", "INV-2026-0001", "bolt");
  const MergeOutcome edited =
      merge_journal({k_base, "; 2026\n\n" + ours, "; 2026\n\n" + theirs}, "j.dues",
                    series_settings(), {});
  CHECK(edited.conflicts.size() == 1);
  // An id no series numbers.
  const MergeOutcome external =
      merge_journal({"", invoice("2026-01-05", "X-1", "acme"), invoice("2026-01-06", "X-1", "bolt")},
                    "j.dues", series_settings(), {});
  CHECK(external.conflicts.size() == 1);
  // A side that does not parse.
  const MergeOutcome broken = merge(k_base, k_base + "2026-01-07 invoice\n");
  CHECK(!broken.conflicts.empty());
  CHECK(broken.text == k_base);
}

TEST_CASE("dues::sha256_hex") {
  CHECK(dues::sha256_hex("abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("dues::check_seal finds edits, deletions, moves and back-dated entries") {
  dues::Diagnostics diags;
  const std::string a = invoice("2026-01-05", "INV-2026-0001", "acme");
  const std::string b = invoice("2026-01-06", "INV-2026-0002", "bolt");
  const auto blocks = [&](const std::string& text) {
    return dues::split_journal(text, "j.dues", diags);
  };
  const dues::Seal seal = dues::make_seal(blocks(a + b), *dues::parse_date("2026-01-10"));
  CHECK(!dues::check_seal(seal, blocks("; a comment\n" + a + "\n" + b), "j.dues").problem);
  const auto problem = [&](const std::string& text) {
    const auto check = dues::check_seal(seal, blocks(text), "j.dues");
    return check.problem ? std::string(check.problem->what()) : std::string();
  };
  CHECK(problem(a + invoice("2026-01-06", "INV-2026-0002", "acme")) ==
        "j.dues:2:1: invoice INV-2026-0002 was changed after it was sealed on 2026-01-10 (its "
        "text differs from seal link 2 of 2026-01-06 invoice INV-2026-0002)");
  CHECK(problem(b + a).starts_with("j.dues:1:1: 2026-01-06 invoice INV-2026-0002 is not the "
                                   "entry sealed here (seal link 1"));
  CHECK(problem(a).starts_with("j.dues:1:1: the entry sealed as link 2"));
  CHECK(problem(a + b + invoice("2026-01-09", "INV-2026-0003", "acme"))
            .starts_with("j.dues:3:1: 2026-01-09 invoice INV-2026-0003 is not sealed and dated "
                         "before the seal"));
  CHECK(problem(a + b + "2026-01-11 void INV-2026-0002 reason \"x\"\n").empty());
  // The seal file reads back.
  const dues::Seal again = dues::read_seal(dues::write_seal(seal, "j.dues"), "j.dues.seal", diags);
  CHECK(diags.empty());
  CHECK(again.links.size() == 2);
  CHECK(again.links[1].hash == seal.links[1].hash);
}
