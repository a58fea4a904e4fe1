// dues send: emails issued documents and keeps the sent-log (docs/sending.md).
#include "cli/commands.hpp"
#include "cli/documents.hpp"
#include "cli/environment.hpp"
#include "cli/receipts.hpp"
#include "cli/sending.hpp"
#include "model/sending.hpp"
#include "render/invoice_pdf.hpp" // statement_pdf

#include <sstream>

#include <fmt/format.h>

#include <algorithm>

namespace dues::cli {
namespace {

std::string emails_of(const std::vector<mail::Address>& addresses) {
  std::string out;
  for (const mail::Address& address : addresses) {
    out += out.empty() ? "" : ", ";
    out += address.email;
  }
  return out;
}

// The documents to send, in journal order, and a note for each one left out.
std::vector<std::uint32_t> chosen_documents(Context& ctx, const Ledger& ledger,
                                            const Balances& balances, const SendOptions& options,
                                            const Date& as_of) {
  const std::vector<std::uint32_t> counts = send_counts(ledger);
  std::vector<std::uint32_t> chosen;
  const auto skip_reason = [&](std::uint32_t index) -> std::string {
    const Document& document = ledger.documents[index];
    if (balances.voided[index] != 0) {
      return "it is void";
    }
    if (counts[index] > 0 && !options.resend) {
      const Sending* last = nullptr;
      for (const Sending& sending : ledger.sendings) {
        if (sending.document == index) {
          last = &sending;
        }
      }
      return fmt::format("it was sent on {} to {} (--resend sends it again)",
                         format_date(last->date), last->to);
    }
    if (day_number(document.date) > day_number(as_of)) {
      return fmt::format("it is dated {}, after {}", format_date(document.date), format_date(as_of));
    }
    return {};
  };
  if (options.unsent) {
    for (std::uint32_t i = 0; i < ledger.documents.size(); ++i) {
      if (skip_reason(i).empty()) {
        chosen.push_back(i);
      }
    }
    return chosen;
  }
  for (const std::string& id : options.ids) {
    const IdRef* ref = ledger.find_id(id);
    if (ref == nullptr || ref->kind != IdKind::document) {
      throw Error(ErrorKind::usage, fmt::format("no invoice or credit note '{}' in the journal", id));
    }
    if (std::find(chosen.begin(), chosen.end(), ref->index) != chosen.end()) {
      continue;
    }
    const std::string reason = skip_reason(ref->index);
    if (reason.empty()) {
      chosen.push_back(ref->index);
    } else {
      ctx.out << fmt::format("skipped {}: {}\n", id, reason);
    }
  }
  return chosen;
}

std::string addresses_text(const std::vector<mail::Address>& addresses) {
  std::string out;
  for (const mail::Address& address : addresses) {
    out += out.empty() ? "" : ", ";
    out += address.name.empty() ? address.email : address.name + " <" + address.email + ">";
  }
  return out;
}

// A message as a person reviews it (--dry-run): headers and body as UTF-8 text, and
// what is attached.
void print_message(std::ostream& out, const mail::Message& message) {
  out << "Date: " << message.date << '\n'
      << "From: " << addresses_text({message.from}) << '\n';
  for (const auto& [name, list] : {std::pair{"Reply-To", &message.reply_to},
                                   {"To", &message.to},
                                   {"Cc", &message.cc},
                                   {"Bcc", &message.bcc}}) {
    if (!list->empty()) {
      out << name << ": " << addresses_text(*list) << '\n';
    }
  }
  out << "Subject: " << message.subject << '\n'
      << "Message-ID: <" << message.message_id << ">\n\n"
      << message.body;
  for (const mail::Attachment& attachment : message.attachments) {
    out << fmt::format("[attached: {} ({}, {} bytes)]\n", attachment.filename,
                       attachment.content_type, attachment.bytes.size());
  }
}

syntax::Entry sent_entry(const mail::Message& message, const std::string& via, const Date& day) {
  syntax::Entry entry;
  entry.kind = syntax::EntryKind::sent;
  entry.date = day;
  entry.id = field(message.document);
  entry.sent_to = field(emails_of(message.to));
  if (!message.cc.empty()) {
    entry.sent_cc = field(emails_of(message.cc));
  }
  entry.via = field(via);
  entry.message_id = field("<" + message.message_id + ">");
  return entry;
}

// `dues send --statement CUSTOMER [--as-of D]`: the customer's statement of account as
// of D, as a PDF, in one message. Nothing is recorded: a statement is no document.
ExitCode send_statement(Context& ctx, const SendOptions& options) {
  if (options.unsent || !options.ids.empty() || options.resend) {
    throw Error(ErrorKind::usage,
                "--statement CUSTOMER sends a statement: name no documents, no --unsent, "
                "no --resend");
  }
  Ledger ledger = load_ledger(ctx, LoadMode::balances);
  read_logo(ctx, ledger.settings);
  query::StatementRequest request;
  request.to = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  request.customer = customer_argument(ledger, *options.statement);
  request.buckets = ledger.settings.aging.buckets;
  request.basis = ledger.settings.aging.basis == "invoice" ? query::AgingBasis::invoice
                                                           : query::AgingBasis::due;
  const Customer& customer = ledger.customers[request.customer];
  query::Statement statement = query::statement(ledger, request);
  mask_statement_accounts(statement, customer, false);
  const MailSetup setup = mail_setup(ledger.settings, ctx.ledger_dir());
  // The customer's `language` wins over [documents] language.
  syntax::Settings settings = ledger.settings;
  if (!customer.language.empty()) {
    settings.documents.language = customer.language;
  }
  std::ostringstream page;
  render::statement_pdf(page, statement, settings, source_date_epoch());
  const mail::Message message =
      compose_statement_message(statement, customer, ledger.settings, setup, mail_date(ctx),
                                page.str());
  if (options.dry_run) {
    ctx.out << fmt::format("--- would send {} ---\n", message.document);
    print_message(ctx.out, message);
    ctx.out << "dry run: 1 message composed; nothing was sent\n";
    return ExitCode::ok;
  }
  const std::unique_ptr<mail::Transport> transport =
      make_transport(ledger.settings, ctx.ledger_dir(), options.environment);
  const mail::SendResult result = transport->send(message);
  if (!result.accepted) {
    throw Error(ErrorKind::environment, fmt::format("the statement of {} was not sent ({}): {}",
                                                    customer.id, transport->name(), result.detail));
  }
  ctx.out << fmt::format("sent the statement of {} as of {} to {} via {} <{}>\n", customer.id,
                         format_date(request.to), emails_of(message.to), transport->name(),
                         message.message_id);
  return ExitCode::ok;
}

} // namespace

ExitCode run_send(Context& ctx, const SendOptions& options) {
  if (options.statement) {
    return send_statement(ctx, options);
  }
  if (options.unsent == !options.ids.empty()) {
    throw Error(ErrorKind::usage, "name the documents to send, or --unsent (not both)");
  }
  if (options.as_of && !options.unsent) {
    throw Error(ErrorKind::usage, "--as-of goes with --unsent");
  }
  const Date as_of = options.as_of ? date_argument("--as-of", *options.as_of) : ctx.today;
  // Named documents: their details only, read from their entries (cli/details.hpp).
  Ledger ledger = options.unsent ? load_ledger(ctx, LoadMode::full)
                                 : load_ledger(ctx, DetailsOf{options.ids});
  if (ledger.settings.mail.attach == "pdf") {
    read_logo(ctx, ledger.settings); // the PDF's logo
  }
  const Balances balances = balances_as_of(ledger, std::max(as_of, ctx.today));
  const std::vector<std::uint32_t> chosen =
      chosen_documents(ctx, ledger, balances, options, as_of);
  // Everything that can be wrong is found before the first message leaves.
  const MailSetup setup = mail_setup(ledger.settings, ctx.ledger_dir());
  const std::vector<std::uint32_t> counts = send_counts(ledger);
  std::vector<mail::Message> messages;
  for (const std::uint32_t index : chosen) {
    const query::InvoiceDetail detail = query::invoice_detail(ledger, balances, index);
    messages.push_back(compose_message(detail, ledger.settings, setup, mail_date(ctx),
                                       static_cast<int>(counts[index]) + 1));
  }
  if (options.dry_run) {
    for (const mail::Message& message : messages) {
      ctx.out << fmt::format("--- would send {} ---\n", message.document);
      print_message(ctx.out, message);
    }
    ctx.out << fmt::format("dry run: {} message{} composed; nothing was sent or written\n",
                           messages.size(), messages.size() == 1 ? "" : "s");
    return ExitCode::ok;
  }
  if (messages.empty()) {
    ctx.out << "nothing to send\n";
    return ExitCode::ok;
  }
  const std::unique_ptr<mail::Transport> transport =
      make_transport(ledger.settings, ctx.ledger_dir(), options.environment);
  std::size_t sent = 0;
  for (const mail::Message& message : messages) {
    const mail::SendResult result = transport->send(message);
    if (!result.accepted) {
      const std::size_t left = messages.size() - sent - 1;
      throw Error(ErrorKind::environment,
                  fmt::format("{} was not sent ({}): {}; {} of {} sent and recorded{}",
                              message.document, transport->name(), result.detail, sent,
                              messages.size(),
                              left == 0 ? "" : fmt::format(", {} not attempted", left)));
    }
    // Recorded at once: a crash later in the batch must not send this one again.
    commit_entries(ctx, LoadMode::balances, [&](const Ledger&) {
      return std::vector<syntax::Entry>{sent_entry(message, transport->name(), ctx.today)};
    });
    ++sent;
    ctx.out << fmt::format("sent {} to {} via {} {}\n", message.document,
                           emails_of(message.to) + (message.cc.empty() ? "" : ", cc ")
                               + emails_of(message.cc),
                           transport->name(), "<" + message.message_id + ">");
  }
  return ExitCode::ok;
}

} // namespace dues::cli
