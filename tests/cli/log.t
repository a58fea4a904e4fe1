`dues log DOC`: the life of one document, every entry that mentions it in date order,
with file:line and the git commit that added it (docs/team.md).

  $ export DUES_TODAY=2026-03-01 DUES_NO_CACHE=1 GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$PWD/gitconfig"
  $ export GIT_AUTHOR_DATE=2026-03-01T10:00:00Z GIT_COMMITTER_DATE=2026-03-01T10:00:00Z
  $ printf '[user]\n\tname = Alice\n\temail = alice@example.com\n[init]\n\tdefaultBranch = main\n' > gitconfig
  $ git init -q ledger
  $ cd ledger
  $ dues init --company Kiefer . > /dev/null
  $ dues customer add acme --name ACME > /dev/null
  $ dues invoice new acme --item "Design:1:300" --date 2026-03-02 > /dev/null
  $ printf '2026-03-02 sent INV-2026-0001 to "ap@acme.example" via outbox\n' >> journal/2026.dues
  $ git add -A && git commit -qm "March invoices"
  $ printf '2026-04-05 remind INV-2026-0001 level 1\n' >> journal/2026.dues
  $ dues dispute INV-2026-0001 --reason "One day too many" --date 2026-04-06 > /dev/null
  $ GIT_AUTHOR_DATE=2026-04-06T10:00:00Z git commit -qam "Reminders" --author "Bob <bob@example.com>"
  $ dues credit INV-2026-0001 --item "One day:1:100" --reason "Agreed" --date 2026-04-08 > /dev/null
  $ dues dispute INV-2026-0001 --resolve --reason "Credit note agreed" --date 2026-04-08 > /dev/null
  $ cat > april.sta <<'END'
  > :20:APR
  > :25:DE89370400440532013000
  > :28C:00004/001
  > :60F:C260401EUR0,00
  > :61:2604200420CR200,00NTRFNONREF//BANK-0042
  > :86:166?00GUTSCHRIFT?20INV-2026-0001?32ACME
  > :62F:C260420EUR200,00
  > -
  > END
  $ dues reconcile april.sta --apply | tail -1
  Recorded 1 payment.
  $ git add journal && git commit -qm "April: credit note, bank import"
  $ dues note INV-2026-0001 "Thanked them" --date 2026-04-21 > /dev/null

  $ dues log INV-2026-0001
  2026-03-02  issued: invoice to acme, 300.00 EUR, due 2026-04-01  journal/2026.dues:9  00e6e75 2026-03-01 Alice: March invoices
  2026-03-02  sent to ap@acme.example via outbox  journal/2026.dues:11  00e6e75 2026-03-01 Alice: March invoices
  2026-04-05  reminded (level 1)  journal/2026.dues:12  1bb5c40 2026-04-06 Bob: Reminders
  2026-04-06  disputed: One day too many  journal/2026.dues:13  1bb5c40 2026-04-06 Bob: Reminders
  2026-04-08  credited 100.00 EUR by CN-2026-0001  journal/2026.dues:14  38c61f0 2026-03-01 Alice: April: credit note, bank import
  2026-04-08  dispute resolved: Credit note agreed  journal/2026.dues:17  38c61f0 2026-03-01 Alice: April: credit note, bank import
  2026-04-20  paid 200.00 EUR by PAY-2026-0001 (bank line mt940:BANK-0042)  journal/2026.dues:18  38c61f0 2026-03-01 Alice: April: credit note, bank import
  2026-04-21  note: Thanked them  journal/2026.dues:20  not committed yet
  $ dues log INV-2026-0001 --no-git
  2026-03-02  issued: invoice to acme, 300.00 EUR, due 2026-04-01  journal/2026.dues:9
  2026-03-02  sent to ap@acme.example via outbox  journal/2026.dues:11
  2026-04-05  reminded (level 1)  journal/2026.dues:12
  2026-04-06  disputed: One day too many  journal/2026.dues:13
  2026-04-08  credited 100.00 EUR by CN-2026-0001  journal/2026.dues:14
  2026-04-08  dispute resolved: Credit note agreed  journal/2026.dues:17
  2026-04-20  paid 200.00 EUR by PAY-2026-0001 (bank line mt940:BANK-0042)  journal/2026.dues:18
  2026-04-21  note: Thanked them  journal/2026.dues:20
  $ dues log PAY-2026-0001
  2026-04-20  received: payment from acme, 200.00 EUR (bank line mt940:BANK-0042)  journal/2026.dues:18  38c61f0 2026-03-01 Alice: April: credit note, bank import
  $ dues log INV-2026-0009
  dues: error: no invoice, credit note, payment or refund 'INV-2026-0009' in the journal
  [2]
