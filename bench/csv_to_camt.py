#!/usr/bin/env python3
"""Turns the bank.csv of bench/gen_bank.py into a camt.053.001.08 statement with the same
lines, to time `dues reconcile` on camt against the same ledger (bench/camt.sh).

    bench/csv_to_camt.py OUT_DIR/bank.csv OUT_DIR/bank.xml

Each row becomes an Ntry (booking date, amount, CRDT/DBIT, AcctSvcrRef = Umsatz-ID) with
one TxDtls (debtor name and IBAN, the memo as Ustrd); the statement's opening balance is
0 and its closing balance the sum, so the balance check passes. Deterministic.
"""
import sys
from xml.sax.saxutils import escape


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines.index(next(l for l in lines if l.startswith("Buchungstag;")))
    entries, total = [], 0
    for row in lines[header + 1:]:
        if not row or row.startswith("Endsaldo"):
            continue
        day, _, name, iban, _, memo, amount, ccy, bank_id = row.split(";")
        cents = int(amount.replace(".", "").replace(",", ""))
        total += cents
        d, m, y = day.split(".")
        sign = "CRDT" if cents >= 0 else "DBIT"
        value = f"{abs(cents) // 100}.{abs(cents) % 100:02d}"
        account = f"<DbtrAcct><Id><IBAN>{iban.replace(' ', '')}</IBAN></Id></DbtrAcct>" if iban else ""
        entries.append(
            f"<Ntry><Amt Ccy=\"{ccy}\">{value}</Amt><CdtDbtInd>{sign}</CdtDbtInd>"
            f"<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>{y}-{m}-{d}</Dt></BookgDt>"
            f"<AcctSvcrRef>{escape(bank_id)}</AcctSvcrRef><NtryDtls><TxDtls>"
            f"<RltdPties><Dbtr><Pty><Nm>{escape(name)}</Nm></Pty></Dbtr>{account}</RltdPties>"
            f"<RmtInf><Ustrd>{escape(memo)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n")
    closing = "CRDT" if total >= 0 else "DBIT"
    with open(target, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:'
                'tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>BENCH</Id>\n'
                '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt>'
                '<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>\n'
                f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">'
                f'{abs(total) // 100}.{abs(total) % 100:02d}</Amt><CdtDbtInd>{closing}</CdtDbtInd>'
                '<Dt><Dt>2026-11-14</Dt></Dt></Bal>\n')
        f.writelines(entries)
        f.write("</Stmt></BkToCstmrStmt></Document>\n")


if __name__ == "__main__":
    main()
