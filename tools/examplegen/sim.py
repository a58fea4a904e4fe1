"""A day-by-day simulation of a receivables ledger: customers order, invoices fall due,
customers pay (on time, late, in batches, in parts, with bank charges), the accountant
reminds late payers. Scripted scenes add the rare events (credit notes, disputes, voids,
refunds, write-offs) on fixed days. Everything random comes from one seeded Random."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from .money import HALF_UP, percent_of

DAY = datetime.timedelta(days=1)


def end_of_month(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def due_date(day, terms):
    """The due date that [terms] give (net N days, or end of month + N)."""
    if terms.get("end-of-month"):
        return end_of_month(day) + datetime.timedelta(days=terms["days"])
    return day + datetime.timedelta(days=terms["days"])


@dataclass(eq=False)
class Customer:
    ident: str
    name: str
    currency: str
    terms: str
    profile: str = "prompt"  # prompt | late | slow | batch | partial | stops
    orders: float = 1.0  # invoices a month, on average
    catalogue: object = None  # rng, customer -> list of Item
    fee: int = 0  # bank charges deducted from each payment (minor units)
    toml: str = ""  # the customers.toml table
    stops: datetime.date = None  # the day a "stops" customer stops paying
    options: dict = field(default_factory=dict)  # invoice options (pricing, discount)
    remind: bool = True


class Simulation:
    def __init__(self, book, rng, customers, terms, start, end, holidays=(), business=None):
        self.book = book
        self.rng = rng
        self.customers = customers
        self.terms = terms
        self.start = start
        self.end = end
        self.holidays = set(holidays)
        self.scenes = defaultdict(list)  # day -> [callable(day)]
        self.plans = defaultdict(list)  # day -> [(invoice, minor units or None)]
        self.payment_options = business or (lambda customer, invoices: {})

    def is_business_day(self, day):
        return day.weekday() < 5 and day not in self.holidays

    def business_day_on_or_after(self, day):
        while not self.is_business_day(day):
            day += DAY
        return day

    def at(self, day, scene):
        self.scenes[day].append(scene)

    # --- invoices --------------------------------------------------------------------
    def issue(self, day, customer, items=None, **options):
        terms = self.terms[options.pop("terms", customer.terms)]
        merged = dict(customer.options)
        merged.update(options)
        unpaid = merged.pop("unpaid", False)  # issued, reminded, never paid
        items = items if items is not None else customer.catalogue(self.rng, customer)
        instalments = terms.get("instalments")
        if instalments and "instalments" not in merged:
            merged["instalments"] = list(instalments)
        if not instalments:
            merged.setdefault("due", due_date(day, terms))
        if terms.get("cash-discount"):
            merged.setdefault("cash_discount", (terms["cash-discount"],
                                                day + datetime.timedelta(
                                                    days=terms["cash-discount-days"])))
        merged.setdefault("terms", terms["code"])
        invoice = self.book.invoice(day, customer, items, **merged)
        if not invoice.hold and not unpaid:
            self.plan(invoice)
        return invoice

    def plan(self, invoice):
        """When the customer pays this invoice, by profile."""
        customer, rng = invoice.customer, self.rng
        dues = [d for d, _, _ in invoice.instalments] or [invoice.due]
        if customer.profile == "prompt":
            day = dues[-1] - datetime.timedelta(days=rng.randint(0, 6))
            self.plans[self.business_day_on_or_after(max(day, invoice.day))].append(
                (invoice, None))
        elif customer.profile in ("late", "stops"):
            for n, due in enumerate(dues):
                day = due + datetime.timedelta(days=rng.randint(5, 60))
                part = invoice.instalments[n][1] if invoice.instalments else None
                self.plans[self.business_day_on_or_after(day)].append((invoice, part))
        elif customer.profile == "slow":
            day = dues[-1] + datetime.timedelta(days=rng.randint(40, 150))
            self.plans[self.business_day_on_or_after(day)].append((invoice, None))
        elif customer.profile == "batch":
            # A payment run on the 25th covers everything due by the end of the month.
            day = dues[-1].replace(day=25)
            if day < dues[-1] - datetime.timedelta(days=5):
                day = (end_of_month(day) + DAY).replace(day=25)
            self.plans[self.business_day_on_or_after(day)].append((invoice, None))
        elif customer.profile == "partial":
            half = invoice.total // 2
            first = dues[-1] + datetime.timedelta(days=rng.randint(0, 10))
            second = first + datetime.timedelta(days=rng.randint(25, 45))
            self.plans[self.business_day_on_or_after(first)].append((invoice, half))
            self.plans[self.business_day_on_or_after(second)].append((invoice, None))
        else:
            raise ValueError(customer.profile)

    # --- the day loop ----------------------------------------------------------------
    def run(self):
        day = self.start
        while day <= self.end:
            for scene in self.scenes.pop(day, []):
                scene(day)
            if self.is_business_day(day):
                self.order(day)
                self.pay(day)
                self.dun(day)
            elif self.plans.get(day):
                self.plans[day + DAY] += self.plans.pop(day)
            day += DAY
        assert not self.scenes, f"scenes after the end: {sorted(self.scenes)}"

    def order(self, day):
        for customer in self.customers:
            if customer.orders and customer.catalogue and not (
                    customer.stops and day > customer.stops):
                if self.rng.random() < customer.orders / 21.0:
                    self.issue(day, customer)

    def pay(self, day):
        by_customer = defaultdict(list)
        for invoice, part in self.plans.pop(day, []):
            by_customer[invoice.customer].append((invoice, part))
        for customer in self.customers:
            wanted = by_customer.get(customer)
            if not wanted or (customer.stops and day > customer.stops):
                continue
            applies = []
            for invoice, part in wanted:
                open_ = self.book.open[invoice]
                if open_ <= 0 or invoice in self.book.disputed or invoice.hold:
                    continue
                applies.append((invoice, min(open_, part) if part else open_))
            if not applies:
                continue
            total = sum(amount for _, amount in applies)
            fee = min(customer.fee, total - 1) if customer.fee else 0
            options = self.payment_options(customer, [i for i, _ in applies])
            self.book.payment(day, customer, total - fee, applies, fee=fee, **options)

    def oldest_unpaid_due(self, invoice):
        """The due date of the oldest instalment not yet paid (or the invoice's)."""
        paid = invoice.total - self.book.open[invoice]
        for due, amount, _ in invoice.instalments:
            if paid < amount:
                return due
            paid -= amount
        return invoice.due

    def dun(self, day):
        """Reminders at 20, 50 and 80 days overdue, for what is still open."""
        for invoice, left in list(self.book.open.items()):
            if (left <= 0 or invoice in self.book.voided or invoice in self.book.disputed
                    or not invoice.customer.remind or invoice.hold):
                continue
            overdue = (day - self.oldest_unpaid_due(invoice)).days
            level = self.book.reminded[invoice]
            for threshold, next_level in ((20, 1), (50, 2), (80, 3)):
                if overdue >= threshold and level == next_level - 1:
                    self.book.remind(day, invoice, next_level)
                    break


def pays_with_cash_discount(sim, reason, bank):
    """Customers of profile "skonto" pay about six days after the invoice, within its
    cash-discount period, less the discount, which is then written off with `reason`."""
    original = sim.plan

    def plan(invoice):
        if invoice.customer.profile != "skonto":
            return original(invoice)
        percent, until = invoice.cash_discount
        day = min(sim.business_day_on_or_after(invoice.day + datetime.timedelta(days=6)), until)
        if day <= sim.end:
            sim.at(day, lambda d: pay(d, invoice, percent))
        return None

    def pay(day, invoice, percent):
        discount = percent_of(invoice.total, percent, HALF_UP)
        sim.book.payment(day, invoice.customer, invoice.total - discount,
                         [(invoice, invoice.total - discount)], method="bank", ref=invoice.ident,
                         bank=f"{bank}:discount-{invoice.ident}")
        sim.book.writeoff(day, invoice, discount, reason)

    sim.plan = plan
