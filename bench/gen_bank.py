#!/usr/bin/env python3
"""Deterministic generator of a bank export (CSV) against a ledger, for `dues reconcile`.

    bench/gen_bank.py LEDGER OUT_DIR [--lines R] [--seed S] [--date 2026-11-01] [--days 14]

Reads LEDGER (customers.toml and journal/*.dues; made for ledgers of bench/gen_ledger.py,
EUR only) to find the open invoices, then writes
- OUT_DIR/bench.toml: the bank profile (a German giro export: a preamble, semicolons,
  decimal commas with "." grouping, DD.MM.YYYY dates, a closing-balance footer, the
  payer's name and IBAN, the memo, and the bank's transaction id `Umsatz-ID`);
- OUT_DIR/bank.csv: R rows (default 100,000) booked over --days days from --date, each a
  distinct open invoice where it pays one:
    35%  the invoice number in the memo, in one of several spellings (INV-2026-000123,
         INV2026000123, "INV 2026 000123", or 2026-000123 without the prefix), exact amount;
    15%  the invoice's RF creditor reference (sometimes in groups of four), exact amount
         (an invoice number instead when the ledger has no RF references);
    12%  no number at all: the payer's name, alias or upper-cased name (and IBAN when the
         customer has one) with exactly the open amount of one of its invoices, an amount
         no other open invoice of that customer has;
     8%  two or three invoices of one customer in one line, the sum of their open amounts;
     8%  an invoice number and 1.50-7.50 less than its open amount (a deducted bank fee,
         within the profile ledger's [reconcile] tolerance of 7.50 and 2%);
     3%  an invoice number and half its open amount (a person must decide);
    10%  unknown payers and amounts (unmatched);
     5%  payments the ledger already holds with a `bank "bench:TX.."` key, from the last
         statement (already imported);
     4%  money paid out (rent, salaries, fees), which reconcile skips.
  A category whose supply runs out (a small ledger has few open invoices) falls back to
  unknown payers, so any R works against any ledger.
Same arguments and same ledger, same bytes. Use it with
    dues -C LEDGER reconcile OUT_DIR/bank.csv --profile OUT_DIR/bench.toml [--apply]
(the profile's name, from its file name, is `bench`: keys are bench:<Umsatz-ID>).
"""
import argparse
import glob
import os
import random
import tomllib
from datetime import date, timedelta

PROFILE = """\
# The bank profile of bench/gen_bank.py's bank.csv: a German giro account export.
description = "Benchmark giro account (bench/gen_bank.py)"
delimiter = ";"
header-row = ["Buchungstag", "Verwendungszweck", "Betrag"]
footer-prefix = "Endsaldo"
date = "Buchungstag"
date-format = "%d.%m.%Y"
amount = "Betrag"
decimal-mark = ","
thousands-separator = "."
currency-column = "Währung"
currency = "EUR"
payer-name = "Auftraggeber/Empfänger"
payer-account = "IBAN"
reference = "Verwendungszweck"
bank-id = "Umsatz-ID"
"""
HEADER = "Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;Buchungstext;Verwendungszweck;" \
         "Betrag;Währung;Umsatz-ID\n"
CATEGORIES = [("number", 35), ("rf", 15), ("name", 12), ("multi", 8), ("fee", 8),
              ("partial", 3), ("unknown", 10), ("already", 5), ("outgoing", 4)]
FIRST = ["Anna", "Jonas", "Lea", "Paul", "Mia", "Felix", "Emma", "Lukas", "Sofia", "Noah"]
LAST = ["Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Koch", "Richter"]
OUTGOING = [("Miete Büro", "Dauerauftrag"), ("Lohn und Gehalt", "Sammelüberweisung"),
            ("Kontoführung", "Entgelt"), ("Lieferant Papier", "Überweisung")]


def cents_of(text):
    whole, _, frac = text.partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int((frac + "00")[:2]))


def german_amount(cents):
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{frac:02d}"


def german_date(day):
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def spaced(text, every=4):
    return " ".join(text[i:i + every] for i in range(0, len(text), every))


class Ledger:
    """What the bank file needs from a ledger: open invoices, customers, imported keys."""

    def __init__(self, folder):
        with open(os.path.join(folder, "customers.toml"), "rb") as f:
            self.customers = tomllib.load(f)
        self.invoices = {}  # id -> [customer, open cents, ref or None]
        self.imported = []  # (date, customer, amount cents, key id, ref)
        self.disputed = set()
        for path in sorted(glob.glob(os.path.join(folder, "journal", "*.dues"))):
            self.read(path)

    def read(self, path):
        invoices = self.invoices
        payment = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("  apply "):
                    _, inv, amount = line.split()
                    invoices[inv][1] -= cents_of(amount.strip())
                    continue
                if line[:1] in (" ", "", ";", "\n"):
                    continue
                words = line.split(" ")
                keyword = words[1]
                if keyword == "invoice":
                    ref = line.split(' ref "', 1)[1].split('"', 1)[0] if ' ref "' in line else None
                    total = words[words.index("total") + 1]
                    invoices[words[2]] = [words[words.index("customer") + 1], cents_of(total), ref]
                elif keyword == "payment" and ' bank "bench:' in line:
                    key = line.split(' bank "bench:', 1)[1].split('"', 1)[0]
                    ref = line.split(' ref "', 1)[1].split('"', 1)[0] if ' ref "' in line else ""
                    payment = (words[0], words[words.index("customer") + 1],
                               cents_of(words[words.index("amount") + 1]), key, ref)
                    self.imported.append(payment)
                elif keyword == "writeoff":
                    invoices[words[2]][1] -= cents_of(words[4].strip())
                elif keyword == "void":
                    invoices[words[2]][1] = 0
                elif keyword == "dispute":
                    self.disputed.add(words[2])
                elif keyword == "resolve":
                    self.disputed.discard(words[2])

    def open_invoices(self):
        return [(inv, cust, open_, ref) for inv, (cust, open_, ref) in self.invoices.items()
                if open_ > 0 and inv not in self.disputed]


class Bank:
    def __init__(self, ledger, rng, lines):
        self.rng = rng
        self.ledger = ledger
        self.lines = lines
        self.used = set()
        opened = ledger.open_invoices()
        rng.shuffle(opened)
        self.stream = opened
        self.by_customer = {}
        for item in opened:
            self.by_customer.setdefault(item[1], []).append(item)
        self.with_ref = [item for item in opened if item[3]]
        self.big = [item for item in opened if item[2] >= 37500]
        self.imported = list(ledger.imported)
        rng.shuffle(self.imported)
        self.cursors = {"stream": 0, "ref": 0, "big": 0, "imported": 0}
        self.customer_list = sorted(self.by_customer)

    def take(self, pool, cursor):
        items = {"stream": self.stream, "ref": self.with_ref, "big": self.big}[pool]
        i = self.cursors[cursor]
        while i < len(items) and items[i][0] in self.used:
            i += 1
        self.cursors[cursor] = i + 1
        if i >= len(items):
            return None
        self.used.add(items[i][0])
        return items[i]

    def payer(self, cust, name_only=False):
        """(name as the bank shows it, IBAN or "")."""
        record = self.ledger.customers[cust]
        rng = self.rng
        roll = rng.random()
        aliases = record.get("aliases", [])
        if aliases and roll < 0.5:
            name = aliases[0]
        elif roll < 0.7:
            name = record["name"].upper()
        else:
            name = record["name"]
        accounts = record.get("bank-accounts", [])
        account = accounts[0] if accounts and not name_only else ""
        if account and rng.random() < 0.5:
            account = spaced(account)
        return name, account

    def memo(self, inv):
        rng = self.rng
        style = rng.randrange(5)
        if style == 0:
            return f"Rechnung {inv}"
        if style == 1:
            return f"RE {inv.replace('-', '')} vielen Dank"
        if style == 2:
            return f"Invoice {inv.replace('-', ' ')}"
        if style == 3:
            return f"Rechnungsnr. {inv.split('-', 1)[1]}"
        return f"{inv} Kd.Nr. {rng.randrange(10000, 99999)}"

    def line(self, category):
        """(payer, IBAN, booking text, memo, cents, id) or None when the supply ran out."""
        rng = self.rng
        if category == "number":
            item = self.take("stream", "stream")
            if item:
                return (*self.payer(item[1]), "Gutschrift", self.memo(item[0]), item[2], None)
        elif category == "rf":
            item = self.take("ref", "ref")
            if item is None:
                return self.line("number")
            ref = spaced(item[3]) if rng.random() < 0.5 else item[3]
            return (*self.payer(item[1]), "Gutschrift", f"Zahlung {ref}", item[2], None)
        elif category == "fee":
            item = self.take("big", "big")
            if item:
                short = rng.choice([150, 250, 350, 500, 750])
                return (*self.payer(item[1]), "Gutschrift", f"{self.memo(item[0])} abzgl. Gebühr",
                        item[2] - short, None)
        elif category == "partial":
            item = self.take("stream", "stream")
            if item:
                return (*self.payer(item[1]), "Gutschrift", f"Teilzahlung {self.memo(item[0])}",
                        item[2] // 2, None)
        elif category == "name":
            return self.by_name()
        elif category == "multi":
            return self.several()
        elif category == "already":
            i = self.cursors["imported"]
            if i < len(self.imported):
                self.cursors["imported"] = i + 1
                day, cust, cents, key, ref = self.imported[i]
                return (*self.payer(cust), "Gutschrift", ref, cents, (key, day))
        elif category == "outgoing":
            text, kind = rng.choice(OUTGOING)
            return (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "", kind, text,
                    -rng.randrange(500, 500000), None)
        return None

    def by_name(self):
        rng = self.rng
        for _ in range(20):
            cust = rng.choice(self.customer_list)
            items = [i for i in self.by_customer[cust] if i[0] not in self.used]
            counts = {}
            for item in self.by_customer[cust]:
                counts[item[2]] = counts.get(item[2], 0) + 1
            unique = [i for i in items if counts[i[2]] == 1]
            if unique:
                item = rng.choice(unique)
                self.used.add(item[0])
                name, account = self.payer(cust)
                return (name, account, "Gutschrift", rng.choice(["Danke", "Zahlung",
                        "Überweisung", "Ausgleich offener Posten"]), item[2], None)
        return None

    def several(self):
        rng = self.rng
        for _ in range(20):
            cust = rng.choice(self.customer_list)
            items = [i for i in self.by_customer[cust] if i[0] not in self.used]
            if len(items) >= 2:
                chosen = rng.sample(items, min(len(items), rng.randint(2, 3)))
                for item in chosen:
                    self.used.add(item[0])
                numbers = ", ".join(item[0] for item in chosen)
                return (*self.payer(cust), "Sammelüberweisung", f"Rechnungen {numbers}",
                        sum(item[2] for item in chosen), None)
        return None

    def unknown(self, n):
        rng = self.rng
        return (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "", "Gutschrift",
                rng.choice(["Erstattung", "Spende", f"Auftrag {n}", "Vorschuss"]),
                rng.randrange(100, 200000), None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger")
    parser.add_argument("out")
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2026, 11, 1))
    parser.add_argument("--days", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bank = Bank(Ledger(args.ledger), rng, args.lines)
    names = [name for name, _ in CATEGORIES]
    weights = [weight for _, weight in CATEGORIES]
    rows = ["Kontoauszug;Benchmark GmbH\n", "IBAN;DE89 3704 0044 0532 0130 00\n",
            f"Zeitraum;{german_date(args.date)} - "
            f"{german_date(args.date + timedelta(days=args.days - 1))}\n", "\n", HEADER]
    balance = 0
    booked_rows = []  # (day, n, row): the file is in booking order
    last = args.date + timedelta(days=args.days - 1)
    for n in range(args.lines):
        day = args.date + timedelta(days=n * args.days // args.lines)
        line = bank.line(rng.choices(names, weights)[0]) or bank.unknown(n)
        name, account, kind, memo, cents, imported = line
        if imported:  # booked on the payment's day, before this statement's period
            bank_id, day = imported[0], date.fromisoformat(imported[1])
        else:
            bank_id = f"U{args.seed}-{n + 1:07d}"
        balance += cents
        booked = german_date(day)
        booked_rows.append((day, n, f"{booked};{booked};{name};{account};{kind};{memo};"
                                    f"{german_amount(cents)};EUR;{bank_id}\n"))
    booked_rows.sort()
    rows += [row for _, _, row in booked_rows]
    rows.append(f"Endsaldo;{german_date(last)};;;;;{german_amount(balance)};EUR;\n")
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "bank.csv"), "w", encoding="utf-8") as f:
        f.write("".join(rows))
    with open(os.path.join(args.out, "bench.toml"), "w", encoding="utf-8") as f:
        f.write(PROFILE)


if __name__ == "__main__":
    main()
