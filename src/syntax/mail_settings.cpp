#include "syntax/mail_settings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>

namespace dues::syntax {
namespace {

void strings(TomlKeys& in, std::string_view key, std::vector<std::string>& into) {
  const toml::node* node = in.find(key);
  if (node == nullptr) {
    return;
  }
  if (const auto* value = node->as_string()) {
    into.push_back(value->get());
    return;
  }
  const auto* array = node->as_array();
  if (array == nullptr) {
    in.type_error(*node, key, "a list of strings");
    return;
  }
  for (const toml::node& item : *array) {
    if (const auto* value = item.as_string()) {
      into.push_back(value->get());
    } else {
      in.type_error(item, key, "a list of strings");
    }
  }
}

void choice(TomlKeys& in, std::string_view key, std::string& into,
            std::initializer_list<std::string_view> allowed) {
  const std::string before = into;
  in.string(key, into);
  if (into != before && std::find(allowed.begin(), allowed.end(), into) == allowed.end()) {
    std::string list;
    for (const std::string_view item : allowed) {
      list += list.empty() ? "" : ", ";
      list += fmt::format("\"{}\"", item);
    }
    in.type_error(*in.find(key), key, "one of " + list);
    into = before;
  }
}

} // namespace

void read_mail_settings(TomlKeys& top, MailSettings& mail) {
  const toml::node* node = top.find("mail");
  if (node == nullptr) {
    return;
  }
  const auto* table = node->as_table();
  if (table == nullptr) {
    top.type_error(*node, "mail", "a table [mail]");
    return;
  }
  mail.loc = loc_of(node->source(), top.path());
  TomlKeys in(*table, "[mail]", top.path(), top.diags());
  in.record_places(mail.field_locs);
  choice(in, "transport", mail.transport, {"smtp", "sendmail", "outbox", "command"});
  in.string("from", mail.from);
  in.string("reply-to", mail.reply_to);
  strings(in, "cc", mail.cc);
  strings(in, "bcc", mail.bcc);
  in.string("language", mail.language);
  in.string("templates", mail.templates);
  choice(in, "attach", mail.attach, {"pdf", "html"});
  in.string("host", mail.host);
  in.integer("port", mail.port, 1, 65535);
  choice(in, "security", mail.security, {"starttls", "tls", "none"});
  in.string("user", mail.user);
  in.string("password-env", mail.password_env);
  in.boolean("netrc", mail.netrc);
  in.string("password-command", mail.password_command); // privacy
  in.string("ca-file", mail.ca_file);
  in.integer("timeout", mail.timeout, 1, 3600);
  in.string("sendmail", mail.sendmail);
  in.string("outbox", mail.outbox);
  in.string("command", mail.command);
  for (const char* secret : {"password", "pass", "secret"}) {
    if (const toml::node* found = in.find(secret)) {
      in.error(found->source(),
               fmt::format("'{}' does not belong in dues.toml, which lives in git: name an "
                           "environment variable with 'password-env', or use 'netrc = true'",
                           secret));
    }
  }
  if (mail.transport.empty() && !table->empty()) {
    in.error(node->source(), "[mail] needs 'transport' (\"smtp\", \"sendmail\", \"outbox\" or "
                             "\"command\")");
  }
  in.finish();
}

} // namespace dues::syntax
