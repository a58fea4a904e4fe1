// The smtp transport: one libcurl SMTP transfer per message.
#include "mail/transport.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace dues::mail {
namespace {

struct Upload {
  std::string_view bytes;
  std::size_t at = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->bytes.size() - upload->at);
  std::memcpy(buffer, upload->bytes.data() + upload->at, n);
  upload->at += n;
  return n;
}

struct Replies {
  std::string last;    // the server's last reply ("250 2.0.0 Ok: queued as 12")
  std::string refusal; // its last 4xx or 5xx reply ("550 5.1.1 <x@y>: Recipient ... rejected")
};

// Keeps the server's replies: a refusal is reported in the server's words, even when
// a "221 Bye" followed it.
int keep_reply(CURL* /*handle*/, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type == CURLINFO_HEADER_IN) {
    std::string line(data, size);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
      line.pop_back();
    }
    auto* replies = static_cast<Replies*>(user);
    if (!line.empty() && (line[0] == '4' || line[0] == '5')) {
      replies->refusal = line;
    }
    replies->last = std::move(line);
  }
  return 0;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

class SmtpTransport : public Transport {
public:
  explicit SmtpTransport(SmtpOptions options) : m_options(std::move(options)) { global_init(); }

  std::string name() const override { return "smtp"; }

  SendResult send(const Message& message) override {
    CURL* curl = curl_easy_init();
    if (curl == nullptr) {
      return {false, "libcurl could not start"};
    }
    const std::string bytes = to_mime(message);
    Upload upload{bytes};
    Replies replies;
    char error_text[CURL_ERROR_SIZE] = {};
    curl_slist* recipients = nullptr;
    for (const std::string& rcpt : envelope_recipients(message)) {
      recipients = curl_slist_append(recipients, ("<" + rcpt + ">").c_str());
    }
    const std::string scheme = m_options.security == Security::tls ? "smtps" : "smtp";
    const std::string url = fmt::format("{}://{}:{}", scheme, m_options.host, m_options.port);
    const std::string from = "<" + message.from.email + ">";
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keep_reply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &replies);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds keep_reply, prints nothing
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(m_options.timeout_seconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (m_options.security == Security::starttls) {
      curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    if (!m_options.ca_file.empty()) {
      curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.ca_file.c_str());
    }
    if (!m_options.verify) {
      curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (m_options.netrc) {
      curl_easy_setopt(curl, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_REQUIRED));
    }
    if (!m_options.user.empty()) {
      curl_easy_setopt(curl, CURLOPT_USERNAME, m_options.user.c_str());
      curl_easy_setopt(curl, CURLOPT_PASSWORD, m_options.password.c_str());
    }
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK) {
      return {true, replies.last};
    }
    std::string reason = error_text[0] != '\0' ? error_text : curl_easy_strerror(code);
    // Only a reply that refused something says more than libcurl's summary.
    if (!replies.refusal.empty()) {
      reason += fmt::format(" (server said: {})", replies.refusal);
    }
    return {false, fmt::format("{}:{}: {}", m_options.host, m_options.port, reason)};
  }

private:
  SmtpOptions m_options;
};

} // namespace

std::unique_ptr<Transport> smtp_transport(const SmtpOptions& options) {
  return std::make_unique<SmtpTransport>(options);
}

} // namespace dues::mail
