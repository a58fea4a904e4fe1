#include "bank/camt.hpp"

#include "bank/bank_file.hpp"
#include "bank/line_key.hpp"
#include "bank/values.hpp"
#include "base/text.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

namespace dues::bank {
namespace {

constexpr std::string_view k_namespace = "urn:iso:std:iso:20022:tech:xsd:";
constexpr int k_first_version = 2;
constexpr int k_last_version = 8;

// Line and column of a byte offset, for error messages.
class Positions {
public:
  explicit Positions(std::string_view text) : m_text(text) {
    m_starts.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos;
         i = text.find('\n', i + 1)) {
      m_starts.push_back(i + 1);
    }
  }

  // The line alone (every entry and transaction needs it, only errors the column).
  int line_at(std::ptrdiff_t offset) const {
    if (offset < 0) {
      return 0;
    }
    const auto where = static_cast<std::size_t>(offset);
    return static_cast<int>(std::upper_bound(m_starts.begin(), m_starts.end(), where)
                            - m_starts.begin());
  }

  SourceLoc at(const std::string& path, std::ptrdiff_t offset) const {
    if (offset < 0) {
      return {path, 0, 0};
    }
    const auto where = static_cast<std::size_t>(std::min<std::ptrdiff_t>(
        offset, static_cast<std::ptrdiff_t>(m_text.size())));
    const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), where);
    const std::size_t start = *(next - 1);
    const std::string_view line = m_text.substr(start, where - start);
    return {path, static_cast<int>(next - m_starts.begin()),
            column_of(line, line.size())};
  }

private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
};

// The element name without its namespace prefix.
std::string_view local_name(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Whether an element name is `want` with or without a namespace prefix (as local_name),
// without measuring the name first: most names a lookup passes differ in the first bytes.
bool has_local_name(const char* name, std::string_view want) {
  std::size_t i = 0;
  while (i < want.size() && name[i] == want[i]) {
    ++i;
  }
  if (i == want.size() && name[i] == '\0') {
    return true;
  }
  // `want` holds no ':', so neither does name[0, i): the first colon is at i or later.
  const char* colon = std::strchr(name + i, ':');
  return colon != nullptr && std::strncmp(colon + 1, want.data(), want.size()) == 0
         && colon[1 + want.size()] == '\0';
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node kid = node.first_child(); kid; kid = kid.next_sibling()) {
    if (kid.type() == pugi::node_element && has_local_name(kid.name(), name)) {
      return kid;
    }
  }
  return {};
}

pugi::xml_node descend(pugi::xml_node node, std::initializer_list<std::string_view> names) {
  for (const std::string_view name : names) {
    if (!node) {
      break;
    }
    node = child(node, name);
  }
  return node;
}

// The element children of one node by local name, gathered in one walk: reading an entry
// looks up a dozen names, and a walk over the siblings for each was a third of the time.
// Lookups answer as child() does (the first child of that name).
class Kids {
public:
  explicit Kids(const pugi::xml_node& node) : m_node(node) {
    for (pugi::xml_node kid = node.first_child(); kid; kid = kid.next_sibling()) {
      if (kid.type() != pugi::node_element) {
        continue;
      }
      if (m_size == m_kids.size()) {
        m_overflow = true; // an unusual element: look names up the slow way
        return;
      }
      m_kids[m_size++] = {local_name(kid), kid};
    }
  }

  pugi::xml_node operator()(std::string_view name) const {
    if (m_overflow) {
      return child(m_node, name);
    }
    for (std::size_t i = 0; i < m_size; ++i) {
      if (m_kids[i].first == name) {
        return m_kids[i].second;
      }
    }
    return {};
  }

private:
  pugi::xml_node m_node;
  std::array<std::pair<std::string_view, pugi::xml_node>, 16> m_kids{};
  std::size_t m_size = 0;
  bool m_overflow = false;
};

template <typename Visit>
void each_child(const pugi::xml_node& node, std::string_view name, Visit visit) {
  for (pugi::xml_node kid = node.first_child(); kid; kid = kid.next_sibling()) {
    if (kid.type() == pugi::node_element && has_local_name(kid.name(), name)) {
      visit(kid);
    }
  }
}

// The element's text, white space collapsed, control characters dropped.
std::string text_of(const pugi::xml_node& node) {
  const char* const value = node.child_value();
  // Most values need no change: no control character, no leading, trailing or double space.
  std::size_t size = 0;
  bool clean = value[0] != ' ';
  for (; clean && value[size] != '\0'; ++size) {
    const auto c = static_cast<unsigned char>(value[size]);
    clean = c >= 0x20 && c != 0x7F && (c != ' ' || value[size + 1] != ' ');
  }
  if (clean && (size == 0 || value[size - 1] != ' ')) {
    return {value, size};
  }
  std::string out;
  bool space = false;
  for (const char c : std::string_view(value)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c;
  }
  return out;
}

std::string text_at(const pugi::xml_node& node, std::initializer_list<std::string_view> names) {
  return text_of(descend(node, names));
}

// A date element: <X><Dt>2024-03-18</Dt></X> or <X><DtTm>2024-03-18T10:00:00</DtTm></X>.
std::string date_text(const pugi::xml_node& node) {
  if (const pugi::xml_node day = child(node, "Dt")) {
    return text_of(day);
  }
  std::string stamp = text_at(node, {"DtTm"});
  return stamp.substr(0, std::min<std::size_t>(stamp.size(), 10));
}

void append(std::string& text, std::string_view part) {
  if (!part.empty()) {
    text += (text.empty() ? "" : " ") + std::string(part);
  }
}

// Reads the entries of one statement or notification.
class EntryReader {
public:
  EntryReader(const std::string& path, const Positions& positions, Statement& statement,
              Diagnostics& diags)
      : m_path(path), m_positions(positions), m_statement(statement), m_diags(diags) {}

  void read_statement(const pugi::xml_node& node);

private:
  struct Entry {
    int line = 0;
    bool credit = true;
    bool booked = true;
    bool reversal = false;
    Date date;
    std::optional<Money> amount;
    std::string bank_id;
    std::optional<Money> fee;
  };

  SourceLoc where(const pugi::xml_node& node) const {
    return m_positions.at(m_path, node.offset_debug());
  }
  int line_of(const pugi::xml_node& node) const {
    return m_positions.line_at(node.offset_debug());
  }
  void error(const pugi::xml_node& node, const std::string& message) {
    m_diags.add(Error(ErrorKind::invalid_input, where(node), message));
  }
  std::optional<Money> amount(const pugi::xml_node& node);
  std::optional<Money> charges(const pugi::xml_node& charges, const Currency& currency);
  std::optional<bool> credit_debit(const pugi::xml_node& indicator);
  void read_balance(const pugi::xml_node& node, StatementBalance& balance);
  std::optional<Entry> read_entry(const pugi::xml_node& node, StatementBalance& balance);
  void read_transaction(const Entry& entry, const pugi::xml_node& tx, bool single,
                        std::size_t index);

  const std::string& m_path;
  const Positions& m_positions;
  Statement& m_statement;
  Diagnostics& m_diags;
};

std::optional<Money> EntryReader::amount(const pugi::xml_node& node) {
  const std::string code = node.attribute("Ccy").as_string();
  const Currency* currency = find_currency(code);
  if (currency == nullptr) {
    error(node, fmt::format("unknown currency (expected an ISO 4217 code): '{}'", code));
    return std::nullopt;
  }
  const std::string text = text_of(node);
  const auto value = parse_bank_number(text, NumberStyle{'.', ""});
  if (!value || value->mantissa() < 0) {
    error(node, fmt::format("not an amount (digits and a '.'): '{}'", text));
    return std::nullopt;
  }
  auto money = money_from_decimal(*value, *currency);
  if (!money) {
    error(node, fmt::format("more decimals than {} has: '{}'", currency->code, text));
  }
  return money;
}

// The charges of an entry or transaction: TtlChrgsAndTaxAmt, else the sum of the records
// (Rcrd/Amt, or Amt directly in version .02). Only charges in the entry's currency count.
std::optional<Money> EntryReader::charges(const pugi::xml_node& charges, const Currency& currency) {
  if (!charges) {
    return std::nullopt;
  }
  if (const pugi::xml_node total = child(charges, "TtlChrgsAndTaxAmt")) {
    return amount(total);
  }
  Money sum = Money::zero(currency);
  const auto add = [&](const pugi::xml_node& amount_node) {
    const auto value = amount(amount_node);
    if (value && value->currency() == currency) {
      const bool debit = text_at(amount_node.parent(), {"CdtDbtInd"}) != "CRDT";
      sum += debit ? *value : -*value;
    }
  };
  each_child(charges, "Rcrd", [&](const pugi::xml_node& record) {
    if (const pugi::xml_node value = child(record, "Amt")) {
      add(value);
    }
  });
  if (const pugi::xml_node value = child(charges, "Amt")) {
    add(value);
  }
  return sum.is_zero() ? std::nullopt : std::optional<Money>(sum);
}

std::optional<bool> EntryReader::credit_debit(const pugi::xml_node& indicator) {
  const std::string text = text_of(indicator);
  if (text == "CRDT" || text == "DBIT") {
    return text == "CRDT";
  }
  if (indicator) {
    error(indicator, fmt::format("CdtDbtInd must be CRDT or DBIT, not '{}'", text));
  }
  return std::nullopt;
}

void EntryReader::read_balance(const pugi::xml_node& node, StatementBalance& balance) {
  const std::string type = text_at(node, {"Tp", "CdOrPrtry", "Cd"});
  const bool opening = type == "OPBD" || (type == "PRCD" && !balance.opening);
  if (!opening && type != "CLBD") {
    return; // available, interim and forward balances say nothing about movements
  }
  auto value = amount(child(node, "Amt"));
  const auto credit = credit_debit(child(node, "CdtDbtInd"));
  if (!value || !credit) {
    return;
  }
  const Money signed_value = *credit ? *value : -*value;
  const std::optional<Date> day = parse_date(date_text(child(node, "Dt")));
  if (opening) {
    balance.opening = signed_value;
    balance.opening_date = day;
  } else {
    balance.closing = signed_value;
    balance.closing_date = day;
  }
}

std::optional<EntryReader::Entry> EntryReader::read_entry(const pugi::xml_node& node,
                                                         StatementBalance& balance) {
  Entry entry;
  entry.line = line_of(node);
  const std::size_t before = m_diags.errors().size();
  const Kids kids(node);
  const pugi::xml_node amount_node = kids("Amt");
  if (!amount_node) {
    error(node, "the entry (Ntry) has no Amt");
    return std::nullopt;
  }
  entry.amount = amount(amount_node);
  const pugi::xml_node indicator = kids("CdtDbtInd");
  const auto credit = credit_debit(indicator);
  if (!credit && !indicator) {
    error(node, "the entry (Ntry) has no CdtDbtInd");
  }
  entry.credit = credit.value_or(true);
  const pugi::xml_node status = kids("Sts");
  std::string state = text_of(child(status, "Cd"));
  if (state.empty()) {
    state = text_of(status); // versions .02 to .05: <Sts>BOOK</Sts>
  }
  entry.booked = !status || state == "BOOK";
  const std::string reversal = text_of(kids("RvslInd"));
  entry.reversal = reversal == "true" || reversal == "1";
  const pugi::xml_node booking = kids("BookgDt");
  const std::string day_text = date_text(booking ? booking : kids("ValDt"));
  const std::optional<Date> day = parse_date(day_text);
  if (!day) {
    error(booking ? booking : node,
          fmt::format("the entry has no booking or value date (YYYY-MM-DD): '{}'", day_text));
  }
  if (m_diags.errors().size() > before || !entry.amount) {
    return std::nullopt;
  }
  entry.date = *day;
  entry.bank_id = text_of(kids("AcctSvcrRef"));
  entry.fee = charges(kids("Chrgs"), entry.amount->currency());
  if (entry.booked && balance.opening) {
    const Money movement = entry.credit ? *entry.amount : -*entry.amount;
    if (movement.currency() == balance.opening->currency()) {
      if (!add_movement(balance.movements, movement)) {
        error(amount_node, "the movements of this statement do not add up");
      }
    } else {
      error(amount_node, fmt::format("the entry is in {}, the statement's balances in {}",
                                     movement.currency().code, balance.opening->currency().code));
    }
  }
  return entry;
}

void EntryReader::read_transaction(const Entry& entry, const pugi::xml_node& tx, bool single,
                                   std::size_t index) {
  BankLine line;
  line.line_number = tx ? line_of(tx) : entry.line;
  line.date = entry.date;
  line.status = entry.booked ? "BOOK" : "PDNG";
  std::optional<Money> value = single ? entry.amount : std::nullopt;
  const Kids kids(tx);
  const pugi::xml_node details = kids("AmtDtls");
  pugi::xml_node amount_node = kids("Amt");
  if (!amount_node) {
    amount_node = descend(details, {"TxAmt", "Amt"});
  }
  if (amount_node) {
    value = amount(amount_node);
  } else if (!single) {
    error(tx, "a transaction of a batched entry has no amount (Amt or AmtDtls/TxAmt/Amt)");
  }
  if (!value) {
    return;
  }
  const pugi::xml_node indicator = kids("CdtDbtInd");
  const bool credit = indicator ? credit_debit(indicator).value_or(entry.credit) : entry.credit;
  line.amount = credit ? *value : -*value;
  line.fee = Money::zero(value->currency());
  std::optional<Money> fee = charges(kids("Chrgs"), value->currency());
  if (!fee && single) {
    fee = entry.fee;
  }
  // The amount the debtor instructed, less what arrived, went to charges on the way.
  const pugi::xml_node instructed = descend(details, {"InstdAmt", "Amt"});
  if (!fee && instructed && credit) {
    const auto ordered = amount(instructed);
    if (ordered && ordered->currency() == value->currency() && *ordered > *value) {
      fee = *ordered - *value;
    }
  }
  if (fee && fee->currency() == value->currency() && fee->is_positive()) {
    line.fee = *fee;
  }
  const pugi::xml_node parties = kids("RltdPties");
  pugi::xml_node debtor = child(parties, "Dbtr");
  if (const pugi::xml_node party = child(debtor, "Pty")) {
    debtor = party; // version .08 wraps the party
  }
  line.payer_name = text_at(debtor, {"Nm"});
  const pugi::xml_node account = descend(parties, {"DbtrAcct", "Id"});
  line.payer_account = text_at(account, {"IBAN"});
  if (line.payer_account.empty()) {
    line.payer_account = text_at(account, {"Othr", "Id"});
  }
  const pugi::xml_node remittance = kids("RmtInf");
  each_child(remittance, "Strd", [&](const pugi::xml_node& strd) {
    append(line.reference, text_at(strd, {"CdtrRefInf", "Ref"}));
  });
  each_child(remittance, "Ustrd",
             [&](const pugi::xml_node& text) { append(line.reference, text_of(text)); });
  const pugi::xml_node refs = kids("Refs");
  const std::string end_to_end = text_at(refs, {"EndToEndId"});
  if (end_to_end != "NOTPROVIDED" && line.reference.find(end_to_end) == std::string::npos) {
    append(line.reference, end_to_end);
  }
  line.bank_id = text_at(refs, {"AcctSvcrRef"});
  if (line.bank_id.empty() && !entry.bank_id.empty()) {
    line.bank_id = single ? entry.bank_id : fmt::format("{}/{}", entry.bank_id, index + 1);
  }
  const pugi::xml_node returned = kids("RtrInf");
  if (!entry.booked) {
    m_statement.skipped.push_back({line.line_number, SkipReason::pending, "status 'PDNG'", line, {}});
  } else if (entry.reversal || returned) {
    std::string detail = entry.reversal ? "reversal" : "return";
    std::string code = text_at(returned, {"Rsn", "Cd"});
    if (code.empty()) {
      code = text_at(returned, {"Rsn", "Prtry"});
    }
    if (!code.empty()) {
      const std::string_view words = return_reason_text(code);
      detail += words.empty() ? fmt::format(", reason {}", code)
                              : fmt::format(", reason {} ({})", code, words);
    }
    if (end_to_end != "NOTPROVIDED" && !end_to_end.empty()) {
      detail += fmt::format(" of {}", end_to_end);
    }
    m_statement.skipped.push_back({line.line_number, SkipReason::returned, detail, line, code});
  } else if (!credit) {
    m_statement.skipped.push_back({line.line_number, SkipReason::outgoing, {}, line, {}});
  } else if (line.amount.is_zero()) {
    m_statement.skipped.push_back({line.line_number, SkipReason::zero_amount, {}, line, {}});
  } else {
    m_statement.receipts.push_back(std::move(line));
  }
}

void EntryReader::read_statement(const pugi::xml_node& node) {
  StatementBalance balance;
  balance.statement = text_at(node, {"Id"});
  balance.line = line_of(node);
  const pugi::xml_node account = descend(node, {"Acct", "Id"});
  balance.account = text_at(account, {"IBAN"});
  if (balance.account.empty()) {
    balance.account = text_at(account, {"Othr", "Id"});
  }
  each_child(node, "Bal", [&](const pugi::xml_node& bal) { read_balance(bal, balance); });
  each_child(node, "Ntry", [&](const pugi::xml_node& ntry) {
    ++m_statement.data_rows;
    const std::optional<Entry> entry = read_entry(ntry, balance);
    if (!entry) {
      return;
    }
    std::vector<pugi::xml_node> transactions;
    each_child(ntry, "NtryDtls", [&](const pugi::xml_node& details) {
      each_child(details, "TxDtls", [&](const pugi::xml_node& tx) { transactions.push_back(tx); });
    });
    if (transactions.empty()) {
      read_transaction(*entry, pugi::xml_node(), true, 0);
    }
    for (std::size_t i = 0; i < transactions.size(); ++i) {
      read_transaction(*entry, transactions[i], transactions.size() == 1, i);
    }
  });
  if (balance.opening || balance.closing) {
    if (balance.opening && !balance.movements) {
      balance.movements = Money::zero(balance.opening->currency());
    }
    m_statement.balances.push_back(std::move(balance));
  }
}

// The root's namespace: the default one, or the one of the root's prefix.
std::string root_namespace(const pugi::xml_node& root) {
  const std::string_view name = root.name();
  const std::size_t colon = name.find(':');
  const std::string attribute =
      colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  return root.attribute(attribute.c_str()).as_string();
}

} // namespace

Statement read_camt(std::string_view bytes, const std::string& path, Diagnostics& diags) {
  Statement statement;
  statement.path = path;
  statement.profile = "camt";
  const Positions positions(bytes);
  pugi::xml_document document;
  // parse_doctype keeps a DOCTYPE as a node so it can be refused; nothing in pugixml
  // resolves entities beyond the five predefined ones, nor loads anything.
  // parse_embed_pcdata keeps an element's leading text in the element itself rather than
  // in a child node (child_value() reads either): a third fewer nodes to allocate and walk.
  const unsigned options = (pugi::parse_default | pugi::parse_doctype | pugi::parse_embed_pcdata)
                           & ~pugi::parse_wnorm_attribute;
  const pugi::xml_parse_result result =
      document.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (!result) {
    throw Error(ErrorKind::invalid_input, positions.at(path, result.offset),
                fmt::format("not well-formed XML: {}", result.description()));
  }
  for (pugi::xml_node node = document.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_doctype) {
      throw Error(ErrorKind::invalid_input, positions.at(path, node.offset_debug()),
                  "a DOCTYPE is not allowed in a bank statement (no DTD, no entities)");
    }
  }
  const pugi::xml_node root = document.document_element();
  const std::string space = root_namespace(root);
  const SourceLoc at_root = positions.at(path, root.offset_debug());
  std::string_view kind = space;
  int version = 0;
  if (kind.starts_with(k_namespace)) {
    kind.remove_prefix(k_namespace.size());
    if (kind.size() == 15 && kind.substr(8, 5) == ".001." && is_ascii_digit(kind[13])
        && is_ascii_digit(kind[14])) {
      version = (kind[13] - '0') * 10 + (kind[14] - '0');
      kind = kind.substr(0, 8);
    }
  }
  const bool known_kind = kind == "camt.053" || kind == "camt.054";
  if (local_name(root) != "Document" || !known_kind || version < k_first_version
      || version > k_last_version) {
    throw Error(ErrorKind::invalid_input, at_root,
                fmt::format("not a camt.053 or camt.054 document of versions .001.{:02} to "
                            ".001.{:02}: root <{}> in namespace '{}'",
                            k_first_version, k_last_version, root.name(), space));
  }
  statement.format = fmt::format("{}.001.{:02}", kind, version);
  const bool notification = kind == "camt.054";
  const pugi::xml_node message = child(root, notification ? "BkToCstmrDbtCdtNtfctn" : "BkToCstmrStmt");
  if (!message) {
    throw Error(ErrorKind::invalid_input, at_root,
                fmt::format("a {} Document must hold <{}>", kind,
                            notification ? "BkToCstmrDbtCdtNtfctn" : "BkToCstmrStmt"));
  }
  EntryReader reader(path, positions, statement, diags);
  each_child(message, notification ? "Ntfctn" : "Stmt",
             [&](const pugi::xml_node& node) { reader.read_statement(node); });
  assign_keys(statement.profile, statement.receipts);
  return statement;
}

} // namespace dues::bank
