#pragma once

#include <string>
#include <string_view>

// The encodings of Internet mail (RFC 2045, 2047, 2231, 5322), byte for byte. Every
// function returns 7-bit ASCII; lines end with CRLF where there are several.
namespace dues::mail {

// The maximum length of a line of a message, without its CRLF (RFC 5322 recommends 78).
constexpr std::size_t k_line_limit = 76;

// Base64 (RFC 2045) in lines of 76 characters, each ending with CRLF.
std::string base64_lines(std::string_view bytes);
// Base64 on one line, without line breaks.
std::string base64(std::string_view bytes);

// Quoted-printable (RFC 2045 6.7) of text whose lines end with LF or CRLF: lines of at
// most 76 characters with soft breaks, CRLF line ends, '=' and non-ASCII as =XX.
std::string quoted_printable(std::string_view text);

// Whether text is printable ASCII (32..126) only.
bool is_plain_ascii(std::string_view text);

// An unstructured header value (Subject, a display name) made 7-bit: plain ASCII is kept
// as is, anything else becomes RFC 2047 encoded words "=?UTF-8?B?...?=", each at most 75
// characters and cut between whole UTF-8 characters, separated by "\r\n " folds.
// `first_line_used` is how much of the first line the header name already took.
std::string encode_words(std::string_view text, std::size_t first_line_used);

// `Name: value` folded at spaces so that no line passes 76 characters where the value
// allows it, ending with CRLF.
std::string header_line(std::string_view name, std::string_view value);

// A MIME parameter `; name*=UTF-8''%E5...` (RFC 2231), split into `name*0*=`, `name*1*=`
// continuations when long; plain `; name="value"` for short ASCII. Each continuation on
// its own folded line ("\r\n ").
std::string parameter(std::string_view name, std::string_view value);

} // namespace dues::mail
