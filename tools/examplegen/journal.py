"""Journal entries (docs/journal-format.md) and a book that issues them.

The Book numbers documents gaplessly per series and year, computes stored totals with
money.compute_totals, and checks every movement the way `dues check` walks the journal,
so a generator bug fails here, with a Python traceback, before dues ever sees the file.
Entries render in dues's canonical form, so `dues fmt --check` finds nothing to do.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from . import money
from .money import EXPONENTS, amount_text, money_text, percent_text

# Header attributes in the order dues's writer prints them (journal_grammar.cpp).
HEADER_ORDER = [
    "customer", "invoice", "series", "due", "terms", "cash-discount", "cash-discount-until",
    "prices", "tax-rounding", "rounding", "discount", "subtotal", "total", "amount", "fee",
    "method", "ref", "po", "bank", "level", "reason", "note",
]
TEXT_ATTRIBUTES = {"ref", "po", "bank", "reason", "note"}


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quote_if_needed(text):
    if not text or any(c in text for c in ' ";\\'):
        return quote(text)
    return text


def header(day, keyword, ident, attributes, trailing=None):
    parts = [day.isoformat(), keyword, ident]
    for key in HEADER_ORDER:
        value = attributes.get(key)
        if value is None:
            continue
        parts += [key, quote(value) if key in TEXT_ATTRIBUTES else value]
    return end_line(" ".join(parts), trailing)


def end_line(text, trailing):
    return f"{text} ; {trailing}" if trailing else text


def above(comments):
    return [f"  ; {c}" if c else "  ;" for c in comments]


def discount_text(discount, exponent):
    kind, value = discount
    return percent_text(value) if kind == "%" else amount_text(value, exponent)


@dataclass
class Item:
    description: str
    price: Decimal
    quantity: Decimal = None  # None: not written (1)
    unit: str = None
    tax: str = None
    discount: tuple = None  # ("%", Decimal) or ("amount", Decimal)
    comments: list = field(default_factory=list)
    trailing: str = None

    def __post_init__(self):
        self.price = Decimal(self.price)
        if self.quantity is not None:
            self.quantity = Decimal(self.quantity)
        if self.discount:
            self.discount = (self.discount[0], Decimal(self.discount[1]))

    def qty(self):
        return Decimal(1) if self.quantity is None else self.quantity


@dataclass(eq=False)
class Entry:
    day: datetime.date
    seq: int = 0
    comments: list = field(default_factory=list)  # comment lines above the entry
    trailing: str = None  # comment at the end of the header line
    end_comments: list = field(default_factory=list)  # indented comments after the details


@dataclass(eq=False)
class Document(Entry):
    kind: str = "invoice"  # invoice | credit
    ident: str = ""
    customer: object = None
    currency: str = ""
    items: list = field(default_factory=list)
    discount: tuple = None
    inclusive: bool = False
    per_invoice: bool = False
    rounding: str = money.HALF_UP
    due: datetime.date = None
    terms: str = None
    cash_discount: tuple = None  # (percent, until)
    instalments: list = field(default_factory=list)  # [(date, minor units, comment)]
    ref: str = None
    po: str = None
    note: str = None
    reason: str = None
    related: object = None  # the invoice a credit note corrects
    series: str = None
    write_subtotal: bool = True
    applies: list = field(default_factory=list)  # [(invoice, minor units)]
    hold: bool = False  # scripted: the simulated customer does not pay it
    lines: list = None
    taxes: list = None
    subtotal: int = 0
    total: int = 0

    def compute(self, rates):
        if self.discount:
            self.discount = (self.discount[0], Decimal(self.discount[1]))
        self.lines, self.taxes, self.subtotal, self.total = money.compute_totals(
            [_Line(i) for i in self.items], self.discount, rates, self.inclusive,
            self.per_invoice, self.rounding, self.currency)

    def render(self):
        exponent = EXPONENTS[self.currency]
        a = {"customer": quote_if_needed(self.customer.ident)}
        if self.related is not None:
            a["invoice"] = self.related.ident
        if self.series:
            a["series"] = self.series
        if self.due and not self.instalments:
            a["due"] = self.due.isoformat()
        if self.terms:
            a["terms"] = quote_if_needed(self.terms)
        if self.cash_discount:
            a["cash-discount"] = percent_text(self.cash_discount[0])
            a["cash-discount-until"] = self.cash_discount[1].isoformat()
        if self.inclusive:
            a["prices"] = "inclusive"
        if self.per_invoice:
            a["tax-rounding"] = "invoice"
        if self.rounding != money.HALF_UP:
            a["rounding"] = self.rounding
        if self.discount:
            a["discount"] = discount_text(self.discount, exponent)
        if self.write_subtotal and self.taxes:
            a["subtotal"] = money_text(self.subtotal, self.currency)
        a["total"] = f"{money_text(self.total, self.currency)} {self.currency}"
        for key, value in (("ref", self.ref), ("po", self.po), ("reason", self.reason),
                           ("note", self.note)):
            if value:
                a[key] = value
        keyword = "invoice" if self.kind == "invoice" else "credit"
        out = [header(self.day, keyword, self.ident, a, self.trailing)]
        for item, amount in zip(self.items, self.lines):
            out += above(item.comments)
            parts = ["  item", quote(item.description)]
            if item.quantity is not None:
                parts += ["qty", money.plain(item.quantity)]
            if item.unit:
                parts += ["unit", quote_if_needed(item.unit)]
            parts += ["price", amount_text(item.price, exponent)]
            if item.tax:
                parts += ["tax", quote_if_needed(item.tax)]
            if item.discount:
                parts += ["discount", discount_text(item.discount, exponent)]
            parts += ["amount", money_text(amount, self.currency)]
            out.append(end_line(" ".join(parts), item.trailing))
        for code, rate, base, amount in self.taxes:
            out.append(f"  tax {quote_if_needed(code)} rate {percent_text(rate)} base "
                       f"{money_text(base, self.currency)} amount "
                       f"{money_text(amount, self.currency)}")
        for due, amount, comment in self.instalments:
            out.append(end_line(f"  instalment {due.isoformat()} "
                                f"{money_text(amount, self.currency)}", comment))
        for invoice, amount in self.applies:
            out.append(f"  apply {invoice.ident} {money_text(amount, self.currency)}")
        return out + above(self.end_comments)


class _Line:
    """An item as money.compute_totals wants it."""

    def __init__(self, item):
        self.quantity = item.qty()
        self.price = item.price
        self.tax = item.tax
        self.discount = item.discount


@dataclass(eq=False)
class Payment(Entry):
    ident: str = ""
    customer: object = None
    currency: str = ""
    amount: int = 0
    fee: int = 0
    method: str = None
    ref: str = None
    bank: str = None
    note: str = None
    applies: list = field(default_factory=list)

    def render(self):
        a = {"customer": quote_if_needed(self.customer.ident),
             "amount": f"{money_text(self.amount, self.currency)} {self.currency}"}
        if self.fee:
            a["fee"] = money_text(self.fee, self.currency)
        if self.method:
            a["method"] = self.method
        for key, value in (("ref", self.ref), ("bank", self.bank), ("note", self.note)):
            if value:
                a[key] = value
        out = [header(self.day, "payment", self.ident, a, self.trailing)]
        out += [f"  apply {d.ident} {money_text(u, self.currency)}" for d, u in self.applies]
        return out + above(self.end_comments)


@dataclass(eq=False)
class Refund(Entry):
    ident: str = ""
    customer: object = None
    currency: str = ""
    amount: int = 0
    method: str = None
    ref: str = None
    note: str = None

    def render(self):
        a = {"customer": quote_if_needed(self.customer.ident),
             "amount": f"{money_text(self.amount, self.currency)} {self.currency}"}
        if self.method:
            a["method"] = self.method
        if self.ref:
            a["ref"] = self.ref
        if self.note:
            a["note"] = self.note
        return [header(self.day, "refund", self.ident, a, self.trailing)]


@dataclass(eq=False)
class Allocate(Entry):
    source: object = None  # a Payment or a credit note
    applies: list = field(default_factory=list)

    def render(self):
        out = [header(self.day, "allocate", self.source.ident, {}, self.trailing)]
        out += [f"  apply {d.ident} {money_text(u, d.currency)}" for d, u in self.applies]
        return out + above(self.end_comments)


@dataclass(eq=False)
class Event(Entry):
    keyword: str = ""  # void | writeoff | dispute | resolve | remind
    target: object = None
    amount: int = None
    with_currency: bool = True
    level: int = None
    reason: str = None
    note: str = None

    def render(self):
        a = {}
        if self.amount is not None:
            text = money_text(self.amount, self.target.currency)
            a["amount"] = f"{text} {self.target.currency}" if self.with_currency else text
        if self.level is not None:
            a["level"] = str(self.level)
        if self.reason:
            a["reason"] = self.reason
        if self.note:
            a["note"] = self.note
        return [header(self.day, self.keyword, self.target.ident, a, self.trailing)]
