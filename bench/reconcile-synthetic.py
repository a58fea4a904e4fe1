#!/usr/bin/env python3
"""Writes a synthetic ledger and bank export for timing `dues reconcile`.

    bench/reconcile-synthetic.py DIR [INVOICES] [LINES]

DIR gets a ledger (dues.toml, customers.toml, journal/2024.dues, bank/bench.toml)
with INVOICES open invoices (default 1,000,000) spread over INVOICES/20 customers,
and DIR/bank.csv with LINES bank lines (default 100,000): a tenth pay by RF
reference, four tenths name the invoice number, three tenths come from a known
payer with an exact amount, the rest match nothing. Then time, for example:

    time dues -C DIR aging > /dev/null                      # loading alone
    time dues -C DIR reconcile DIR/bank.csv --profile bench > /dev/null
"""
import os
import random
import sys


def rf_reference(body):
    digits = "".join(str(int(c, 36)) for c in body + "RF00")
    return "RF%02d%s" % (98 - int(digits) % 97, body)


def main():
    folder = sys.argv[1]
    invoices = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    lines = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    customers = max(1, invoices // 20)
    rng = random.Random(42)
    os.makedirs(os.path.join(folder, "journal"), exist_ok=True)
    os.makedirs(os.path.join(folder, "bank"), exist_ok=True)
    with open(os.path.join(folder, "dues.toml"), "w") as out:
        out.write('format = 1\n\n[company]\nname = "Bench"\ncurrency = "EUR"\n\n'
                  '[series.invoice]\nformat = "INV-{year}-{seq:07}"\n\n'
                  '[series.payment]\nformat = "PAY-{year}-{seq:07}"\n\n'
                  '[reconcile]\nfee-tolerance-percent = "1%"\n')
    with open(os.path.join(folder, "bank", "bench.toml"), "w") as out:
        out.write('date = "Date"\namount = "Amount"\ncurrency = "EUR"\n'
                  'payer-name = "Payer"\nreference = "Text"\n')
    with open(os.path.join(folder, "customers.toml"), "w") as out:
        for c in range(customers):
            out.write('[c%06d]\nname = "Customer %06d Trading %s GmbH"\n\n'
                      % (c, c, "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(6))))
    names = {}
    amounts = []
    with open(os.path.join(folder, "journal", "2024.dues"), "w") as out:
        for i in range(1, invoices + 1):
            c = rng.randrange(customers)
            cents = rng.randrange(1000, 500000)
            number = "INV-2024-%07d" % i
            day = 1 + (i * 7) % 28
            amounts.append((number, c, cents))
            ref = ' ref "%s"' % rf_reference("INV2024%07d" % i) if i % 10 == 0 else ""
            out.write("2024-01-%02d invoice %s customer c%06d due 2024-02-%02d total %d.%02d EUR%s\n"
                      % (day, number, c, day, cents // 100, cents % 100, ref))
    with open(os.path.join(folder, "bank.csv"), "w") as out:
        out.write("Date,Payer,Text,Amount\n")
        for n in range(lines):
            number, c, cents = amounts[rng.randrange(len(amounts))]
            kind = n % 10
            payer = "Customer %06d" % c
            if kind == 0:
                index = int(number[-7:])
                index -= index % 10 or 10
                number, c, cents = amounts[max(index, 10) - 1]
                text = "Payment " + rf_reference(number.replace("-", ""))
            elif kind <= 4:
                text = "Rechnung " + number
            elif kind <= 7:
                text = "Thanks"
            else:
                payer, text, cents = "Somebody Else", "Misc %d" % n, rng.randrange(100, 99999)
            out.write("2024-03-%02d,%s,%s,%d.%02d\n" % (1 + n % 28, payer, text, cents // 100,
                                                       cents % 100))


if __name__ == "__main__":
    main()
