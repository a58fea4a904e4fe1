// The outbox transport: each message becomes a .eml file to review or hand to
// another mailer.
#include "base/error.hpp"
#include "base/file.hpp"
#include "mail/transport.hpp"

#include <fmt/format.h>

#include <system_error>

namespace dues::mail {
namespace {

namespace fs = std::filesystem;

class OutboxTransport : public Transport {
public:
  OutboxTransport(fs::path folder, std::string shown)
      : m_folder(std::move(folder)), m_shown(std::move(shown)) {}
  std::string name() const override { return "outbox"; }

  SendResult send(const Message& message) override {
    std::string stem;
    for (const char c : message.document.empty() ? message.message_id : message.document) {
      stem += c == '/' || c == '\\' || c == '\0' ? '_' : c;
    }
    std::error_code error;
    fs::create_directories(m_folder, error);
    if (error) {
      return {false, fmt::format("{}: cannot create the folder: {}", m_shown, error.message())};
    }
    std::string name = stem + ".eml";
    for (int n = 2; fs::exists(m_folder / name); ++n) {
      name = fmt::format("{}-{}.eml", stem, n);
    }
    const std::string shown = m_shown + "/" + name;
    try {
      write_file_atomic(m_folder / name, to_mime(message, true), shown);
    } catch (const Error& failure) {
      return {false, failure.what()};
    }
    return {true, shown};
  }

private:
  fs::path m_folder;
  std::string m_shown;
};

} // namespace

std::unique_ptr<Transport> outbox_transport(const std::filesystem::path& folder,
                                            const std::string& shown_folder) {
  return std::make_unique<OutboxTransport>(folder, shown_folder);
}

} // namespace dues::mail
