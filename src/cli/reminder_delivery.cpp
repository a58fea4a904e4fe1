#include "cli/reminder_delivery.hpp"

#include "base/file.hpp"

#include <fmt/format.h>

namespace dues::cli {

void deliver_letter(Context& ctx, const Ledger& ledger, const render::ReminderLetter& letter,
                    const Date& day, const Delivery& delivery) {
  const std::string message = render::letter_message(ledger, letter, day);
  if (!delivery.outbox) {
    ctx.out << message << "\n";
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(*delivery.outbox, ec);
  const std::filesystem::path file =
      *delivery.outbox / fmt::format("{}-{}.eml", format_date(day), letter.customer);
  write_file_atomic(file, message, file.string());
}

} // namespace dues::cli
