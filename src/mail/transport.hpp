#pragma once

#include "mail/message.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

// The ways dues hands a message on: SMTP (libcurl), a sendmail program, an outbox
// folder of .eml files, or a user's command. Each says whether the message was
// accepted; only an accepted message counts as sent.
namespace dues::mail {

struct SendResult {
  bool accepted = false;
  // What the other side said: the server's last reply, the program's stderr, the file
  // written. On failure, the reason in the server's or program's own words.
  std::string detail;
};

class Transport {
public:
  Transport() = default;
  Transport(const Transport&) = delete;
  Transport& operator=(const Transport&) = delete;
  virtual ~Transport() = default;

  // Hands `message` on. Never throws for a refusal: a refused message is a result.
  virtual SendResult send(const Message& message) = 0;
  // "smtp", "sendmail", "outbox", "command": what the sent-log records.
  virtual std::string name() const = 0;
};

enum class Security { starttls, tls, none };

struct SmtpOptions {
  std::string host;
  int port = 587;
  Security security = Security::starttls;
  std::string user;     // empty: no AUTH
  std::string password; // from the environment, never from a file in the ledger
  bool netrc = false;   // take user and password from ~/.netrc
  std::string ca_file;  // trust this certificate (a private or test server)
  bool verify = true;   // check the server's certificate and name
  int timeout_seconds = 60;
};

// SMTP through libcurl: one connection per message; a refused recipient refuses all.
std::unique_ptr<Transport> smtp_transport(const SmtpOptions& options);

// Pipes the message (with Bcc, which sendmail removes) to `program -t -oi`.
std::unique_ptr<Transport> sendmail_transport(const std::string& program);

// Writes `<folder>/<document>.eml` (atomically), or `<document>-N.eml` when taken.
std::unique_ptr<Transport> outbox_transport(const std::filesystem::path& folder,
                                            const std::string& shown_folder);

// Runs `/bin/sh -c command` with the message on stdin and DUES_DOCUMENT,
// DUES_CUSTOMER, DUES_RECIPIENTS (comma-separated), DUES_SUBJECT and DUES_MESSAGE_ID
// in its environment; exit status 0 means accepted.
std::unique_ptr<Transport> command_transport(const std::string& command);

} // namespace dues::mail
