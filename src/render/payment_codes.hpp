#pragma once

#include "base/money.hpp"

#include <optional>
#include <string>
#include <string_view>

// What a customer scans or clicks to pay a document: the EPC QR code payload and the
// payment link of [documents] pay-url.
namespace dues::render {

struct EpcTransfer {
  std::string bic; // optional in version 002
  std::string name;
  std::string iban;
  Money amount;
  std::string reference; // an RF creditor reference goes in the structured field,
                         // anything else in the unstructured remittance text
};

// The EPC069-12 version 002 "GiroCode" payload (UTF-8, LF between fields): BCD, 002,
// 1, SCT, BIC, name, IBAN, EUR amount, purpose (empty), structured reference or
// remittance text. nullopt when it cannot be a valid code: not EUR, an amount outside
// 0.01..999999999.99, or more than 331 bytes. Names are cut to 70 characters.
std::optional<std::string> epc_qr_payload(const EpcTransfer& transfer);

// The fields a payment link may use, as text.
struct PayLinkFields {
  std::string_view number;   // the document id
  std::string_view customer; // the customer id
  std::string_view total;    // "1440.00"
  std::string_view open;     // what is still to pay
  std::string_view currency; // "EUR"
  std::string_view reference;
};

// `pattern` ([documents] pay-url) with {number} {customer} {total} {open} {currency}
// {reference} replaced by their percent-encoded values (RFC 3986 unreserved characters
// stay as they are). An unknown {name} stays as written.
std::string pay_link(std::string_view pattern, const PayLinkFields& fields);

} // namespace dues::render
