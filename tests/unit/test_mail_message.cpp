#include "mail/message.hpp"
#include "mail/transport.hpp"
#include "testutil.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace dues::mail;

namespace {

Message sample() {
  Message message;
  message.from = {"Beispiel GmbH", "billing@example.com"};
  message.to = {{"Müller, Hans", "hans@kunde.example"}};
  message.cc = {{"", "office@kunde.example"}};
  message.bcc = {{"", "archive@example.com"}};
  message.subject = "Rechnung INV-1";
  message.body = "Guten Tag,\nanbei die Rechnung.\n";
  message.attachments = {{"Rechnung INV-1.pdf", "application/pdf", "%PDF-1.4\n"}};
  message.message_id = "INV-1.1@example.com";
  message.date = "Mon, 07 Dec 2026 00:00:00 +0000";
  message.document = "INV-1";
  message.customer = "mueller";
  return message;
}

} // namespace

TEST_CASE("mail::is_valid_address accepts addr-specs and refuses what a header cannot carry") {
  CHECK(is_valid_address("a@example.com"));
  CHECK(is_valid_address("first.last+tag@sub.example.co.uk"));
  CHECK_FALSE(is_valid_address("a@localhost"));
  CHECK_FALSE(is_valid_address("a b@example.com"));
  CHECK_FALSE(is_valid_address("a@@example.com"));
  CHECK_FALSE(is_valid_address("<a@example.com>"));
  CHECK_FALSE(is_valid_address("a..b@example.com"));
  CHECK_FALSE(is_valid_address("a@-x.example"));
  CHECK_FALSE(is_valid_address("a@example.com\r\nBcc: x@y.example"));
}

TEST_CASE("mail::parse_address reads a display name and an address") {
  const Address address = parse_address("\"Beispiel GmbH\" <billing@example.com>");
  CHECK(address.name == "Beispiel GmbH");
  CHECK(address.email == "billing@example.com");
  CHECK(parse_address("billing@example.com").email == "billing@example.com");
  CHECK(parse_address("Name <not an address>").email.empty());
}

TEST_CASE("mail::format_address quotes specials and encodes UTF-8 names") {
  CHECK(format_address({"", "a@example.com"}) == "a@example.com");
  CHECK(format_address({"Acme Ltd", "a@example.com"}) == "Acme Ltd <a@example.com>");
  CHECK(format_address({"Acme, Ltd.", "a@example.com"}) == "\"Acme, Ltd.\" <a@example.com>");
  CHECK(format_address({"株式会社", "a@example.com"}) == "=?UTF-8?B?5qCq5byP5Lya56S+?= <a@example.com>");
}

TEST_CASE("mail::rfc5322_date and make_message_id are deterministic") {
  CHECK(rfc5322_date(dues::Date{date::year{2026}, date::month{12}, date::day{7}})
        == "Mon, 07 Dec 2026 00:00:00 +0000");
  CHECK(make_message_id("INV-2026/0001", 2, "example.com") == "INV-2026-0001.2@example.com");
  CHECK(domain_of("billing@example.com") == "example.com");
}

TEST_CASE("mail::rfc5322_time gives the time of day in UTC (the Date: of a message sent now)") {
  CHECK(rfc5322_time(0) == "Thu, 01 Jan 1970 00:00:00 +0000");
  CHECK(rfc5322_time(1767229323) == "Thu, 01 Jan 2026 01:02:03 +0000");
  CHECK(rfc5322_time(1796669049) == "Mon, 07 Dec 2026 18:44:09 +0000");
  CHECK(rfc5322_time(1796601599) == "Sun, 06 Dec 2026 23:59:59 +0000");
}

TEST_CASE("mail::to_mime builds multipart/mixed without Bcc, and with it for sendmail") {
  const std::string bytes = to_mime(sample());
  CHECK(bytes.starts_with("Date: Mon, 07 Dec 2026 00:00:00 +0000\r\n"
                          "From: Beispiel GmbH <billing@example.com>\r\n"
                          "To: =?UTF-8?B?TcO8bGxlciwgSGFucw==?= <hans@kunde.example>\r\n"
                          "Cc: office@kunde.example\r\n"
                          "Subject: Rechnung INV-1\r\n"
                          "Message-ID: <INV-1.1@example.com>\r\n"
                          "MIME-Version: 1.0\r\n"
                          "Content-Type: multipart/mixed; boundary=\"=_dues_part_boundary\"\r\n"));
  CHECK(bytes.find("Bcc") == std::string::npos);
  CHECK(bytes.find("JVBERi0xLjQK\r\n") != std::string::npos); // "%PDF-1.4\n"
  CHECK(bytes.find("filename=\"Rechnung INV-1.pdf\"") != std::string::npos);
  CHECK(bytes.ends_with("\r\n--=_dues_part_boundary--\r\n"));
  CHECK(to_mime(sample(), true).find("Bcc: archive@example.com\r\n") != std::string::npos);
  CHECK(envelope_recipients(sample())
        == std::vector<std::string>{"hans@kunde.example", "office@kunde.example",
                                    "archive@example.com"});
}

TEST_CASE("mail::outbox_transport writes one .eml per message and never overwrites") {
  const auto folder = std::filesystem::temp_directory_path() / "dues-test-outbox";
  std::filesystem::remove_all(folder);
  const auto outbox = outbox_transport(folder, "outbox");
  CHECK(outbox->send(sample()).detail == "outbox/INV-1.eml");
  CHECK(outbox->send(sample()).detail == "outbox/INV-1-2.eml");
  std::ifstream in(folder / "INV-1.eml", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  CHECK(bytes.str() == to_mime(sample(), true));
  std::filesystem::remove_all(folder);
}

TEST_CASE("mail::command_transport passes the message on stdin and says why a refusal failed") {
  const auto file = std::filesystem::temp_directory_path() / "dues-test-command.eml";
  const auto accept =
      command_transport("cat > '" + file.string() + "' && printf %s \"$DUES_DOCUMENT\"");
  const SendResult accepted = accept->send(sample());
  CHECK(accepted.accepted);
  CHECK(accepted.detail == "INV-1");
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  CHECK(bytes.str() == to_mime(sample()));
  std::filesystem::remove(file);
  const SendResult refused = command_transport("echo 'gateway down' >&2; exit 3")->send(sample());
  CHECK_FALSE(refused.accepted);
  CHECK(refused.detail == "'echo 'gateway down' >&2; exit 3' exited with status 3: gateway down");
  const SendResult missing = sendmail_transport("/nonexistent/sendmail")->send(sample());
  CHECK_FALSE(missing.accepted);
  CHECK(missing.detail.starts_with("cannot run '/nonexistent/sendmail'"));
}
