#!/usr/bin/env python3
"""Deterministic generator of large dues ledgers for benchmarks.

    bench/gen_ledger.py OUT_DIR --invoices N [--customers C] [--seed S]

Writes OUT_DIR/dues.toml, customers.toml and journal/<year>.dues with N invoices (1-3
items each, two tax rates, stored totals computed exactly as dues does: quantity x price
rounded once, tax per line, half-up), payments (full, partial, over-payments leaving
credit, some with bank fees, some paying several invoices), credit notes and write-offs.
The result passes `dues check`. Same arguments, same bytes.
"""
import argparse
import os
import random
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")
RATES = {"std": Decimal("19"), "red": Decimal("7")}
PRODUCTS = [("Consulting hour", "h", Decimal("120.00")), ("Support plan", "month", Decimal("49.90")),
            ("Licence seat", "seat", Decimal("15.75")), ("Training day", "day", Decimal("950.00")),
            ("Hosting", "month", Decimal("29.99")), ("Setup fee", "", Decimal("250.00"))]


def money(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def write_settings(out, start_year):
    with open(os.path.join(out, "dues.toml"), "w") as f:
        f.write(f"""format = 1

[company]
name = "Benchmark GmbH"
currency = "EUR"
iban = "DE89 3704 0044 0532 0130 00"

[defaults]
terms = "net30"

[series.invoice]
format = "INV-{{year}}-{{seq:06}}"

[series.credit]
format = "CN-{{year}}-{{seq:06}}"

[series.payment]
format = "PAY-{{year}}-{{seq:06}}"

[taxes.std]
rate = "19%"

[taxes.red]
rate = "7%"

[terms.net30]
days = 30

[aging]
buckets = [30, 60, 90]
""")


def write_customers(out, count, rng):
    with open(os.path.join(out, "customers.toml"), "w") as f:
        for i in range(count):
            f.write(f'[c{i:06d}]\nname = "Customer {i:06d} GmbH"\n')
            f.write(f'emails = ["ap{i}@customer{i}.example"]\n')
            if rng.random() < 0.3:
                f.write(f'aliases = ["CUSTOMER {i:06d}"]\n')
            f.write("\n")


class Journal:
    def __init__(self, out):
        self.out = out
        self.files = {}
        self.seq = {}

    def next_id(self, prefix, year, width):
        key = (prefix, year)
        self.seq[key] = self.seq.get(key, 0) + 1
        return f"{prefix}-{year}-{self.seq[key]:0{width}d}"

    def write(self, year, text):
        f = self.files.get(year)
        if f is None:
            f = open(os.path.join(self.out, "journal", f"{year}.dues"), "w", buffering=1 << 20)
            self.files[year] = f
        f.write(text)

    def close(self):
        for f in self.files.values():
            f.close()


def day_of(start_ordinal, n):
    from datetime import date
    return date.fromordinal(start_ordinal + n)


def invoice_text(rng, inv_id, cust, day, due):
    lines = []
    taxes = {}
    total = Decimal(0)
    for _ in range(rng.randint(1, 3)):
        desc, unit, price = PRODUCTS[rng.randrange(len(PRODUCTS))]
        qty = Decimal(rng.randint(1, 20))
        code = "std" if rng.random() < 0.8 else "red"
        amount = money(qty * price)
        tax = money(amount * RATES[code] / 100)
        base, tax_sum = taxes.get(code, (Decimal(0), Decimal(0)))
        taxes[code] = (base + amount, tax_sum + tax)
        unit_part = f" unit {unit}" if unit else ""
        lines.append(f'  item "{desc}" qty {qty}{unit_part} price {price} tax {code} amount {amount}\n')
        total += amount + tax
    for code in sorted(taxes, key=lambda c: [l.find(f"tax {c}") for l in lines]):
        pass
    order = []
    for line in lines:
        code = line.split(" tax ")[1].split(" ")[0]
        if code not in order:
            order.append(code)
    for code in order:
        base, tax = taxes[code]
        lines.append(f"  tax {code} rate {RATES[code]}% base {base} amount {tax}\n")
    head = f"{day} invoice {inv_id} customer {cust} due {due} terms net30 total {total} EUR\n"
    return head + "".join(lines), total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--invoices", type=int, required=True)
    parser.add_argument("--customers", type=int, default=0)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    customers = args.customers or max(20, args.invoices // 100)
    os.makedirs(os.path.join(args.out, "journal"), exist_ok=True)
    write_settings(args.out, 2024)
    write_customers(args.out, customers, rng)
    journal = Journal(args.out)
    from datetime import date
    start = date(2024, 1, 1).toordinal()
    span = date(2026, 10, 31).toordinal() - start
    # Invoices are spread evenly over the span, in date order, so numbering is gapless
    # and chronological per year. Payments follow each invoice after 5-70 days.
    pending = []  # (pay_ordinal, text-builder args)
    import heapq
    for n in range(args.invoices):
        ordinal = start + (n * span) // args.invoices
        # Emit due payments first so each year's file stays in date order.
        while pending and pending[0][0] <= ordinal:
            emit_payment(journal, heapq.heappop(pending))
        day = date.fromordinal(ordinal)
        due = date.fromordinal(ordinal + 30)
        cust = f"c{rng.randrange(customers):06d}"
        inv_id = journal.next_id("INV", day.year, 6)
        text, total = invoice_text(rng, inv_id, cust, day, due)
        journal.write(day.year, text)
        roll = rng.random()
        if roll < 0.02:
            # A credit note for 10% of the invoice, applied to it.
            credit_day = date.fromordinal(ordinal + 3)
            cn = money(total / 10)
            heapq.heappush(pending, (ordinal + 3, n, "credit", cust, inv_id, cn, credit_day))
        elif roll < 0.90:
            pay_ordinal = ordinal + rng.randint(5, 70)
            kind = rng.random()
            if kind < 0.80:
                amount = total
            elif kind < 0.90:
                amount = money(total * Decimal(rng.randint(30, 90)) / 100)
            else:
                amount = total + Decimal(rng.randint(1, 50))
            heapq.heappush(pending, (pay_ordinal, n, "payment", cust, inv_id, min(amount, total),
                                     amount, rng.random() < 0.05))
    end = start + span
    while pending and pending[0][0] <= end:
        emit_payment(journal, heapq.heappop(pending))
    journal.close()


def emit_payment(journal, item):
    from datetime import date
    ordinal, _, kind = item[0], item[1], item[2]
    day = date.fromordinal(ordinal)
    if kind == "credit":
        _, _, _, cust, inv_id, amount, _ = item
        cn_id = journal.next_id("CN", day.year, 6)
        journal.write(day.year, f'{day} credit {cn_id} customer {cust} invoice {inv_id} reason "Goodwill" total {amount} EUR\n  apply {inv_id} {amount}\n')
        return
    _, _, _, cust, inv_id, applied, amount, with_fee = item
    pay_id = journal.next_id("PAY", day.year, 6)
    if with_fee and applied == amount and amount > 10:
        fee = Decimal("2.50")
        journal.write(day.year, f"{day} payment {pay_id} customer {cust} amount {amount - fee} EUR fee {fee} method bank\n  apply {inv_id} {applied}\n")
    else:
        journal.write(day.year, f"{day} payment {pay_id} customer {cust} amount {amount} EUR method bank\n  apply {inv_id} {applied}\n")


if __name__ == "__main__":
    main()
