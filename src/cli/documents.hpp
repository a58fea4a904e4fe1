#pragma once

// What the commands that print documents (invoice render, statement, send) share.
#include "cli/context.hpp"
#include "query/statement.hpp"
#include "syntax/settings.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace dues::cli {

// Reads the logo that [company] logo names into settings.documents.logo_png, for the
// PDF renderers. The path is relative to the ledger folder and must stay inside it; a
// path outside or a missing file is an error at the key (exit 3).
void read_logo(const Context& ctx, syntax::Settings& settings);

// `pattern` with each {id} replaced by the document id (with '/' as '_', so an id
// never names another folder).
std::string fill_id(std::string_view pattern, std::string_view id);

// Writes a rendered document to --output FILE (relative to the working directory,
// replaced atomically) or, without it, to standard output.
void write_document(Context& ctx, const std::optional<std::string>& output,
                    const std::string& bytes);

// Account numbers in a statement's movement details (bank references recorded by
// reconcile) are masked unless `unmask`: the customer's own accounts and any valid IBAN.
void mask_statement_accounts(query::Statement& statement, const Customer& customer, bool unmask);

} // namespace dues::cli
