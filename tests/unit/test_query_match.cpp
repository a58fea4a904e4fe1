#include "model/build.hpp"
#include "query/match.hpp"
#include "query/match_index.hpp"
#include "query/match_text.hpp"
#include "random_history.hpp"
#include "syntax/toml_reader.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::query;

namespace {

constexpr std::string_view k_settings = R"(format = 1
[company]
name = "Acme Widgets"
currency = "EUR"
[series.invoice]
format = "INV-{year}-{seq:04}"
external = true
)";

constexpr std::string_view k_customers = R"(
[globex]
name = "Globex GmbH"
aliases = ["GLOBEX CORP"]
bank-accounts = ["DE89 3704 0044 0532 0130 00"]
[initech]
name = "Initech AG"
[initech-uk]
name = "Initech Ltd"
[moller]
name = "Müller & Söhne KG"
[mou]
name = "某某科技有限公司"
)";

constexpr std::string_view k_journal =
    R"(2024-03-01 invoice INV-2024-0042 customer globex due 2024-03-31 total 4250.00 EUR ref "RF05 2024 0000 42"
2024-03-01 invoice INV-2024-0043 customer moller due 2024-03-31 total 980.00 EUR ref "RF47INV20240043"
2024-03-02 invoice INV-2024-0044 customer globex due 2024-04-01 total 100.00 EUR
2024-03-03 invoice INV-2024-0045 customer globex due 2024-04-02 total 200.00 EUR
2024-03-04 invoice INV-2024-0046 customer globex due 2024-04-03 total 200.00 EUR
2024-03-05 invoice INV-2024-0047 customer mou due 2024-04-03 total 1000.00 CNY
2024-03-05 invoice INV-2024-0048 customer initech due 2024-04-03 total 50.00 EUR
2024-03-25 invoice INV-2024-0049 customer moller due 2024-04-25 total 70.00 EUR
2024-03-06 payment PAY-2024-0001 customer globex amount 1.00 EUR bank "test:old-line"
)";

Ledger make_ledger() {
  Diagnostics diags;
  syntax::Settings settings = syntax::read_settings(k_settings, "dues.toml", diags);
  std::vector<Customer> customers = syntax::read_customers(k_customers, "customers.toml", diags);
  static const std::string journal(k_journal);
  Ledger ledger = build_ledger(std::move(settings), std::move(customers),
                               {{"journal/2024.dues", journal}}, diags);
  for (const Error& error : diags.errors()) {
    FAIL(error.what());
  }
  return ledger;
}

bank::BankLine line(std::string_view amount, std::string reference, std::string payer = {},
                    std::string currency = "EUR") {
  bank::BankLine line;
  line.line_number = 2;
  line.date = *parse_date("2024-03-18");
  line.amount = *parse_money(amount, *find_currency(currency));
  line.fee = Money::zero(*find_currency(currency));
  line.reference = std::move(reference);
  line.payer_name = std::move(payer);
  line.key = "test:" + line.reference;
  return line;
}

struct Result {
  std::vector<LineMatch> matches;
  const Ledger* ledger;

  const LineMatch& at(std::size_t i) const { return matches.at(i); }
  // "INV-2024-0042 4250.00, ..." for the planned applies of line i.
  std::string applies(std::size_t i) const {
    std::string text;
    for (const PlannedApply& apply : matches.at(i).applies) {
      text += fmt::format("{}{} {}", text.empty() ? "" : ", ", ledger->documents[apply.document].id,
                          format_amount(apply.amount));
    }
    return text;
  }
  std::string candidates(std::size_t i) const {
    std::string text;
    for (const Candidate& candidate : matches.at(i).candidates) {
      text +=
          fmt::format("{}{}", text.empty() ? "" : ", ", ledger->documents[candidate.document].id);
    }
    return text;
  }
};

Result run(const std::vector<bank::BankLine>& lines, MatchSettings settings = {}) {
  static const Ledger ledger = make_ledger();
  return {match_bank_lines(ledger, *parse_date("2024-03-31"), lines, settings), &ledger};
}

} // namespace

TEST_CASE("tier 0: a valid RF reference equal to an invoice's ref") {
  const Result result = run({line("4250.00", "Omschrijving: RF052024000042 IBAN: NL00")});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.at(0).tier == 0);
  CHECK(result.at(0).confidence == 100);
  CHECK(result.applies(0) == "INV-2024-0042 4250.00");
  CHECK(result.at(0).reasons
        == std::vector<std::string>{"reference RF05 2024 0000 42 is the ref of INV-2024-0042",
                                    "amount equals its open amount"});
  // printed in groups, and a partial payment
  const Result partial = run({line("500.00", "RF47 INV2 0240 043")});
  CHECK(partial.at(0).status == MatchStatus::matched);
  CHECK(partial.applies(0) == "INV-2024-0043 500.00");
  CHECK(partial.at(0).confidence == 90);
  // a reference with a wrong check digit is no reference
  CHECK(run({line("4250.00", "RF06 2024 0000 42")}).at(0).tier != 0);
}

TEST_CASE("tier 1: an invoice number in the text with its separators normalised") {
  for (const char* text : {"Rechnung INV-2024-0043 Kd 1002", "INV 2024 0043", "ID:INV20240043"}) {
    const Result result = run({line("980.00", text)});
    CHECK(result.at(0).status == MatchStatus::matched);
    CHECK(result.at(0).tier == 1);
    CHECK(result.at(0).confidence == 95);
    CHECK(result.applies(0) == "INV-2024-0043 980.00");
  }
  const Result digits = run({line("980.00", "RE 2024-0043 thanks")});
  CHECK(digits.at(0).confidence == 90);
  CHECK(digits.at(0).reasons.front()
        == "invoice number INV-2024-0043 in the text (without its "
           "prefix)");
}

TEST_CASE("tier 1: one payment naming several invoices") {
  const Result result = run({line("300.00", "INV-2024-0044 + INV-2024-0045")});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.applies(0) == "INV-2024-0044 100.00, INV-2024-0045 200.00");
  CHECK(result.at(0).reasons.back() == "amount equals the sum of their open amounts");
}

TEST_CASE("tier 1: an underpayment within tolerance is recorded as a fee") {
  MatchSettings settings;
  settings.fee_tolerance_percent = Decimal(2, 0);
  const Result result = run({line("962.50", "Invoice 2024-0043 less bank charges")}, settings);
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.applies(0) == "INV-2024-0043 980.00");
  CHECK(format_amount(result.at(0).fee) == "17.50");
  CHECK(result.at(0).confidence == 85);
  // beyond the tolerance it is for a person
  const Result beyond = run({line("950.00", "INV-2024-0043")}, settings);
  CHECK(beyond.at(0).status == MatchStatus::ambiguous);
  CHECK(beyond.candidates(0) == "INV-2024-0043");
  // an absolute limit as well: both must hold
  settings.fee_tolerance = Decimal(1000, 2);
  CHECK(run({line("962.50", "INV-2024-0043")}, settings).at(0).status == MatchStatus::ambiguous);
  CHECK(run({line("970.00", "INV-2024-0043")}, settings).at(0).status == MatchStatus::matched);
}

TEST_CASE("tier 2: the payer's account identifies the customer, one invoice has the amount") {
  bank::BankLine paid = line("100.00", "thanks");
  paid.payer_account = "DE89370400440532013000";
  const Result result = run({paid});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.at(0).tier == 2);
  CHECK(result.at(0).confidence == 90);
  CHECK(result.applies(0) == "INV-2024-0044 100.00");
  CHECK(result.at(0).reasons.front() == "payer account DE89370400440532013000 belongs to globex");
}

TEST_CASE("tier 2: two invoices of the same amount and customer are a tie") {
  const Result result = run({line("200.00", "payment", "Globex GmbH")});
  CHECK(result.at(0).status == MatchStatus::ambiguous);
  CHECK(result.candidates(0) == "INV-2024-0045, INV-2024-0046");
  CHECK(result.at(0).reasons.back() == "2 open invoices of globex have this amount");
}

TEST_CASE("tier 2: the oldest open invoices adding up to the amount") {
  const Result result = run({line("4350.00", "March", "GLOBEX CORP")});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.applies(0) == "INV-2024-0042 4250.00, INV-2024-0044 100.00");
  CHECK(result.at(0).confidence == 85);
}

TEST_CASE("tier 2: one unique combination of open invoices") {
  const Result result = run({line("4450.00", "March", "Globex")});
  CHECK(result.at(0).status == MatchStatus::ambiguous); // 42+45 and 42+46 both fit
  const Result none = run({line("4300.00", "March", "Globex")});
  CHECK(none.at(0).status == MatchStatus::unmatched);
  CHECK(none.at(0).reasons.back()
        == "but no open invoice of it, nor a combination, comes to "
           "4300.00");
  const Result unique = run({line("400.00", "March", "Globex")});
  CHECK(unique.at(0).status == MatchStatus::matched);
  CHECK(unique.applies(0) == "INV-2024-0045 200.00, INV-2024-0046 200.00");
  CHECK(unique.at(0).reasons.back() == "2 of its open invoices add up to the amount");
  const Result three = run({line("4550.00", "x", "Globex")});
  CHECK(three.at(0).status == MatchStatus::matched); // 4250 + 100 + 200 oldest first
  CHECK(three.applies(0) == "INV-2024-0042 4250.00, INV-2024-0044 100.00, INV-2024-0045 200.00");
}

TEST_CASE("payer names: suffixes, accents, CJK and full width; ties are never guessed") {
  CHECK(run({line("980.00", "x", "MÜLLER UND SÖHNE")}).applies(0) == "INV-2024-0043 980.00");
  CHECK(run({line("1000.00", "转账", "某某科技", "CNY")}).applies(0) == "INV-2024-0047 1000.00");
  CHECK(run({line("1000.00", "转账", "某某科技有限公司", "CNY")}).at(0).status
        == MatchStatus::matched);
  const Result tie = run({line("50.00", "x", "INITECH")});
  CHECK(tie.at(0).status == MatchStatus::ambiguous);
  CHECK(tie.at(0).reasons.back()
        == "payer name 'INITECH' is as close to initech as to "
           "initech-uk (similarity 100)");
  const Result far = run({line("50.00", "x", "Coffee Shop")});
  CHECK(far.at(0).status == MatchStatus::unmatched);
}

TEST_CASE("a customer's name in the text identifies it when there is no payer column") {
  const Result result = run({line("100.00", "ORIG CO NAME:GLOBEX CORP ORIG ID:1234567890")});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.at(0).confidence == 85);
  CHECK(result.at(0).reasons.front() == "name 'Globex GmbH' of customer globex is in the text");
}

TEST_CASE("lines already imported are reported, not matched again") {
  bank::BankLine old = line("1.00", "whatever");
  old.key = "test:old-line";
  const Result result = run({old});
  CHECK(result.at(0).status == MatchStatus::already_imported);
  CHECK(result.at(0).payment_id == "PAY-2024-0001");
}

TEST_CASE("money planned for one line is not offered to the next") {
  const Result result = run({line("980.00", "INV-2024-0043"), line("980.00", "INV-2024-0043")});
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(result.at(1).status == MatchStatus::ambiguous);
  CHECK(result.at(1).reasons.back() == "INV-2024-0043 is not open");
}

TEST_CASE("an invoice dated after the line counts only within the date tolerance") {
  bank::BankLine early = line("70.00", "INV-2024-0049");
  CHECK(run({early}).at(0).status == MatchStatus::ambiguous);
  MatchSettings settings;
  settings.date_tolerance = 7;
  const Result result = run({early}, settings);
  CHECK(result.at(0).status == MatchStatus::matched);
  CHECK(format_date(result.at(0).applies[0].date) == "2024-03-25");
}

TEST_CASE("matches below min-confidence are only proposed") {
  MatchSettings settings;
  settings.min_confidence = 90;
  const Result result = run({line("100.00", "GLOBEX CORP")}, settings);
  CHECK(result.at(0).status == MatchStatus::ambiguous);
  CHECK(result.candidates(0) == "INV-2024-0044");
  CHECK(result.at(0).reasons.back() == "confidence 85 is below min-confidence 90");
}

TEST_CASE("text helpers") {
  CHECK(alnum_tokens("Rechnung INV-2024-0042, Kd")
        == std::vector<std::string>{"RECHNUNG", "INV", "2024", "0042", "KD"});
  CHECK(compact_id("inv 2024/0042") == "INV20240042");
  CHECK(digits_after_prefix("INV20240042") == "20240042");
  CHECK(digits_after_prefix("20240042").empty());
  CHECK(digits_after_prefix("INV2024A").empty());
  CHECK(find_rf_references("pay RF05 2024 0000 42 now, or rf18539007547034")
        == std::vector<std::string>{"RF052024000042", "RF18539007547034"});
  CHECK(find_rf_references("RF06 2024 0000 42").empty());
  CHECK(name_tokens("GLOBEX Corp.") == std::vector<std::string>{"globex"});
  CHECK(name_tokens("Ｇｌｏｂｅｘ　ＧｍｂＨ") == std::vector<std::string>{"globex"});
  CHECK(name_tokens("Müller & Söhne KG") == std::vector<std::string>{"muller", "sohne"});
  CHECK(name_tokens("某某科技有限公司") == std::vector<std::string>{"某某", "某科", "科技"});
  CHECK(name_tokens("GmbH") == std::vector<std::string>{"gmbh"});
  CHECK(name_similarity(name_tokens("Globex"), name_tokens("Globex GmbH")) == 100);
  CHECK(name_similarity(name_tokens("Acme Widgets"), name_tokens("ACME WIDGETS LLC")) == 100);
  CHECK(name_similarity(name_tokens("Acme"), name_tokens("ACME WIDGETS LLC")) == 88);
  CHECK(name_similarity(name_tokens("Coffee Shop"), name_tokens("Coffee Roasters")) == 50);
  CHECK(name_similarity({}, name_tokens("x y")) == 0);
}

TEST_CASE("property: the match index holds what open_items gives on the day") {
  for (const std::uint64_t seed : {5U, 9U, 14U}) {
    INFO("seed ", seed);
    random_history::History history(seed);
    history.generate();
    Ledger ledger = random_history::build(history.journals());
    random_history::add_returns_and_voids(ledger, seed);
    for (int d = 0; d < random_history::k_days + 30; d += 7) {
      const Date day = add_days(random_history::k_first_day, d);
      INFO("as of ", format_date(day));
      const OpenInvoices index(ledger, day);
      const Balances balances = balances_as_of(ledger, day);
      std::vector<std::int64_t> open(ledger.documents.size(), 0);
      for (const OpenItem& item : open_items(ledger, balances)) {
        open[item.document] += item.open.minor_units();
      }
      std::vector<std::uint32_t> listed;
      for (std::uint32_t c = 0; c < ledger.customers.size(); ++c) {
        listed.insert(listed.end(), index.of_customer(c).begin(), index.of_customer(c).end());
      }
      std::sort(listed.begin(), listed.end());
      std::vector<std::uint32_t> expected;
      for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
        CHECK(index.remaining(i) == open[i]);
        CHECK(index.voided(i) == (balances.voided[i] != 0));
        if (open[i] != 0) {
          expected.push_back(i);
        }
      }
      CHECK(listed == expected);
    }
  }
}
