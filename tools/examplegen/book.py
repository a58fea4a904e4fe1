"""A Book issues journal entries and keeps the balances `dues check` verifies."""

import datetime
from collections import defaultdict

from .journal import Allocate, Document, Event, Payment, Refund
from .money import EXPONENTS


def series_id(format_, year, sequence):
    """Fills {year} and {seq} / {seq:0N} in a series format."""
    out, i = "", 0
    while i < len(format_):
        if format_[i] == "{":
            close = format_.index("}", i)
            name = format_[i + 1 : close]
            if name == "year":
                out += f"{year:04d}"
            else:
                width = int(name[4:]) if ":" in name else 1
                out += f"{sequence:0{width}d}"
            i = close + 1
        else:
            out += format_[i]
            i += 1
    return out


class Book:
    """Issues entries in date order; refuses anything dues would refuse."""

    def __init__(self, series, rates):
        self.series = series  # name -> (format, yearly reset)
        self.rates = rates  # tax code -> Decimal percent
        self.counters = defaultdict(int)
        self.entries = []
        self.open = {}  # invoice -> minor units still owed
        self.left = {}  # payment or credit note -> minor units not yet applied
        self.credit = defaultdict(int)  # (customer id, currency) -> unapplied credit
        self.touched = set()
        self.voided = set()
        self.disputed = set()
        self.reminded = defaultdict(int)  # invoice -> highest reminder level
        self.last_day = datetime.date.min

    # --- numbering -------------------------------------------------------------------
    def next_id(self, series, day, external=None):
        if external:
            return external
        format_, yearly = self.series[series]
        key = (series, day.year if yearly else 0)
        self.counters[key] += 1
        return series_id(format_, day.year, self.counters[key])

    def _add(self, entry):
        assert entry.day >= self.last_day, "entries are issued in date order"
        self.last_day = entry.day
        entry.seq = len(self.entries)
        self.entries.append(entry)
        return entry

    # --- documents ---------------------------------------------------------------------
    def invoice(self, day, customer, items, external=None, **options):
        doc = Document(day=day, kind="invoice", customer=customer, items=items,
                       currency=options.pop("currency", customer.currency), **options)
        doc.compute(self.rates)
        assert doc.total > 0, doc
        if doc.instalments:
            doc.instalments = self._instalments(doc)
        doc.ident = self.next_id(doc.series or "invoice", day, external)
        self.open[doc] = doc.total
        return self._add(doc)

    def _instalments(self, doc):
        """[(days, percent, comment)] -> [(due, minor units, comment)]; the last one takes
        what the others leave, so they add up to the total exactly."""
        from .money import HALF_UP, percent_of

        out, used = [], 0
        for n, (days, share, comment) in enumerate(doc.instalments):
            last = n == len(doc.instalments) - 1
            amount = doc.total - used if last else percent_of(doc.total, share, HALF_UP)
            used += amount
            out.append((doc.day + datetime.timedelta(days=days), amount, comment))
        return out

    def credit_note(self, day, invoice, items, reason, applies=(), **options):
        doc = Document(day=day, kind="credit", customer=invoice.customer, items=items,
                       currency=invoice.currency, related=invoice, reason=reason,
                       inclusive=invoice.inclusive, rounding=invoice.rounding,
                       per_invoice=invoice.per_invoice, **options)
        doc.compute(self.rates)
        doc.ident = self.next_id("credit", day)
        self.left[doc] = doc.total
        self.credit[(doc.customer.ident, doc.currency)] += doc.total
        self._add(doc)
        for target, amount in applies:
            self._apply(doc, target, amount if amount is not None else doc.total)
        return doc

    # --- money -------------------------------------------------------------------------
    def _apply(self, source, invoice, amount):
        assert amount > 0
        assert invoice.kind == "invoice" and invoice not in self.voided, invoice.ident
        assert invoice.currency == source.currency and invoice.customer is source.customer
        assert amount <= self.open[invoice], (source.ident, invoice.ident, amount)
        assert amount <= self.left[source], (source.ident, amount, self.left[source])
        self.open[invoice] -= amount
        self.left[source] -= amount
        self.credit[(invoice.customer.ident, invoice.currency)] -= amount
        self.touched.add(invoice)
        if isinstance(source, Document):
            self.touched.add(source)
        source.applies.append((invoice, amount))

    def payment(self, day, customer, amount, applies=(), fee=0, currency=None, **options):
        pay = Payment(day=day, customer=customer, currency=currency or customer.currency,
                      amount=amount, fee=fee, **options)
        pay.ident = self.next_id("payment", day)
        self.left[pay] = amount + fee
        self.credit[(customer.ident, pay.currency)] += amount + fee
        self._add(pay)
        for invoice, applied in applies:
            self._apply(pay, invoice, applied)
        return pay

    def allocate(self, day, source, applies, **options):
        entry = Allocate(day=day, source=source, **options)
        self._add(entry)
        for invoice, amount in applies:
            self._apply(source, invoice, amount)
        # _apply records the lines on the source; an allocate entry owns them instead.
        moved = source.applies[-len(applies):]
        del source.applies[-len(applies):]
        entry.applies = moved
        return entry

    def refund(self, day, customer, amount, currency=None, **options):
        currency = currency or customer.currency
        assert amount <= self.credit[(customer.ident, currency)]
        entry = Refund(day=day, customer=customer, currency=currency, amount=amount, **options)
        entry.ident = self.next_id("refund", day)
        self.credit[(customer.ident, currency)] -= amount
        self._take_credit(customer, currency, amount)
        return self._add(entry)

    def _take_credit(self, customer, currency, amount):
        """A refund pays out unapplied money: the oldest payments and credit notes first."""
        for source, left in self.left.items():
            if amount == 0:
                break
            if source.customer is customer and source.currency == currency and left > 0:
                taken = min(left, amount)
                self.left[source] -= taken
                amount -= taken

    def writeoff(self, day, invoice, amount, reason, with_currency=True, **options):
        assert invoice not in self.voided and 0 < amount <= self.open[invoice]
        self.open[invoice] -= amount
        self.touched.add(invoice)
        return self._add(Event(day=day, keyword="writeoff", target=invoice, amount=amount,
                               with_currency=with_currency, reason=reason, **options))

    def void(self, day, document, reason, **options):
        assert document not in self.touched and document not in self.voided
        self.voided.add(document)
        if document.kind == "invoice":
            self.open[document] = 0
        else:
            self.credit[(document.customer.ident, document.currency)] -= self.left[document]
            self.left[document] = 0
        return self._add(Event(day=day, keyword="void", target=document, reason=reason,
                               **options))

    def dispute(self, day, invoice, reason, **options):
        assert invoice not in self.disputed
        self.disputed.add(invoice)
        return self._add(Event(day=day, keyword="dispute", target=invoice, reason=reason,
                               **options))

    def resolve(self, day, invoice, reason=None, **options):
        self.disputed.remove(invoice)
        return self._add(Event(day=day, keyword="resolve", target=invoice, reason=reason,
                               **options))

    def remind(self, day, invoice, level, **options):
        self.reminded[invoice] = level
        return self._add(Event(day=day, keyword="remind", target=invoice, level=level,
                               **options))

    # --- questions ---------------------------------------------------------------------
    def open_invoices(self, customer, currency=None):
        return [d for d, left in self.open.items()
                if d.customer is customer and left > 0 and d not in self.voided
                and (currency is None or d.currency == currency)]

    def unapplied_payments(self, customer):
        return [s for s, left in self.left.items()
                if s.customer is customer and left > 0 and isinstance(s, Payment)]

    def exponent(self, currency):
        return EXPONENTS[currency]
