#include "model/charges.hpp"

#include <fmt/format.h>

#include <charconv>
#include <set>
#include <tuple>

namespace dues {

std::string charge_origin(std::string_view invoice, int level) {
  return fmt::format("{}{}/{}", k_charge_origin, invoice, level);
}

std::optional<ChargeOrigin> parse_charge_origin(std::string_view origin) {
  if (!origin.starts_with(k_charge_origin)) {
    return std::nullopt;
  }
  origin.remove_prefix(k_charge_origin.size());
  const std::size_t slash = origin.rfind('/');
  if (slash == std::string_view::npos || slash == 0) {
    return std::nullopt;
  }
  const std::string_view digits = origin.substr(slash + 1);
  int level = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), level);
  if (ec != std::errc() || end != digits.data() + digits.size() || level < 1) {
    return std::nullopt;
  }
  return ChargeOrigin{std::string(origin.substr(0, slash)), level};
}

bool is_charge(const Document& document) {
  return document.details && document.details->origin.starts_with(k_charge_origin);
}

std::unordered_map<std::uint32_t, Money> charged_interest(const Ledger& ledger) {
  std::unordered_map<std::uint32_t, Money> charged;
  std::vector<bool> voided(ledger.documents.size(), false);
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::voided) {
      voided[event.document] = true;
    }
  }
  for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
    const Document& document = ledger.documents[i];
    if (!is_charge(document) || voided[i]) {
      continue;
    }
    const auto origin = parse_charge_origin(document.details->origin);
    const IdRef* ref = origin ? ledger.find_id(origin->invoice) : nullptr;
    if (ref == nullptr || ref->kind != IdKind::document) {
      continue;
    }
    for (const LineItem& item : document.details->items) {
      if (item.unit == k_interest_unit && item.amount) {
        const auto [it, fresh] = charged.try_emplace(ref->index, *item.amount);
        if (!fresh && it->second.currency().code == item.amount->currency().code) {
          it->second += *item.amount;
        }
      }
    }
  }
  return charged;
}

syntax::Entry make_charge(const Ledger& ledger, std::uint32_t invoice, int level, const Money& fee,
                          const Money& interest, const Date& day, TakenIds& taken) {
  const syntax::DunningSettings& dunning = ledger.settings.dunning;
  const Document& dunned = ledger.documents[invoice];
  InvoiceRequest request;
  request.customer = ledger.customers[dunned.customer].id;
  request.date = day;
  request.due = add_days(day, dunning.charge_days);
  request.currency = std::string(dunned.total.currency().code);
  request.series = dunning.charge_series;
  request.origin = charge_origin(dunned.id, level);
  request.reference = "";
  request.source = dunning.loc;
  if (fee.is_positive()) {
    request.items.push_back({fmt::format("Reminder fee, level {}, {}", level, dunned.id),
                             Decimal::from_int(1), std::string(k_fee_unit), to_decimal(fee),
                             "none", std::nullopt});
  }
  if (interest.is_positive()) {
    request.items.push_back({fmt::format("Interest on {} through {}", dunned.id, format_date(day)),
                             Decimal::from_int(1), std::string(k_interest_unit),
                             to_decimal(interest), "none", std::nullopt});
  }
  return make_invoice(ledger, request, taken);
}

void check_charges(const Ledger& ledger, Diagnostics& diags) {
  std::vector<const Document*> charges;
  for (const Document& document : ledger.documents) {
    if (is_charge(document)) {
      charges.push_back(&document);
    }
  }
  if (charges.empty()) {
    return;
  }
  std::set<std::tuple<std::uint32_t, int, int>> reminders; // invoice, level, day
  for (const StatusEvent& event : ledger.status_events) {
    if (event.kind == StatusKind::reminded) {
      reminders.emplace(event.document, event.level, day_number(event.date));
    }
  }
  for (const Document* each : charges) {
    const Document& charge = *each;
    const auto fail = [&](const std::string& message) {
      diags.add(Error(ErrorKind::invalid_input, ledger.where(charge.pos),
                      fmt::format("charge {}: {}", charge.id, message)));
    };
    const std::string& text = charge.details->origin;
    const auto origin = parse_charge_origin(text);
    if (!origin) {
      fail(fmt::format("origin '{}' is not dunning:INVOICE/LEVEL", text));
      continue;
    }
    const IdRef* ref = ledger.find_id(origin->invoice);
    if (ref == nullptr || ref->kind != IdKind::document
        || !ledger.documents[ref->index].is_invoice()
        || is_charge(ledger.documents[ref->index])) {
      fail(fmt::format("origin names no invoice '{}' (a charge is for an invoice that is not "
                       "a charge itself)",
                       origin->invoice));
      continue;
    }
    const Document& dunned = ledger.documents[ref->index];
    if (dunned.customer != charge.customer) {
      fail(fmt::format("{} belongs to customer {}, the charge to {}", dunned.id,
                       ledger.customers[dunned.customer].id, ledger.customers[charge.customer].id));
    }
    if (dunned.total.currency().code != charge.total.currency().code) {
      fail(fmt::format("{} is in {}, the charge in {}", dunned.id, dunned.total.currency().code,
                       charge.total.currency().code));
    }
    if (!reminders.contains({ref->index, origin->level, day_number(charge.date)})) {
      fail(fmt::format("no 'remind {} level {}' entry on {}: a charge is issued with the "
                       "reminder it belongs to",
                       dunned.id, origin->level, format_date(charge.date)));
    }
    for (const LineItem& item : charge.details->items) {
      if (item.unit != k_fee_unit && item.unit != k_interest_unit) {
        diags.add(Error(ErrorKind::invalid_input, ledger.where(item.pos),
                        fmt::format("charge {}: an item's unit is 'fee' or 'interest', not '{}'",
                                    charge.id, item.unit)));
      }
    }
  }
}

} // namespace dues
