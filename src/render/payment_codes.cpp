#include "render/payment_codes.hpp"

#include "base/creditor_reference.hpp"
#include "base/text.hpp"
#include "render/document_labels.hpp"

#include <fmt/format.h>

namespace dues::render {
namespace {

// The first `limit` code points of UTF-8 text.
std::string first_code_points(std::string_view text, std::size_t limit) {
  std::string out;
  for (const char32_t c : decode_utf8(text)) {
    if (limit-- == 0) {
      break;
    }
    out += encode_utf8(c);
  }
  return out;
}

std::string one_line(std::string_view text) {
  std::string out(trim(text));
  for (char& c : out) {
    if (c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (is_ascii_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
  }
  return out;
}

} // namespace

std::optional<std::string> epc_qr_payload(const EpcTransfer& transfer) {
  const std::int64_t cents = transfer.amount.minor_units();
  if (transfer.amount.currency().code != "EUR" || cents < 1 || cents > 99'999'999'999) {
    return std::nullopt;
  }
  std::string iban;
  for (const char c : transfer.iban) {
    if (c != ' ') {
      iban += ascii_upper(c);
    }
  }
  const std::string reference = one_line(transfer.reference);
  const bool structured = is_valid_rf_reference(reference);
  std::string payload =
      fmt::format("BCD\n002\n1\nSCT\n{}\n{}\n{}\nEUR{}\n\n{}\n{}", one_line(transfer.bic),
                  first_code_points(one_line(transfer.name), 70), iban,
                  format_amount(transfer.amount), structured ? compact_rf_reference(reference) : "",
                  structured ? "" : first_code_points(reference, 140));
  while (!payload.empty() && payload.back() == '\n') {
    payload.pop_back();
  }
  if (payload.size() > 331) {
    return std::nullopt;
  }
  return payload;
}

std::string pay_link(std::string_view pattern, const PayLinkFields& fields) {
  const std::string number = percent_encode(fields.number);
  const std::string customer = percent_encode(fields.customer);
  const std::string total = percent_encode(fields.total);
  const std::string open = percent_encode(fields.open);
  const std::string currency = percent_encode(fields.currency);
  const std::string reference = percent_encode(fields.reference);
  return fill_labels(pattern, {{"number", number},
                               {"customer", customer},
                               {"total", total},
                               {"open", open},
                               {"currency", currency},
                               {"reference", reference}});
}

} // namespace dues::render
