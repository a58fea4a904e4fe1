#include "bank/line_key.hpp"

#include "base/text.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace dues::bank {
namespace {

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string fingerprint(const std::string& profile, const BankLine& line) {
  const std::string normal =
      fmt::format("{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}", profile, format_date(line.date),
                  format_amount(line.amount), line.amount.currency().code,
                  ascii_lower(line.payer_name), line.payer_account, line.reference);
  return fmt::format("{:016x}", fnv1a(normal));
}

} // namespace

void assign_keys(const std::string& profile, std::vector<BankLine>& receipts) {
  std::unordered_map<std::string, int> seen;
  for (BankLine& line : receipts) {
    if (!line.bank_id.empty()) {
      const std::string base = profile + ":" + line.bank_id;
      const int occurrence = ++seen[base];
      line.key = occurrence == 1 ? base : fmt::format("{}#{}", base, occurrence);
    } else {
      const std::string base = profile + ":" + fingerprint(profile, line);
      line.key = fmt::format("{}#{}", base, ++seen[base]);
    }
  }
}

} // namespace dues::bank
