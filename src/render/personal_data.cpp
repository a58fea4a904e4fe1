#include "render/personal_data.hpp"

#include "render/csv.hpp"
#include "render/json.hpp"

#include <string>

namespace dues::render {
namespace {

using query::DataNode;

void write_json(JsonWriter& json, const DataNode& node) {
  switch (node.type) {
  case DataNode::Type::null:
    json.null();
    return;
  case DataNode::Type::text:
    json.value(node.text);
    return;
  case DataNode::Type::object:
    json.begin_object();
    for (const DataNode& child : node.children) {
      json.key(child.key);
      write_json(json, child);
    }
    json.end_object();
    return;
  case DataNode::Type::array:
    json.begin_array();
    for (const DataNode& child : node.children) {
      write_json(json, child);
    }
    json.end_array();
    return;
  }
}

struct CsvRows {
  std::ostream& out;
  std::string section;
  std::string record;

  void leaves(const DataNode& node, const std::string& path) {
    switch (node.type) {
    case DataNode::Type::null:
    case DataNode::Type::text:
      write_csv_row(out, {section, record, path, node.text});
      return;
    case DataNode::Type::object:
      for (const DataNode& child : node.children) {
        leaves(child, path.empty() ? child.key : path + "." + child.key);
      }
      return;
    case DataNode::Type::array:
      for (std::size_t i = 0; i < node.children.size(); ++i) {
        leaves(node.children[i], path + "." + std::to_string(i + 1));
      }
      return;
    }
  }
};

} // namespace

void personal_data_json(std::ostream& out, const DataNode& root) {
  JsonWriter json(out);
  write_json(json, root);
  json.finish();
}

void personal_data_csv(std::ostream& out, const DataNode& root) {
  const DataNode* customer = root.find("customer");
  const std::string id = customer == nullptr ? std::string() : customer->text;
  write_csv_row(out, {"section", "record", "field", "value"});
  CsvRows rows{out, "export", id};
  for (const DataNode& child : root.children) {
    if (child.type == DataNode::Type::array) {
      rows.section = child.key;
      for (std::size_t i = 0; i < child.children.size(); ++i) {
        const DataNode* own = child.children[i].find("id");
        rows.record = own != nullptr && own->type == DataNode::Type::text ? own->text
                                                                          : std::to_string(i + 1);
        rows.leaves(child.children[i], {});
      }
    } else if (child.type == DataNode::Type::object) {
      rows.section = child.key;
      rows.record = id;
      rows.leaves(child, {});
    } else {
      rows.section = "export";
      rows.record = id;
      rows.leaves(child, child.key);
    }
  }
}

} // namespace dues::render
