#include "base/account.hpp"

#include "base/sealed.hpp" // privacy

#include "base/text.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace dues {
namespace {

// The ASCII letters and digits of the text, upper-cased.
std::string compact_upper(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (is_ascii_alnum(c)) {
      out += ascii_upper(c);
    }
  }
  return out;
}

bool is_email(std::string_view account) {
  return account.find('@') != std::string_view::npos;
}

struct IbanLength {
  std::string_view country;
  std::size_t length;
};

// Lengths of the IBAN registry (SWIFT) for the countries most ledgers meet.
constexpr std::array<IbanLength, 40> k_iban_lengths = {{
    {"AD", 24}, {"AE", 23}, {"AT", 20}, {"BE", 16}, {"BG", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FR", 27}, {"GB", 22}, {"GR", 27},
    {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IS", 26}, {"IT", 27}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"MC", 27}, {"MT", 31}, {"NL", 18}, {"NO", 15}, {"PL", 28}, {"PT", 25}, {"RO", 24},
    {"SA", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"TR", 26}, {"UA", 29}, {"XK", 20},
}};

constexpr std::size_t k_iban_min = 15;
constexpr std::size_t k_iban_max = 34;
constexpr std::size_t k_shown = 4;           // characters a mask keeps at the end
constexpr std::size_t k_known_min = 6;       // shorter known accounts: whole fields only
constexpr std::size_t k_known_anywhere = 10; // from this length, found even when glued

using Span = std::pair<std::size_t, std::size_t>; // [begin, end) byte offsets

// True when nothing alphanumeric touches [begin, end) on either side.
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
  return (begin == 0 || !is_ascii_alnum(text[begin - 1]))
         && (end >= text.size() || !is_ascii_alnum(text[end]));
}

// The end of a valid IBAN starting at `begin` (grouped in fours or not), or 0.
std::size_t iban_end(std::string_view text, std::size_t begin) {
  std::string compact;
  std::vector<std::size_t> ends; // ends[n - 1]: the byte end of the first n characters
  for (std::size_t j = begin; j < text.size() && compact.size() < k_iban_max; ++j) {
    if (is_ascii_alnum(text[j])) {
      compact += ascii_upper(text[j]);
      ends.push_back(j + 1);
    } else if (text[j] == ' ' && j + 1 < text.size() && is_ascii_alnum(text[j + 1])
               && compact.size() % 4 == 0) {
      continue; // a space between groups of four
    } else {
      break;
    }
  }
  for (std::size_t n = compact.size(); n >= k_iban_min; --n) {
    const std::size_t end = ends[n - 1];
    if ((end >= text.size() || !is_ascii_alnum(text[end])) && is_valid_iban(compact.substr(0, n))) {
      return end;
    }
  }
  return 0;
}

// Where valid IBANs appear in the text.
void find_ibans(std::string_view text, std::vector<Span>& spans) {
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    const bool starts = is_ascii_letter(text[i]) && is_ascii_letter(text[i + 1])
                        && is_ascii_digit(text[i + 2]) && is_ascii_digit(text[i + 3])
                        && (i == 0 || !is_ascii_letter(text[i - 1]));
    // "RF" is no country: RF creditor references share the IBAN's check digits.
    if (!starts || (ascii_upper(text[i]) == 'R' && ascii_upper(text[i + 1]) == 'F')) {
      continue;
    }
    if (const std::size_t end = iban_end(text, i); end > 0) {
      spans.emplace_back(i, end);
      i = end - 1;
    }
  }
}

// Where `account` appears in the text (in any case when it is compact).
void find_known(std::string_view text, std::string_view upper_text, const std::string& account,
                std::vector<Span>& spans) {
  const bool anywhere = compact_upper(account).size() >= k_known_anywhere;
  for (const std::string_view haystack : {text, upper_text}) {
    for (std::size_t at = haystack.find(account); at != std::string_view::npos;
         at = haystack.find(account, at + 1)) {
      if (anywhere || stands_alone(text, at, at + account.size())) {
        spans.emplace_back(at, at + account.size());
      }
    }
  }
}

} // namespace

bool looks_like_iban(std::string_view text) {
  std::string iban;
  for (const char c : text) {
    if (c != ' ') {
      iban += ascii_upper(c);
    }
  }
  return iban.size() >= 4 && is_ascii_upper(iban[0]) && is_ascii_upper(iban[1])
         && is_ascii_digit(iban[2]) && is_ascii_digit(iban[3]);
}

bool is_valid_iban(std::string_view text) {
  std::string iban;
  for (const char c : text) {
    if (c != ' ') {
      iban += ascii_upper(c);
    }
  }
  if (iban.size() < k_iban_min || iban.size() > k_iban_max || !looks_like_iban(iban)) {
    return false;
  }
  for (const IbanLength& entry : k_iban_lengths) {
    if (iban.compare(0, 2, entry.country) == 0 && iban.size() != entry.length) {
      return false;
    }
  }
  return mod97(iban.substr(4) + iban.substr(0, 4)) == 1;
}

namespace {

// The mask of an account number found in a field or in text.
std::string mask_number(std::string_view account) {
  const std::string compact = compact_upper(account);
  const std::string last =
      compact.size() >= 2 * k_shown ? compact.substr(compact.size() - k_shown) : std::string();
  if (compact.size() >= k_iban_min && looks_like_iban(compact)) {
    return compact.substr(0, 2) + "** **** " + last;
  }
  return last.empty() ? std::string("****") : "**** " + last;
}

} // namespace

std::string mask_account(std::string_view account) {
  if (account.empty() || is_email(account)) {
    return std::string(account); // nothing, or an email address (PayPal's payer account)
  }
  return mask_number(account);
}

void AccountMask::add_known(std::string_view account) {
  if (is_sealed(account)) { // privacy: it cannot appear in clear text
    return;
  }
  const std::string compact = compact_upper(account);
  if (compact.size() < k_known_min || is_email(account)) {
    return; // too short to find in text without false alarms, or no number
  }
  for (std::string form : {std::string(account), compact}) {
    if (std::find(m_known.begin(), m_known.end(), form) == m_known.end()) {
      m_known.push_back(std::move(form));
    }
  }
}

std::string AccountMask::account(std::string_view account) const {
  if (is_sealed(account)) { // privacy: never a number to show
    return std::string(k_sealed_mask);
  }
  return m_unmask ? std::string(account) : mask_account(account);
}

std::string AccountMask::text(std::string_view text) const {
  if (m_unmask || text.empty()) {
    return std::string(text);
  }
  std::vector<Span> spans;
  find_ibans(text, spans);
  std::string upper_text(text);
  for (char& c : upper_text) {
    c = ascii_upper(c);
  }
  for (const std::string& account : m_known) {
    find_known(text, upper_text, account, spans);
  }
  if (spans.empty()) {
    return std::string(text);
  }
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t done = 0;
  for (std::size_t i = 0; i < spans.size();) {
    auto [begin, end] = spans[i];
    for (++i; i < spans.size() && spans[i].first < end; ++i) {
      end = std::max(end, spans[i].second); // overlapping finds become one
    }
    out.append(text.substr(done, begin - done));
    out += mask_number(text.substr(begin, end - begin));
    done = end;
  }
  out.append(text.substr(done));
  return out;
}

} // namespace dues
