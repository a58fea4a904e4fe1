#include "cli/documents.hpp"

#include "base/account.hpp"
#include "base/file.hpp"
#include "render/document_labels.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {

namespace fs = std::filesystem;

void read_logo(const Context& ctx, syntax::Settings& settings) {
  const std::string& logo = settings.documents.logo;
  if (logo.empty()) {
    return;
  }
  const SourceLoc where = settings.loc_of("company.logo");
  const fs::path root = fs::weakly_canonical(ctx.ledger_dir());
  const fs::path path = fs::weakly_canonical(root / logo);
  const fs::path inside = path.lexically_relative(root);
  if (fs::path(logo).is_absolute() || inside.empty() || *inside.begin() == "..") {
    throw Error(ErrorKind::invalid_input, where,
                fmt::format("[company] logo '{}' must be a file inside the ledger folder", logo));
  }
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    throw Error(ErrorKind::invalid_input, where,
                fmt::format("[company] logo '{}' does not exist in the ledger folder", logo));
  }
  settings.documents.logo_png = read_file(path, logo);
}

std::string fill_id(std::string_view pattern, std::string_view id) {
  std::string safe(id);
  std::replace(safe.begin(), safe.end(), '/', '_');
  return render::fill_labels(pattern, {{"id", safe}});
}

void write_document(Context& ctx, const std::optional<std::string>& output,
                    const std::string& bytes) {
  if (output) {
    const fs::path path =
        fs::path(*output).is_absolute() ? fs::path(*output) : ctx.working_dir / *output;
    std::error_code ec;
    if (!fs::is_directory(path.parent_path(), ec)) { // never create folders silently
      throw Error(ErrorKind::environment,
                  fmt::format("--output: cannot write {}: the folder {} does not exist", *output,
                              fs::path(*output).parent_path().string()));
    }
    write_file_atomic(path, bytes, *output);
  } else {
    ctx.out << bytes;
  }
}

// Account numbers in the movements' details (bank references recorded by reconcile)
// are masked unless --unmask: the customer's own accounts and any valid IBAN.
void mask_statement_accounts(query::Statement& statement, const Customer& customer, bool unmask) {
  AccountMask mask(unmask);
  for (const std::string& account : customer.bank_accounts) {
    mask.add_known(account);
  }
  for (query::StatementBlock& block : statement.blocks) {
    for (query::Movement& movement : block.movements) {
      movement.detail = mask.text(movement.detail);
    }
  }
}

} // namespace dues::cli
