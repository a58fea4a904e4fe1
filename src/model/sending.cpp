#include "model/sending.hpp"

#include "model/customer.hpp"

#include <fmt/format.h>

namespace dues {

bool is_known_transport(std::string_view via) {
  return via == "smtp" || via == "sendmail" || via == "outbox" || via == "command";
}

std::vector<std::string> split_recipients(std::string_view list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(',', start);
    if (end == std::string_view::npos) {
      end = list.size();
    }
    std::string_view item = list.substr(start, end - start);
    while (!item.empty() && item.front() == ' ') {
      item.remove_prefix(1);
    }
    while (!item.empty() && item.back() == ' ') {
      item.remove_suffix(1);
    }
    if (!item.empty()) {
      out.emplace_back(item);
    }
    start = end + 1;
  }
  return out;
}

void check_sendings(const Ledger& ledger, Diagnostics& diags) {
  for (const Sending& sending : ledger.sendings) {
    const Document& document = ledger.documents[sending.document];
    const auto fail = [&](const std::string& message) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(sending.pos), message));
    };
    if (day_number(sending.date) < day_number(document.date)) {
      fail(fmt::format("{} is sent on {}, before it was issued on {}", document.id,
                       format_date(sending.date), format_date(document.date)));
    }
    if (!is_known_transport(sending.via)) {
      fail(fmt::format("unknown transport '{}' (via smtp, sendmail, outbox or command)",
                       sending.via));
    }
    const std::vector<std::string> to = split_recipients(sending.to);
    if (to.empty()) {
      fail(fmt::format("the sent-log entry of {} names no recipient", document.id));
    }
    for (const auto& list : {to, split_recipients(sending.cc)}) {
      for (const std::string& address : list) {
        if (!is_valid_email(address)) {
          fail(fmt::format("not a valid email address: '{}'", address));
        }
      }
    }
  }
}

std::vector<std::uint32_t> send_counts(const Ledger& ledger) {
  std::vector<std::uint32_t> counts(ledger.documents.size(), 0);
  for (const Sending& sending : ledger.sendings) {
    ++counts[sending.document];
  }
  return counts;
}

} // namespace dues
