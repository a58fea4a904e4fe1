#include "mail/message.hpp"

#include "mail/mime.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace dues::mail {
namespace {

// A boundary no encoded content can contain: quoted-printable writes '=' only before
// two hex digits or a line end, base64 only at its end (RFC 2045 section 6.7 note).
constexpr std::string_view k_boundary = "=_dues_part_boundary";

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 5322 atext: what a dot-atom local part may hold besides dots.
bool is_atext(char c) {
  return is_alnum(c) || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_dot_atom(std::string_view text, bool (*allowed)(char)) {
  if (text.empty() || text.front() == '.' || text.back() == '.') {
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.') {
      if (text[i - 1] == '.') {
        return false;
      }
    } else if (!allowed(text[i])) {
      return false;
    }
  }
  return true;
}

bool is_domain_char(char c) {
  return is_alnum(c) || c == '-';
}

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  const std::size_t last = text.find_last_not_of(" \t");
  return text.substr(first, last - first + 1);
}

std::string address_list(const std::vector<Address>& addresses) {
  std::string out;
  for (const Address& address : addresses) {
    if (!out.empty()) {
      out += ", ";
    }
    out += format_address(address);
  }
  return out;
}

void add_header(std::string& out, std::string_view name, std::string_view value) {
  out += header_line(name, value);
}

std::string body_part_headers() {
  return "Content-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: quoted-printable\r\n";
}

} // namespace

bool is_valid_address(std::string_view email) {
  const std::size_t at = email.rfind('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || email.size() > 254) {
    return false;
  }
  const std::string_view local = email.substr(0, at);
  const std::string_view domain = email.substr(at + 1);
  if (!is_dot_atom(local, is_atext) || !is_dot_atom(domain, is_domain_char)
      || domain.find('.') == std::string_view::npos) {
    return false;
  }
  // No label may start or end with '-'.
  std::size_t start = 0;
  while (start <= domain.size()) {
    std::size_t end = domain.find('.', start);
    if (end == std::string_view::npos) {
      end = domain.size();
    }
    const std::string_view label = domain.substr(start, end - start);
    if (label.front() == '-' || label.back() == '-' || label.size() > 63) {
      return false;
    }
    start = end + 1;
  }
  return true;
}

Address parse_address(std::string_view text) {
  text = trim(text);
  const std::size_t open = text.rfind('<');
  if (open == std::string_view::npos) {
    return is_valid_address(text) ? Address{"", std::string(text)} : Address{};
  }
  if (!text.ends_with('>')) {
    return {};
  }
  const std::string_view email = text.substr(open + 1, text.size() - open - 2);
  std::string_view name = trim(text.substr(0, open));
  if (name.size() >= 2 && name.front() == '"' && name.back() == '"') {
    name = name.substr(1, name.size() - 2);
  }
  if (!is_valid_address(email)) {
    return {};
  }
  return {std::string(name), std::string(email)};
}

std::string format_address(const Address& address) {
  if (address.name.empty()) {
    return address.email;
  }
  std::string name;
  if (is_plain_ascii(address.name) && address.name.find("=?") == std::string::npos) {
    const bool plain = std::all_of(address.name.begin(), address.name.end(),
                                   [](char c) { return is_atext(c) || c == ' '; });
    if (plain) {
      name = address.name;
    } else {
      name = "\"";
      for (const char c : address.name) {
        if (c == '"' || c == '\\') {
          name += '\\';
        }
        name += c;
      }
      name += '"';
    }
  } else {
    name = encode_words(address.name, 4);
  }
  return name + " <" + address.email + ">";
}

std::string rfc5322_time(std::int64_t seconds) {
  constexpr std::array<std::string_view, 7> k_days = {"Sun", "Mon", "Tue", "Wed",
                                                      "Thu", "Fri", "Sat"};
  constexpr std::array<std::string_view, 12> k_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const date::sys_days days{date::days{seconds / 86400}};
  const std::int64_t in_day = seconds % 86400;
  const date::year_month_day day{days};
  const date::weekday weekday{days};
  return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", k_days.at(weekday.c_encoding()),
                     static_cast<unsigned>(day.day()),
                     k_months.at(static_cast<unsigned>(day.month()) - 1),
                     static_cast<int>(day.year()), in_day / 3600, in_day / 60 % 60, in_day % 60);
}

std::string rfc5322_date(const Date& day) {
  return rfc5322_time(static_cast<std::int64_t>(date::sys_days(day).time_since_epoch().count()) *
                      86400);
}

std::string make_message_id(std::string_view document, int attempt, std::string_view domain) {
  std::string local;
  for (const char c : document) {
    local += is_alnum(c) || c == '-' || c == '_' ? c : '-';
  }
  return fmt::format("{}.{}@{}", local, attempt, domain);
}

std::string domain_of(std::string_view email) {
  const std::size_t at = email.rfind('@');
  return at == std::string_view::npos ? "localhost" : std::string(email.substr(at + 1));
}

std::string to_mime(const Message& message, bool with_bcc) {
  std::string out;
  add_header(out, "Date", message.date);
  add_header(out, "From", format_address(message.from));
  if (!message.reply_to.empty()) {
    add_header(out, "Reply-To", address_list(message.reply_to));
  }
  add_header(out, "To", address_list(message.to));
  if (!message.cc.empty()) {
    add_header(out, "Cc", address_list(message.cc));
  }
  if (with_bcc && !message.bcc.empty()) {
    add_header(out, "Bcc", address_list(message.bcc));
  }
  add_header(out, "Subject", encode_words(message.subject, 9));
  add_header(out, "Message-ID", "<" + message.message_id + ">");
  out += "MIME-Version: 1.0\r\n";
  if (message.attachments.empty()) {
    out += body_part_headers();
    out += "\r\n";
    out += quoted_printable(message.body);
    return out;
  }
  out += fmt::format("Content-Type: multipart/mixed; boundary=\"{}\"\r\n\r\n", k_boundary);
  out += "This is a message in MIME format.\r\n";
  out += fmt::format("\r\n--{}\r\n", k_boundary);
  out += body_part_headers();
  out += "\r\n";
  out += quoted_printable(message.body);
  for (const Attachment& attachment : message.attachments) {
    out += fmt::format("\r\n--{}\r\n", k_boundary);
    out += "Content-Type: " + attachment.content_type + parameter("name", attachment.filename)
           + "\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "Content-Disposition: attachment" + parameter("filename", attachment.filename) + "\r\n";
    out += "\r\n";
    out += base64_lines(attachment.bytes);
  }
  out += fmt::format("\r\n--{}--\r\n", k_boundary);
  return out;
}

std::vector<std::string> envelope_recipients(const Message& message) {
  std::vector<std::string> out;
  for (const auto* list : {&message.to, &message.cc, &message.bcc}) {
    for (const Address& address : *list) {
      if (std::find(out.begin(), out.end(), address.email) == out.end()) {
        out.push_back(address.email);
      }
    }
  }
  return out;
}

} // namespace dues::mail
