#include "syntax/toml_reader.hpp"

#include <doctest/doctest.h>

using namespace dues;
using namespace dues::syntax;

// The [mail] table of dues.toml (dues send).

namespace {

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Error& error : diags.errors()) {
    out.emplace_back(error.what());
  }
  return out;
}

} // namespace

TEST_CASE("read_mail_settings reads every key of [mail]") {
  Diagnostics diags;
  const Settings settings = read_settings(R"(format = 1
[mail]
transport = "smtp"
from = "Billing <billing@example.com>"
reply-to = "office@example.com"
cc = "books@example.com"
bcc = ["archive@example.com", "audit@example.com"]
language = "de"
templates = "mail"
host = "smtp.example.com"
port = 465
security = "tls"
user = "billing"
password-env = "SMTP_PASSWORD"
netrc = true
ca-file = "ca.pem"
timeout = 5
)",
                                          "dues.toml", diags);
  CHECK(messages(diags).empty());
  const MailSettings& mail = settings.mail;
  CHECK(mail.transport == "smtp");
  CHECK(mail.from == "Billing <billing@example.com>");
  CHECK(mail.cc == std::vector<std::string>{"books@example.com"});
  CHECK(mail.bcc.size() == 2);
  CHECK(mail.language == "de");
  CHECK(mail.templates == "mail");
  CHECK(mail.port == 465);
  CHECK(mail.security == "tls");
  CHECK(mail.password_env == "SMTP_PASSWORD");
  CHECK(mail.netrc);
  CHECK(mail.timeout == 5);
  CHECK(mail.field_locs.at("from").line == 4);
}

TEST_CASE("read_mail_settings refuses a password, an unknown transport and unknown keys") {
  Diagnostics diags;
  read_settings(R"(format = 1
[mail]
transport = "pigeon"
password = "hunter2"
hostname = "x"
)",
                "dues.toml", diags);
  CHECK(messages(diags)
        == std::vector<std::string>{
            "dues.toml:3:13: 'transport' in [mail] must be one of \"smtp\", \"sendmail\", "
            "\"outbox\", \"command\"",
            "dues.toml:4:12: 'password' does not belong in dues.toml, which lives in git: name "
            "an environment variable with 'password-env', or use 'netrc = true'",
            "dues.toml:2:1: [mail] needs 'transport' (\"smtp\", \"sendmail\", \"outbox\" or "
            "\"command\")",
            "dues.toml:5:1: unknown key 'hostname' in [mail]"});
}
