The collections simulation (docs/dunning.md): a ledger run day by day over 120 days
with `dues remind --send` (to an outbox; the SMTP transport comes with src/mail), while
payments, a dispute and its resolution arrive in between. Every day runs twice: the
second run must send and record nothing. At the end, the exact sequence of reminders
per invoice is compared with the one worked out by hand below, and one letter's fee and
interest with the cent.

Levels: 1 at 7 days after due, 2 at 21 (at least 7 after level 1, fee 5.00, interest),
3 at 35 (at least 7 after level 2, fee 10.00, interest); interest 8% act/365.

  $ mkdir ledger journal-src && cd ledger && mkdir journal
  $ cat > dues.toml <<'TOML'
  > format = 1
  > [company]
  > name = "Sim GmbH"
  > email = "ar@sim.example"
  > currency = "EUR"
  > [dunning]
  > [dunning.interest]
  > rate = "8%"
  > [[dunning.levels]]
  > days = 7
  > template = "t"
  > [[dunning.levels]]
  > days = 21
  > min-days-since-previous = 7
  > template = "t"
  > fee = { EUR = "5.00" }
  > interest = true
  > [[dunning.levels]]
  > days = 35
  > min-days-since-previous = 7
  > template = "t"
  > fee = { EUR = "10.00" }
  > interest = true
  > [dunning.templates.t]
  > en = "Reminder {level}\n\n{invoices}Total {total}\n"
  > TOML
  $ for c in c1 c2 c3 c4 c5; do printf '[%s]\nname = "Customer %s"\nemails = ["%s@example.com"]\n' $c $c $c; done > customers.toml
  $ cat > journal/2026.dues <<'J'
  > 2026-01-01 invoice A1 customer c1 due 2026-01-31 total 1000.00 EUR
  > 2026-01-15 invoice A2 customer c2 due 2026-02-15 total 500.00 EUR
  > 2026-01-10 invoice A3 customer c3 due 2026-02-10 total 800.00 EUR
  > 2026-03-01 invoice A4 customer c4 due 2026-03-31 total 200.00 EUR
  > 2026-01-14 invoice A5 customer c1 due 2026-02-14 total 300.00 EUR
  > 2026-01-01 invoice A6 customer c5 due 2026-01-31 total 400.00 EUR
  > J

What arrives on which day: A3 is paid in part (300.00) on 20 Feb, A2 in full on 25 Feb;
A6 is disputed on 1 Feb and the dispute resolved on 1 Mar.

  $ events() {
  >   case $1 in
  >     2026-02-01) dues dispute A6 --reason "wrong goods" --date $1 ;;
  >     2026-02-20) dues pay c3 300.00 --apply A3 --date $1 ;;
  >     2026-02-25) dues pay c2 500.00 --apply A2 --date $1 ;;
  >     2026-03-01) dues dispute A6 --resolve --date $1 ;;
  >   esac > /dev/null
  > }
  $ start=$(date -u -d 2026-01-01 +%s)
  $ for i in $(seq 0 119); do
  >   d=$(date -u -d "@$((start + i * 86400))" +%F)
  >   events $d
  >   dues --today $d remind --send --outbox out > /dev/null || echo "$d: first run failed"
  >   again=$(dues --today $d remind --send --outbox out)
  >   [ "$again" = "recorded 0 reminders on $d" ] || echo "$d: second run: $again"
  > done
  $ echo "last day: $d"
  last day: 2026-04-30

Each invoice's reminders, by hand:
- A1 (due 31 Jan, never paid): 1 on 7 Feb, 2 on 21 Feb, 3 on 7 Mar.
- A2 (due 15 Feb, paid 25 Feb): 1 on 22 Feb; nothing after the payment.
- A3 (due 10 Feb, 300.00 paid 20 Feb): 1 on 17 Feb, 2 on 3 Mar, 3 on 17 Mar.
- A4 (due 31 Mar): 1 on 7 Apr, 2 on 21 Apr (3 would be 5 May, after the run).
- A5 (due 14 Feb): 1 on 21 Feb, 2 on 7 Mar, 3 on 21 Mar (in c1's letters with A1's).
- A6 (due 31 Jan, disputed 1 Feb to 1 Mar): 1 on 1 Mar, 2 on 8 Mar (7 after 1), 3 on 15 Mar.

  $ grep ' remind ' journal/2026.dues | awk '{print $3, $5, $1}' | sort
  A1 1 2026-02-07
  A1 2 2026-02-21
  A1 3 2026-03-07
  A2 1 2026-02-22
  A3 1 2026-02-17
  A3 2 2026-03-03
  A3 3 2026-03-17
  A4 1 2026-04-07
  A4 2 2026-04-21
  A5 1 2026-02-21
  A5 2 2026-03-07
  A5 3 2026-03-21
  A6 1 2026-03-01
  A6 2 2026-03-08
  A6 3 2026-03-15

One letter per customer and day: c1 got A1 and A5 together on 21 Feb and 7 Mar.

  $ ls out/*.eml | wc -l
  13
  $ ls out/*.pdf | wc -l
  13
  $ grep -c A out/2026-02-21-c1.eml
  2

A3's level 2 on 3 Mar: fee 5.00; interest on 800.00 for 11..19 Feb (9 days) and on
500.00 for 20 Feb..3 Mar (12 days) at 8%: (80000 x 9 + 50000 x 12) x 8 / 36500 =
289.3 cents -> 2.89; total 500.00 + 5.00 + 2.89 = 507.89.
A1's level 2 on 21 Feb: 1000.00 for 21 days: 100000 x 8 x 21 / 36500 = 460.3 -> 4.60.

  $ grep A3 out/2026-03-03-c3.eml; grep Total out/2026-03-03-c3.eml
    A3  level 2  due 2026-02-10  21 days  open 500.00 EUR  fee 5.00  interest 2.89
  Total 507.89 EUR
  $ grep A1 out/2026-02-21-c1.eml
    A1  level 2  due 2026-01-31  21 days  open 1000.00 EUR  fee 5.00  interest 4.60
  $ dues check
  ok: 5 customers, 6 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file
