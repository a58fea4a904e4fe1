dues remind, note and promise on the dunning example (examples/dunning, docs/dunning.md):
the plan with levels, fees and interest to the cent, one letter per customer, a remind
entry per invoice sent, and nothing sent twice.

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ export DUES_TODAY=2026-03-10

The plan exits 1 when reminders are due. FR-2026-0001: 2380.00 open since 19 Jan at
base 1.27% + 9 points: 238000 x 10.27 x 50 / 36500 = 3348.3 cents -> 33.48.
FR-2026-0002: 1190.00 for 22 days, then 590.00 (600.00 paid on 18 Feb, a kept promise)
for 21 days: (119000 x 22 + 59000 x 21) x 10.27 / 36500 = 1085.2 cents -> 10.85.

  $ dues remind
  CUSTOMER  INVOICE       DUE         DAYS     OPEN  CCY  SENT  LEVEL  ACTION    FEE  INTEREST  WHY
  kranich   FR-2026-0001  2026-01-19    50  2380.00  EUR     2      3  send     0.00     33.48  50 days after due, level 3 at 45; level 2 sent 2026-02-21
  kranich   FR-2026-0005  2026-02-16    22   714.00  EUR     -      1  send     0.00      0.00  22 days after due, level 1 at 7
  harbour   FR-2026-0002  2026-01-26    43   590.00  EUR     1      2  send    40.00     10.85  43 days after due, level 2 at 30; level 1 sent 2026-02-05
  linde     FR-2026-0003  2026-01-29    40   595.00  EUR     -      1  send     0.00      0.00  40 days after due, level 1 at 14
  verein    FR-2026-0004  2026-02-03    35   238.00  EUR     -      -  skip     0.00      0.00  customer opted out (dunning = "off")
  4 reminders to send in 3 letters on 2026-03-10
  [1]

  $ dues remind --format csv --customer linde
  customer,invoice,due,days_overdue,open,currency,sent_level,level,action,fee,interest,why
  linde,FR-2026-0003,2026-01-29,40,595.00,EUR,0,1,send,0.00,0.00,"40 days after due, level 1 at 14"
  [1]

Before 18 Feb, the open promise kept FR-2026-0002 out of dunning; the payment kept it:

  $ dues remind --as-of 2026-02-10 --customer harbour
  CUSTOMER  INVOICE       DUE         DAYS     OPEN  CCY  SENT  LEVEL  ACTION   FEE  INTEREST  WHY
  harbour   FR-2026-0002  2026-01-26    15  1190.00  EUR     1      -  skip    0.00      0.00  promised to pay by 2026-02-20
  0 reminders to send in 0 letters on 2026-02-10
  $ dues remind --as-of 2026-02-19 --customer harbour
  CUSTOMER  INVOICE       DUE         DAYS    OPEN  CCY  SENT  LEVEL  ACTION   FEE  INTEREST  WHY
  harbour   FR-2026-0002  2026-01-26    24  590.00  EUR     1      -  wait    0.00      0.00  level 2 on 2026-02-28
  0 reminders to send in 0 letters on 2026-02-19

A dry run shows the letter and records nothing:

  $ dues remind --send --dry-run --customer harbour 2>&1 | sed -n '1,3p;/FR-/p;/Total/p;$p'
  From: Falkenrot Studio GmbH <buchhaltung@falkenrot.example>
  To: accounts@harbourpine.example
  Subject: Overdue notice (level 2) from Falkenrot Studio GmbH
    FR-2026-0002  level 2  due 2026-01-26  43 days  open 590.00 EUR  fee 40.00  interest 10.85
  Total: 640.85 EUR
  would record 1 reminder on 2026-03-10
  $ grep -c ' remind ' journal/2026.dues
  3

Sending writes one message per customer to the outbox and records what was sent; a
second run on the same day sends and records nothing:

  $ dues remind --send --outbox out
  recorded 4 reminders on 2026-03-10
  $ ls out
  2026-03-10-harbour.eml
  2026-03-10-harbour.pdf
  2026-03-10-kranich.eml
  2026-03-10-kranich.pdf
  2026-03-10-linde.eml
  2026-03-10-linde.pdf

Beside each letter, the customer's statement of account as PDF (`[dunning] statement`,
default "pdf"), read back with pdftotext: kranich's two open invoices and its balance:

  $ pdftotext -layout out/2026-03-10-kranich.pdf - | grep -o -E 'FR-2026-000[0-9]|3094\.00' | sort -u
  3094.00
  FR-2026-0001
  FR-2026-0005
  $ grep -E '^(To|Subject):|FR-' out/2026-03-10-kranich.eml
  To: buchhaltung@kranich.example
  Subject: Letzte Mahnung von Falkenrot Studio GmbH
    FR-2026-0001  level 3  due 2026-01-19  50 days  open 2380.00 EUR  interest 33.48
    FR-2026-0005  level 1  due 2026-02-16  22 days  open 714.00 EUR
  $ tail -4 journal/2026.dues
  2026-03-10 remind FR-2026-0001 level 3
  2026-03-10 remind FR-2026-0005 level 1
  2026-03-10 remind FR-2026-0002 level 2
  2026-03-10 remind FR-2026-0003 level 1
  $ dues remind --send --outbox out
  recorded 0 reminders on 2026-03-10
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Notes and promises:

  $ dues note kranich "Ms Vogel: payment run on Friday"
  recorded note on 2026-03-10 for kranich
  $ dues promise FR-2026-0005 --date 2026-03-20 --amount 714.00 --text "Friday"
  recorded promise on 2026-03-10: FR-2026-0005 paid by 2026-03-20 (714.00)
  $ tail -2 journal/2026.dues
  2026-03-10 note kranich text "Ms Vogel: payment run on Friday"
  2026-03-10 promise FR-2026-0005 due 2026-03-20 amount 714.00 EUR text "Friday"
  $ dues promise FR-2026-0005 --date 2026-03-01 --format json
  dues: error: journal/2026.dues:23:1: a promise cannot be due (2026-03-01) before it was made (2026-03-10)
  dues: error: the new entries would not validate; nothing was changed
  [3]
  $ dues note nobody "?"
  dues: error: journal/2026.dues:23:17: 'nobody' is neither an invoice nor a customer
  dues: error: the new entries would not validate; nothing was changed
  [3]
  $ dues note kranich "" 
  dues: error: say what the note is about: dues note TARGET "TEXT"
  [2]
  $ dues remind --outbox out
  dues: error: --outbox and --dry-run go with --send
  [2]

The history of reminders, notes and promises in `dues customer show` and `dues statement`:

  $ dues customer show harbour | sed -n '/^History/,$p'
  History
  DATE        EVENT    INVOICE       DETAIL
  2026-02-05  remind   FR-2026-0002  level 1
  2026-02-06  promise  FR-2026-0002  600.00 EUR by 2026-02-20: kept (Mr Pine by email)
  2026-03-10  remind   FR-2026-0002  level 2
  $ dues statement kranich --from 2026-03-01 | sed -n '/^History/,$p'
  History
  DATE        EVENT    INVOICE       DETAIL
  2026-03-10  remind   FR-2026-0001  level 3
  2026-03-10  remind   FR-2026-0005  level 1
  2026-03-10  note                   Ms Vogel: payment run on Friday
  2026-03-10  promise  FR-2026-0005  714.00 EUR by 2026-03-20: open (Friday)

`dues init` writes a [dunning] to start from: German/EU rules for EUR (base + 9 points,
EUR 40 on level 2), a contract rate and Chinese letters for CNY; both pass `dues check`:

  $ cd .. && dues --today 2026-03-01 init de > /dev/null && dues -C de check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ sed -n '/^\[dunning/,$p' de/dues.toml | grep -E '^(points|fee|rate) '
  points = "9%"
  fee = { EUR = "40.00" }    # § 288 (5) BGB, Art. 6 of Directive 2011/7/EU
  $ dues --today 2026-03-01 init cn --currency CNY > /dev/null && dues -C cn check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ sed -n '/^\[dunning/,$p' cn/dues.toml | grep -E '^(points|fee|rate|zh) '
  rate = "18.25%"
  zh = """{company} 付款提醒
  zh = """{company} 逾期付款通知
