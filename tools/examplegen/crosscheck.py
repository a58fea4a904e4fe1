"""Checks `dues aging` against an independent computation from the generator's Book.

For several days, the open items (invoice, instalment, days overdue, amount) and each
customer's unapplied credit are computed here from the entries dated on or before the
day, and compared with `dues aging --as-of DAY --format csv [--detail]`."""

import calendar
import csv
import datetime
import io
import subprocess

from .journal import Allocate, Document, Event, Payment, Refund
from .money import money_text

def days():
    """The 10th, the 20th and the last day of every month of 2025 and 2026."""
    for year in (2025, 2026):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            for day in (10, 20, last):
                yield datetime.date(year, month, day)


def balances(book, day):
    """({(document, instalment, days overdue, open)}, {(customer, currency): credit})."""
    open_, credit = {}, {}

    def add_credit(customer, currency, amount):
        credit[(customer.ident, currency)] = credit.get((customer.ident, currency), 0) + amount

    def apply(source, invoice, amount):
        open_[invoice] -= amount
        add_credit(invoice.customer, invoice.currency, -amount)
        if isinstance(source, Document):
            open_[source] -= amount

    for entry in book.entries:
        if entry.day > day:
            break
        if isinstance(entry, Document):
            open_[entry] = entry.total
            if entry.kind == "credit":
                add_credit(entry.customer, entry.currency, entry.total)
            for invoice, amount in entry.applies:
                apply(entry, invoice, amount)
        elif isinstance(entry, Payment):
            add_credit(entry.customer, entry.currency, entry.amount + entry.fee)
            for invoice, amount in entry.applies:
                apply(entry, invoice, amount)
        elif isinstance(entry, Allocate):
            for invoice, amount in entry.applies:
                apply(entry.source, invoice, amount)
        elif isinstance(entry, Refund):
            add_credit(entry.customer, entry.currency, -entry.amount)
        elif entry.keyword == "writeoff":
            open_[entry.target] -= entry.amount
        elif entry.keyword == "void":
            if entry.target.kind == "credit":
                add_credit(entry.target.customer, entry.target.currency, -open_[entry.target])
            open_[entry.target] = 0
    items = set()
    for doc, left in open_.items():
        if doc.kind != "invoice" or left == 0:
            continue
        if not doc.instalments:
            items.add((doc.ident, 0, (day - doc.due).days, money_text(left, doc.currency)))
            continue
        paid = doc.total - left
        for number, (due, amount, _) in enumerate(doc.instalments, 1):
            covered = min(paid, amount)
            paid -= covered
            if amount - covered:
                items.add((doc.ident, number, (day - due).days,
                           money_text(amount - covered, doc.currency)))
    credits = {key: money_text(-value, key[1]) for key, value in credit.items() if value}
    return items, credits


def aging_csv(dues, ledger, day, detail):
    command = [dues, "-C", str(ledger), "--today", "2026-12-01", "aging", "--as-of",
               day.isoformat(), "--format", "csv"] + (["--detail"] if detail else [])
    text = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def crosscheck(dues, ledger, book):
    """The days on which dues disagrees, with what differs."""
    problems = []
    for day in days():
        items, credits = balances(book, day)
        got_items = {(r["document"], int(r["instalment"]), int(r["days"]), r["total"])
                     for r in aging_csv(dues, ledger, day, True) if r["document"]}
        got_credits = {(r["customer"], r["currency"]): r["credit"]
                       for r in aging_csv(dues, ledger, day, False)
                       if r["credit"].strip("0.") != ""}
        if got_items != items or got_credits != credits:
            problems.append(f"{day}: expected but not reported {sorted(items - got_items)}, "
                            f"reported but not expected {sorted(got_items - items)}, "
                            f"credit {got_credits} instead of {credits}")
    return problems
