#pragma once

#include "base/date.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// An email message as dues sends it: plain text body, attachments, and the headers
// of RFC 5322, made into the bytes of a MIME message (RFC 2045-2049) with every
// non-ASCII name, subject and file name encoded (RFC 2047, RFC 2231).
namespace dues::mail {

// "Name <user@example.com>", or the bare address when the name is empty. The name is
// UTF-8 text.
struct Address {
  std::string name;
  std::string email;
};

// A file attached to a message: its bytes, MIME type and file name (UTF-8).
struct Attachment {
  std::string filename;
  std::string content_type = "application/octet-stream";
  std::string bytes;
};

struct Message {
  Address from;
  std::vector<Address> reply_to;
  std::vector<Address> to;
  std::vector<Address> cc;
  std::vector<Address> bcc; // in the envelope only; never a header of the sent bytes
  std::string subject;      // UTF-8
  std::string body;         // UTF-8 text, lines ending with LF
  std::vector<Attachment> attachments;
  std::string message_id; // without angle brackets: "INV-1.1@example.com"
  std::string date;       // an RFC 5322 date (rfc5322_date)
  // What the message is about, for transports that name files or set environment
  // variables (outbox, command); not written as headers.
  std::string document;
  std::string customer;
};

// Whether `email` is a plain addr-spec "local@domain" dues can put in a header and an
// SMTP envelope: printable ASCII or UTF-8 without spaces, quotes, angle brackets,
// commas or control characters, one '@', a dot-separated domain.
bool is_valid_address(std::string_view email);

// Reads "Name <user@example.com>" or "user@example.com" (the name may be quoted); the
// email is empty when the text is neither.
Address parse_address(std::string_view text);

// The header form of an address: the display name quoted or RFC 2047 encoded.
std::string format_address(const Address& address);

// "Mon, 07 Dec 2026 00:00:00 +0000": the start of `day` in UTC.
std::string rfc5322_date(const Date& day);
// "Mon, 07 Dec 2026 18:04:09 +0000": `seconds` since 1970-01-01 00:00:00 UTC.
std::string rfc5322_time(std::int64_t seconds);

// A Message-ID unique per document and attempt, without randomness so a run is
// reproducible: "<document>.<attempt>@<domain>" with the document made safe for it.
std::string make_message_id(std::string_view document, int attempt, std::string_view domain);

// The domain part of an address ("example.com"), or "localhost".
std::string domain_of(std::string_view email);

// The message as bytes: CRLF line ends, 7-bit, multipart/mixed when there are
// attachments. Bcc is left out unless `with_bcc` (for `sendmail -t`, which reads and
// removes it).
std::string to_mime(const Message& message, bool with_bcc = false);

// Every envelope recipient: To, Cc and Bcc addresses, in that order, without repeats.
std::vector<std::string> envelope_recipients(const Message& message);

} // namespace dues::mail
