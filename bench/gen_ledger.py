#!/usr/bin/env python3
"""Deterministic generator of large dues ledgers for benchmarks.

    bench/gen_ledger.py OUT_DIR --invoices N [--customers C] [--seed S]

Writes OUT_DIR/dues.toml, OUT_DIR/customers.toml and OUT_DIR/journal/<year>.dues, a ledger
that passes `dues check`. Same arguments (and the same Python minor version, whose
`random` module it uses), same bytes: bench/run.sh checks this with sha256.

What is in it
- C customers (default N/100, at least 20) with distinct made-up company names; 30% have
  an alias (how their name appears on bank statements), 40% a valid German IBAN in
  `bank-accounts`. Customer c000000 is the big one: it gets about 3% of all invoices
  (30,000 at N = 1M), so `dues statement c000000` is a long statement; c000001-c000019
  get about 7% between them; the rest are spread evenly.
- N invoices spread evenly over 2024-01-01 .. 2026-10-31, in date order, numbered
  gaplessly per year (INV-2024-000001; seven digits above 2M invoices), 1-3 items each,
  two tax rates (19% and 7%, rounded per line, half-up: the totals are exactly what dues
  recomputes), net 30. Invoices from 2025-07-01 on carry an RF creditor reference
  (`ref "RF.."`, ISO 11649, as `[defaults] reference = "rf"` makes dues write them).
- What happens to each invoice (rolled once per invoice):
    85.0%  paid 5-70 days later: 80% in full (a tenth of those in one payment together
           with the customer's other pending full payment, 5% with a 2.50 bank fee
           deducted), 10% partially (30-90%; a third of the rest is written off 60 days
           after the payment), 10% over-paid by 1-50 EUR (unapplied credit);
     2.0%  a credit note for 10% after 3 days, the rest paid in half the cases;
     1.0%  disputed after 40 days (half of them resolved 40 days later), not paid;
     0.3%  voided after 2 days;
    11.7%  never paid.
  Events that would fall after 2026-10-31 are dropped, so the last two months are mostly
  open. About 22% of invoices are open at the end (217,000 at N = 1M, 6,600 of them
  c000000's).
- Payments with method bank made in the last 90 days carry a `bank "bench:TX<id>"` key, as
  if imported by `dues reconcile --profile bench` from an earlier statement: the bank file
  of bench/gen_bank.py repeats some of them, which reconcile reports as already imported.

Time: about 35 s of CPU per million invoices; 1M invoices are 408 MB of journal.
"""
import argparse
import heapq
import os
import random
from datetime import date

START = date(2024, 1, 1).toordinal()
END = date(2026, 10, 31).toordinal()
RF_FROM = date(2025, 7, 1).toordinal()
BANK_KEYS_FROM = END - 90
RATES = {"std": 19, "red": 7}
# (description, unit part of the item line, price in cents, price as written)
PRODUCTS = [("Consulting hour", " unit h", 12000), ("Support plan", " unit month", 4990),
            ("Licence seat", " unit seat", 1575), ("Training day", " unit day", 95000),
            ("Hosting", " unit month", 2999), ("Setup fee", "", 25000)]
SYLLABLES = ["ka", "lo", "mer", "tin", "bra", "vel", "sor", "quin", "dra", "fel", "gor", "han",
             "ist", "jun", "kor", "lum", "mai", "nor", "pel", "rus", "sta", "tor", "ul", "ven",
             "wil", "xan", "yor", "zel", "ber", "cas", "den", "eko", "fro", "gil", "hol", "ima"]
FORMS = ["GmbH", "AG", "KG", "GmbH & Co. KG", "Ltd", "SARL", "BV", "e.K.", "SE", "OHG"]


def money(cents):
    """Cents as the journal writes an EUR amount: 1234.50."""
    return f"{cents // 100}.{cents % 100:02d}"


def half_up_percent(cents, rate):
    """cents x rate%, rounded half-up to a cent (cents >= 0)."""
    return (cents * rate + 50) // 100


def rf_reference(invoice_id):
    """The ISO 11649 reference dues makes from an invoice number (model/invoicing.cpp)."""
    body = "".join(c for c in invoice_id.upper() if c.isalnum())[:21]
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return f"RF{98 - int(digits) % 97:02d}{body}"


def german_iban(rng):
    bank_code = f"{rng.randrange(10000000, 99999999)}"
    account = f"{rng.randrange(10 ** 10):010d}"
    digits = bank_code + account + "131400"  # D=13, E=14, check digits 00
    check = 98 - int(digits) % 97
    return f"DE{check:02d}{bank_code}{account}"


def company_names(rng, count):
    """count distinct names of two made-up words and a legal form."""
    names, seen = [], set()
    while len(names) < count:
        words = []
        for _ in range(2):
            word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
            words.append(word.capitalize())
        if words[0] == words[1] or (words[0], words[1]) in seen:
            continue
        seen.add((words[0], words[1]))
        names.append((words, rng.choice(FORMS)))
    return names


def write_settings(out, id_width):
    with open(os.path.join(out, "dues.toml"), "w") as f:
        f.write(f"""format = 1

[company]
name = "Benchmark GmbH"
currency = "EUR"
iban = "DE89 3704 0044 0532 0130 00"

[defaults]
terms = "net30"
reference = "rf"

[series.invoice]
format = "INV-{{year}}-{{seq:0{id_width}}}"

[series.credit]
format = "CN-{{year}}-{{seq:0{id_width}}}"

[series.payment]
format = "PAY-{{year}}-{{seq:0{id_width}}}"

[taxes.std]
rate = "19%"

[taxes.red]
rate = "7%"

[terms.net30]
days = 30

[aging]
buckets = [30, 60, 90]

[reconcile]
fee-tolerance = "7.50"
fee-tolerance-percent = "2%"
""")


def write_customers(out, count, rng):
    parts = []
    for i, (words, form) in enumerate(company_names(rng, count)):
        name = f"{words[0]} {words[1]} {form}"
        parts.append(f'[c{i:06d}]\nname = "{name}"\nemails = ["ap@{words[0].lower()}-'
                     f'{words[1].lower()}.example"]\n')
        if rng.random() < 0.3:
            parts.append(f'aliases = ["{words[0].upper()} {words[1].upper()}"]\n')
        if rng.random() < 0.4:
            parts.append(f'bank-accounts = ["{german_iban(rng)}"]\n')
        parts.append("\n")
    with open(os.path.join(out, "customers.toml"), "w") as f:
        f.write("".join(parts))


class Journal:
    """Per-year journal files, written in large pieces; numbering per prefix and year."""

    def __init__(self, out, width):
        self.out = out
        self.width = width
        self.parts = {}
        self.files = {}
        self.seq = {}

    def next_id(self, prefix, year):
        key = (prefix, year)
        seq = self.seq.get(key, 0) + 1
        self.seq[key] = seq
        return f"{prefix}-{year}-{seq:0{self.width}d}"

    def write(self, year, text):
        parts = self.parts.get(year)
        if parts is None:
            parts = self.parts[year] = []
            self.files[year] = open(os.path.join(self.out, "journal", f"{year}.dues"), "w")
        parts.append(text)
        if len(parts) >= 20000:
            self.files[year].write("".join(parts))
            parts.clear()

    def close(self):
        for year, f in self.files.items():
            f.write("".join(self.parts[year]))
            f.close()


class Generator:
    def __init__(self, args, out):
        self.rng = random.Random(args.seed)
        self.invoices = args.invoices
        self.customers = args.customers or max(20, args.invoices // 100)
        width = 6 if args.invoices <= 2_000_000 else 7
        os.makedirs(os.path.join(out, "journal"), exist_ok=True)
        write_settings(out, width)
        write_customers(out, self.customers, self.rng)
        self.journal = Journal(out, width)
        self.days = [date.fromordinal(o).isoformat() for o in range(START, END + 400)]
        self.pending = []  # heap of (ordinal, order, event, payload)
        self.order = 0
        self.batches = {}  # customer -> payload of its pending full payment

    def day(self, ordinal):
        return self.days[ordinal - START]

    def schedule(self, ordinal, event, payload):
        if ordinal <= END:
            self.order += 1
            heapq.heappush(self.pending, (ordinal, self.order, event, payload))
            return True
        return False

    def customer(self):
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            return 0
        if roll < 0.10:
            return rng.randrange(1, min(20, self.customers))
        return rng.randrange(self.customers)

    def run(self):
        rng = self.rng
        span = END - START
        for n in range(self.invoices):
            ordinal = START + (n * span) // self.invoices
            while self.pending and self.pending[0][0] <= ordinal:
                _, _, event, payload = heapq.heappop(self.pending)
                event(ordinal_of(payload), payload)
            self.invoice(ordinal, f"c{self.customer():06d}")
        while self.pending:
            _, _, event, payload = heapq.heappop(self.pending)
            event(ordinal_of(payload), payload)
        self.journal.close()

    def invoice(self, ordinal, cust):
        rng = self.rng
        day = self.day(ordinal)
        year = day[:4]
        inv_id = self.journal.next_id("INV", year)
        items = []
        taxes = {}
        total = 0
        for _ in range(rng.randint(1, 3)):
            desc, unit, price = PRODUCTS[rng.randrange(len(PRODUCTS))]
            qty = rng.randint(1, 20)
            code = "std" if rng.random() < 0.8 else "red"
            amount = qty * price
            tax = half_up_percent(amount, RATES[code])
            base_sum, tax_sum = taxes.get(code, (0, 0))
            taxes[code] = (base_sum + amount, tax_sum + tax)
            items.append(f'  item "{desc}" qty {qty}{unit} price {money(price)} tax {code} '
                         f'amount {money(amount)}\n')
            total += amount + tax
        for code, (base_sum, tax_sum) in taxes.items():  # first use order
            items.append(f"  tax {code} rate {RATES[code]}% base {money(base_sum)} "
                         f"amount {money(tax_sum)}\n")
        ref = f' ref "{rf_reference(inv_id)}"' if ordinal >= RF_FROM else ""
        self.journal.write(year, f"{day} invoice {inv_id} customer {cust} due "
                                 f"{self.day(ordinal + 30)} terms net30 total {money(total)} "
                                 f"EUR{ref}\n{''.join(items)}")
        self.fate(ordinal, cust, inv_id, total)

    def fate(self, ordinal, cust, inv_id, total):
        rng = self.rng
        roll = rng.random()
        if roll < 0.85:
            pay_ordinal = ordinal + rng.randint(5, 70)
            kind = rng.random()
            if kind < 0.80:
                batch = self.batches.get(cust)
                if batch is not None and rng.random() < 0.10:
                    batch["applies"].append((inv_id, total))
                    batch["amount"] += total
                    return
                fee = 250 if rng.random() < 0.05 and total > 1000 else 0
                payload = {"ordinal": pay_ordinal, "cust": cust, "amount": total - fee,
                           "fee": fee, "applies": [(inv_id, total)]}
                if fee == 0 and self.schedule(pay_ordinal, self.payment, payload):
                    self.batches[cust] = payload
                elif fee:
                    self.schedule(pay_ordinal, self.payment, payload)
            elif kind < 0.90:
                paid = total * rng.randint(30, 90) // 100
                payload = {"ordinal": pay_ordinal, "cust": cust, "amount": paid, "fee": 0,
                           "applies": [(inv_id, paid)],
                           "writeoff": (inv_id, total - paid) if rng.random() < 0.33 else None}
                self.schedule(pay_ordinal, self.payment, payload)
            else:
                extra = rng.randint(1, 50) * 100
                self.schedule(pay_ordinal, self.payment,
                              {"ordinal": pay_ordinal, "cust": cust, "amount": total + extra,
                               "fee": 0, "applies": [(inv_id, total)]})
        elif roll < 0.87:
            pays_rest = rng.random() < 0.5
            self.schedule(ordinal + 3, self.credit,
                          {"ordinal": ordinal + 3, "cust": cust, "inv": inv_id,
                           "amount": total // 10, "rest": total - total // 10,
                           "pays_rest": pays_rest, "delay": rng.randint(5, 40)})
        elif roll < 0.88:
            self.schedule(ordinal + 40, self.dispute,
                          {"ordinal": ordinal + 40, "inv": inv_id,
                           "resolves": rng.random() < 0.5})
        elif roll < 0.883:
            self.schedule(ordinal + 2, self.void, {"ordinal": ordinal + 2, "inv": inv_id})

    def payment(self, ordinal, p):
        if self.batches.get(p["cust"]) is p:
            del self.batches[p["cust"]]
        day = self.day(ordinal)
        year = day[:4]
        pay_id = self.journal.next_id("PAY", year)
        fee = f" fee {money(p['fee'])}" if p["fee"] else ""
        bank = ""
        if ordinal >= BANK_KEYS_FROM:
            first = p["applies"][0][0]
            bank = f' ref "Rechnung {first}" bank "bench:TX{pay_id.replace("-", "")}"'
        applies = "".join(f"  apply {inv} {money(amount)}\n" for inv, amount in p["applies"])
        self.journal.write(year, f"{day} payment {pay_id} customer {p['cust']} amount "
                                 f"{money(p['amount'])} EUR{fee} method bank{bank}\n{applies}")
        if p.get("writeoff"):
            inv, rest = p["writeoff"]
            self.schedule(ordinal + 60, self.writeoff,
                          {"ordinal": ordinal + 60, "inv": inv, "amount": rest})

    def credit(self, ordinal, p):
        day = self.day(ordinal)
        year = day[:4]
        cn_id = self.journal.next_id("CN", year)
        amount = money(p["amount"])
        self.journal.write(year, f"{day} credit {cn_id} customer {p['cust']} invoice {p['inv']} "
                                 f'total {amount} EUR reason "Goodwill"\n  apply {p["inv"]} '
                                 f"{amount}\n")
        if p["pays_rest"]:
            pay_ordinal = ordinal + p["delay"]
            self.schedule(pay_ordinal, self.payment,
                          {"ordinal": pay_ordinal, "cust": p["cust"], "amount": p["rest"],
                           "fee": 0, "applies": [(p["inv"], p["rest"])]})

    def dispute(self, ordinal, p):
        day = self.day(ordinal)
        self.journal.write(day[:4], f'{day} dispute {p["inv"]} reason "Customer says the '
                                    f'delivery was incomplete"\n')
        if p["resolves"]:
            self.schedule(ordinal + 40, self.resolve, {"ordinal": ordinal + 40, "inv": p["inv"]})

    def resolve(self, ordinal, p):
        day = self.day(ordinal)
        self.journal.write(day[:4], f'{day} resolve {p["inv"]} reason "Missing part sent"\n')

    def void(self, ordinal, p):
        day = self.day(ordinal)
        self.journal.write(day[:4], f'{day} void {p["inv"]} reason "Issued in error"\n')

    def writeoff(self, ordinal, p):
        day = self.day(ordinal)
        self.journal.write(day[:4], f'{day} writeoff {p["inv"]} amount {money(p["amount"])} '
                                    f'reason "Uncollectible remainder"\n')


def ordinal_of(payload):
    return payload["ordinal"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--invoices", type=int, required=True)
    parser.add_argument("--customers", type=int, default=0)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    Generator(args, args.out).run()


if __name__ == "__main__":
    main()
