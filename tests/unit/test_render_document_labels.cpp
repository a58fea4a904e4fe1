#include "render/document_labels.hpp"

#include <doctest/doctest.h>

using namespace dues::render;

TEST_CASE("render::document_labels knows five languages and falls back to English") {
  CHECK(document_labels("en").invoice == "Invoice");
  CHECK(document_labels("de").invoice == "Rechnung");
  CHECK(document_labels("fr").invoice == "Facture");
  CHECK(document_labels("zh").invoice == "发票");
  CHECK(document_labels("zh").bank == "开户行");
  CHECK(document_labels("zh").account == "账号");
  CHECK(document_labels("ja").invoice == "請求書");
  CHECK(document_labels("ja").tax_id == "登録番号");
  CHECK(document_labels("xx").invoice == "Invoice");
}

TEST_CASE("render::fill_labels replaces known fields and keeps the others") {
  CHECK(fill_labels("Page {page} of {pages}", {{"page", "2"}, {"pages", "3"}}) == "Page 2 of 3");
  CHECK(fill_labels("{a}{b}{", {{"a", "x"}}) == "x{b}{");
  CHECK(fill_labels("", {}) == "");
}

TEST_CASE("render::document_labels: every pattern names the fields the renderers fill") {
  for (const char* language : {"en", "de", "fr", "zh", "ja"}) {
    const DocumentLabels& labels = document_labels(language);
    CAPTURE(language);
    const std::string page = fill_labels(labels.page, {{"page", "7"}, {"pages", "9"}});
    CHECK(page.find('7') != std::string::npos);
    CHECK(page.find('9') != std::string::npos);
    const std::string pay =
        fill_labels(labels.please_pay, {{"amount", "AMT"}, {"due", "DUE"}, {"reference", "REF"}});
    CHECK(pay.find("AMT") != std::string::npos);
    CHECK(pay.find("DUE") != std::string::npos);
    CHECK(pay.find("REF") != std::string::npos);
    CHECK(pay.find('{') == std::string::npos);
    const std::string cash = fill_labels(labels.cash_discount, {{"percent", "P"}, {"date", "D"}});
    CHECK(cash.find('{') == std::string::npos);
  }
}
