#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dues {

// Bank account numbers: checking IBANs, and masking account numbers in reports
// (docs/output-safety.md). Reports print "DE** **** 3000" instead of the whole number
// unless the user asks for it with --unmask.

// An IBAN (spaces allowed) whose length fits its country and whose check digits pass
// ISO 7064 mod 97-10.
bool is_valid_iban(std::string_view text);

// True when the text is shaped like an IBAN (two letters, two digits, ...), so that
// it should be checked as one.
bool looks_like_iban(std::string_view text);

// The masked form of one account number, its letters and digits counted without
// separators: an IBAN keeps its country code and last four characters
// ("DE89 3704 0044 0532 0130 00" -> "DE** **** 3000"); another number of 8 or more
// letters and digits keeps its last four ("0001-123-4567890" -> "**** 7890"); a
// shorter one is hidden whole ("****"). The mask has the same length for every
// account, so it does not tell how long the number is. Empty text stays empty, and so
// does an email address (PayPal names the payer's account by email): it is no number.
std::string mask_account(std::string_view account);

// Hides account numbers in reports. Built with the accounts a report may meet (the
// customers' bank accounts, a bank line's payer account), it masks them wherever they
// appear in free text (bank references, matching reasons), together with every valid
// IBAN, grouped in fours or not. With `unmask` it changes nothing.
class AccountMask {
public:
  explicit AccountMask(bool unmask = false) : m_unmask(unmask) {}

  // Adds an account number to look for in text. Numbers with fewer than 6 letters and
  // digits are only masked as whole fields (account()), never inside text.
  void add_known(std::string_view account);

  bool unmasked() const { return m_unmask; }

  // One account field: mask_account(account), or the account as it is with unmask.
  std::string account(std::string_view account) const;

  // Free text with every known account and every valid IBAN in it masked.
  std::string text(std::string_view text) const;

private:
  bool m_unmask;
  std::vector<std::string> m_known; // as written, and compact (upper case, no separators)
};

} // namespace dues
