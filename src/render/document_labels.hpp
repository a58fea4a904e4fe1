#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace dues::render {

// The words printed on invoices, credit notes and statements, in one language.
struct DocumentLabels {
  std::string_view invoice;
  std::string_view credit_note;
  std::string_view statement;
  std::string_view number;
  std::string_view date;
  std::string_view due;
  std::string_view terms;
  std::string_view purchase_order;
  std::string_view customer;
  std::string_view corrects; // the invoice a credit note corrects
  std::string_view reason;
  std::string_view bill_to;
  std::string_view tax_id; // ja: 登録番号, the qualified invoice issuer number
  std::string_view description;
  std::string_view quantity;
  std::string_view unit;
  std::string_view price;
  std::string_view tax;
  std::string_view discount;
  std::string_view amount;
  std::string_view subtotal;
  std::string_view total;
  std::string_view tax_summary;
  std::string_view rate;
  std::string_view base;
  std::string_view instalments;
  std::string_view cash_discount; // "{percent} discount if paid by {date}"
  std::string_view payment;
  std::string_view please_pay; // "Please pay {amount} by {due} quoting the reference {ref}."
  std::string_view reference;
  std::string_view bank;    // zh: 开户行
  std::string_view account; // zh: 账号
  std::string_view routing;
  std::string_view pay_online;
  std::string_view scan_to_pay; // under the EPC QR code
  std::string_view alipay;
  std::string_view wechat;
  std::string_view notes;
  std::string_view page; // "Page {page} of {pages}"
  std::string_view continued;
  std::string_view period;
  std::string_view opening;
  std::string_view closing;
  std::string_view balance;
  std::string_view kind;
  std::string_view detail;
  std::string_view aging;
  std::string_view not_due;
  std::string_view credit;
  std::string_view paid;
  // sepa: "{amount} will be collected by SEPA direct debit on {date} (mandate reference
  // {mandate}, creditor id {creditor})..."
  std::string_view direct_debit;
  // The legend of the ※ after items taxed at a reduced rate (ja: ※は軽減税率対象).
  std::string_view reduced_rate;
};

// The labels of a language: en, de, fr, zh or ja; anything else gets English.
const DocumentLabels& document_labels(std::string_view language);

// `pattern` with each {name} replaced: fill(pattern, {{"page", "2"}, ...}).
std::string
fill_labels(std::string_view pattern,
            std::initializer_list<std::pair<std::string_view, std::string_view>> values);

} // namespace dues::render
