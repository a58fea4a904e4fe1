#include "base/toml_keys.hpp"

#include <fmt/format.h>

namespace dues {

SourceLoc loc_of(const toml::source_region& region, const std::string& path) {
  return {path, static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

std::optional<Decimal> exact_decimal(const toml::node& node, bool percent) {
  if (const auto* value = node.as_integer()) {
    return Decimal::from_int(value->get());
  }
  if (const auto* value = node.as_string()) {
    std::string_view text = value->get();
    if (percent && text.ends_with('%')) {
      text.remove_suffix(1);
    }
    return parse_decimal(text);
  }
  return std::nullopt;
}

const toml::node* TomlKeys::find(std::string_view key) {
  m_known.emplace(key);
  const toml::node* node = m_table.get(key);
  if (node != nullptr && m_places != nullptr) {
    (*m_places)[std::string(key)] = loc_of(node->source(), m_path);
  }
  return node;
}

void TomlKeys::finish() {
  for (const auto& [key, node] : m_table) {
    if (!m_known.contains(key.str())) {
      error(key.source(), fmt::format("unknown key '{}' in {}", key.str(), m_context));
    }
  }
}

void TomlKeys::error(const toml::source_region& region, const std::string& message) {
  m_diags.add(Error(ErrorKind::invalid_input, loc_of(region, m_path), message));
}

void TomlKeys::type_error(const toml::node& node, std::string_view key,
                          std::string_view expected) {
  error(node.source(), fmt::format("'{}' in {} must be {}", key, m_context, expected));
}

void TomlKeys::string(std::string_view key, std::string& into) {
  if (const toml::node* node = find(key)) {
    if (const auto* value = node->as_string()) {
      into = value->get();
    } else {
      type_error(*node, key, "a string");
    }
  }
}

void TomlKeys::boolean(std::string_view key, bool& into) {
  if (const toml::node* node = find(key)) {
    if (const auto* value = node->as_boolean()) {
      into = value->get();
    } else {
      type_error(*node, key, "true or false");
    }
  }
}

void TomlKeys::integer(std::string_view key, int& into, int minimum, int maximum) {
  if (const toml::node* node = find(key)) {
    const auto* value = node->as_integer();
    if (value == nullptr || value->get() < minimum || value->get() > maximum) {
      type_error(*node, key, fmt::format("a whole number from {} to {}", minimum, maximum));
      return;
    }
    into = static_cast<int>(value->get());
  }
}

} // namespace dues
