#include "query/match_text.hpp"

#include "base/creditor_reference.hpp"
#include "base/text.hpp"

#include <algorithm>
#include <array>

namespace dues::query {
namespace {

bool is_cjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF)       // kana
         || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
         || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
         || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
         || (c >= 0xF900 && c <= 0xFAFF)    // compatibility ideographs
         || (c >= 0x20000 && c <= 0x3FFFF); // extensions B and later
}

bool is_separator(char32_t c) {
  if (c < 0x80) {
    return !is_ascii_alnum(static_cast<char>(c));
  }
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 // Latin-1 punctuation and signs
         || (c >= 0x2000 && c <= 0x206F)                    // general punctuation
         || (c >= 0x3000 && c <= 0x303F)                    // CJK symbols and punctuation
         || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
         || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// Latin-1 letters U+00C0..U+00FF without their accents, lower case.
constexpr std::array<std::string_view, 64> k_latin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Folds one code point: full-width ASCII to ASCII, letters to lower case without accents.
std::string fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;
  }
  if (c == 0x3000) {
    c = ' ';
  }
  if (c < 0x80) {
    const char ascii = static_cast<char>(c);
    return std::string(1, (ascii >= 'A' && ascii <= 'Z') ? static_cast<char>(ascii - 'A' + 'a')
                                                         : ascii);
  }
  if (c >= 0xC0 && c <= 0xFF) {
    return std::string(k_latin1[c - 0xC0]);
  }
  return encode_utf8(c);
}

constexpr std::array<std::string_view, 38> k_company_words = {
    "gmbh",    "mbh",     "ag",  "kg",      "ohg",   "gbr",          "ug",   "ltd",
    "limited", "llc",     "llp", "lp",      "inc",   "incorporated", "corp", "corporation",
    "co",      "company", "plc", "bv",      "nv",    "sa",           "sarl", "sas",
    "srl",     "spa",     "ab",  "oy",      "pty",   "kk",           "the",  "and",
    "und",     "et",      "cie", "holding", "group", "gesellschaft"};

constexpr std::array<std::u32string_view, 7> k_company_endings = {
    U"股份有限公司", U"有限责任公司", U"有限公司", U"分公司", U"公司", U"集团", U"株式会社"};

void add_cjk_run(std::u32string run, std::vector<std::string>& tokens) {
  bool cut = true;
  while (cut) {
    cut = false;
    for (const std::u32string_view ending : k_company_endings) {
      if (run.size() > ending.size() + 1 && run.ends_with(ending)) {
        run.resize(run.size() - ending.size());
        cut = true;
      }
    }
  }
  if (run.size() == 1) {
    tokens.push_back(encode_utf8(run[0]));
    return;
  }
  for (std::size_t i = 0; i + 1 < run.size(); ++i) {
    tokens.push_back(encode_utf8(run[i]) + encode_utf8(run[i + 1]));
  }
}

} // namespace

std::vector<std::string> alnum_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  for (const char c : text) {
    if (is_ascii_alnum(c)) {
      current += ascii_upper(c);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    tokens.push_back(std::move(current));
  }
  return tokens;
}

std::string compact_id(std::string_view id) {
  std::string compact;
  for (const char c : id) {
    if (is_ascii_alnum(c)) {
      compact += ascii_upper(c);
    }
  }
  return compact;
}

std::string digits_after_prefix(std::string_view compact) {
  std::size_t i = 0;
  while (i < compact.size() && compact[i] >= 'A' && compact[i] <= 'Z') {
    ++i;
  }
  if (i == 0 || i == compact.size()) {
    return {};
  }
  for (std::size_t k = i; k < compact.size(); ++k) {
    if (compact[k] < '0' || compact[k] > '9') {
      return {};
    }
  }
  return std::string(compact.substr(i));
}

std::vector<std::string> find_rf_references(std::string_view text) {
  const std::vector<std::string> tokens = alnum_tokens(text);
  std::vector<std::string> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& first = tokens[i];
    if (first.size() < 4 || !first.starts_with("RF") || first[2] < '0' || first[2] > '9'
        || first[3] < '0' || first[3] > '9') {
      continue;
    }
    // Printed in groups of four, a reference spans several tokens: try each length.
    std::string joined;
    for (std::size_t k = i; k < tokens.size() && joined.size() + tokens[k].size() <= 25; ++k) {
      joined += tokens[k];
      if (is_valid_rf_reference(joined)
          && std::find(found.begin(), found.end(), joined) == found.end()) {
        found.push_back(joined);
      }
    }
  }
  return found;
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<std::string> words;
  std::vector<std::string> tokens;
  std::string word;
  std::u32string run;
  const auto flush = [&] {
    if (word.size() > 1) {
      words.push_back(word);
    }
    word.clear();
    if (!run.empty()) {
      add_cjk_run(run, tokens);
      run.clear();
    }
  };
  const std::vector<char32_t> points =
      find_invalid_utf8(name) ? std::vector<char32_t>{} : decode_utf8(name);
  for (const char32_t point : points) {
    const char32_t c = (point >= 0xFF01 && point <= 0xFF5E) ? point - 0xFEE0 : point;
    if (is_cjk(c)) {
      if (!word.empty()) {
        flush();
      }
      run += c;
    } else if (c == 0x3000 || is_separator(c)) {
      flush();
    } else {
      if (!run.empty()) {
        flush();
      }
      word += fold(c);
    }
  }
  flush();
  const bool has_other = std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return std::find(k_company_words.begin(), k_company_words.end(), w) == k_company_words.end();
  });
  for (std::string& w : words) {
    const bool company =
        std::find(k_company_words.begin(), k_company_words.end(), w) != k_company_words.end();
    if (!company || (!has_other && tokens.empty())) {
      tokens.push_back(std::move(w));
    }
  }
  std::sort(tokens.begin(), tokens.end());
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  return tokens;
}

int name_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) {
    return 0;
  }
  std::size_t common = 0;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  const std::size_t shorter = std::min(a.size(), b.size());
  const std::size_t set_score = 100 * common / shorter;
  const std::size_t overlap = 200 * common / (a.size() + b.size());
  return static_cast<int>((2 * set_score + overlap) / 3);
}

} // namespace dues::query
