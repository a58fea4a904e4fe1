#include "query/export_accounts.hpp"

#include <doctest/doctest.h>

using dues::query::account_component;
using dues::query::LedgerSyntax;

TEST_CASE("query::account_component") {
  SUBCASE("names the syntax holds stay readable") {
    CHECK(account_component("acme", LedgerSyntax::beancount) == "Acme");
    CHECK(account_component("acme-gmbh", LedgerSyntax::beancount) == "Acme-gmbh");
    CHECK(account_component("1und1", LedgerSyntax::beancount) == "1und1");
    CHECK(account_component("acme_gmbh", LedgerSyntax::ledger) == "acme_gmbh");
    CHECK(account_component("cn/sz.01", LedgerSyntax::hledger) == "cn/sz.01");
  }
  SUBCASE("other names are mapped with a hash, so no two meet") {
    const std::string lower = account_component("acme", LedgerSyntax::beancount);
    const std::string upper = account_component("Acme", LedgerSyntax::beancount);
    CHECK(upper != lower);
    CHECK(upper.starts_with("Acme-X"));
    CHECK(upper.size() == 4 + 2 + 8);
    const std::string dot = account_component("acme.gmbh", LedgerSyntax::beancount);
    const std::string dash = account_component("acme_gmbh", LedgerSyntax::beancount);
    CHECK(dot.starts_with("Acme-gmbh-X"));
    CHECK(dash.starts_with("Acme-gmbh-X"));
    CHECK(dot != dash);
    CHECK(account_component("Acme", LedgerSyntax::beancount)
          == account_component("Acme", LedgerSyntax::beancount));
    CHECK(account_component("a:b", LedgerSyntax::ledger).starts_with("a-b-X"));
    CHECK(account_component("a b", LedgerSyntax::hledger).starts_with("a-b-X"));
  }
}
