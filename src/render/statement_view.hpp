#pragma once

#include "query/contact_history.hpp"
#include "query/statement.hpp"

#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace dues::render {

// The statement for people: per currency the opening balance, each movement with the
// running balance, the closing balance and the aging summary.
void statement_table(std::ostream& out, const query::Statement& statement, bool colour);

// One CSV record per line of the statement, with a header row: opening, each
// movement, closing, then one "aging" record per column (not due, 1-30, ..., credit).
void statement_csv(std::ostream& out, const query::Statement& statement);

// The JSON shape documented in docs/man/dues-statement.1.md.
// history: the contact history of the statement's period (query::contact_history), as
// "history": [{"date", "event", "invoice", "detail"}] after the currencies.
void statement_json(std::ostream& out, const query::Statement& statement,
                    std::span<const query::ContactEvent> history = {});

// A self-contained HTML page (inline style, UTF-8, every text escaped) to print or send.
void statement_html(std::ostream& out, const query::Statement& statement);

// Text escaped for HTML element content and attribute values: & < > " '.
std::string html_escape(std::string_view text);

} // namespace dues::render
