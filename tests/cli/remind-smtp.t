dues remind --send through [mail]'s transport, to a real SMTP server (python3-aiosmtpd on
127.0.0.1): one message per customer, the reminders recorded only for messages the server
accepted, and a rerun sends nothing.

  $ . "$TESTS/cli/send_ledger.sh"
  $ cd .. && rm -rf ledger && cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ start_server smtp
  $ use_smtp smtp <<'EOF'
  > security = "none"
  > EOF
  $ export DUES_TODAY=2026-03-10

  $ dues remind --send
  recorded 4 reminders on 2026-03-10
  $ ls smtp/*.eml | wc -l
  3
  $ cat smtp/2.envelope
  billing@kiefer-ito.example
  accounts@harbourpine.example
  $ show smtp/2.eml --body | grep -E '^(Subject|To):|FR-'
  To: accounts@harbourpine.example
  Subject: Overdue notice (level 2) from Falkenrot Studio GmbH
    FR-2026-0002  level 2  due 2026-01-26  43 days  open 590.00 EUR  fee 40.00  interest 10.85

The letter carries the customer's statement of account as a PDF; read back with
pdftotext, it lists the invoice reminded and the balance:

  $ show smtp/2.eml --attachment-text | sed -E 's/, [0-9]+ bytes\)/, N bytes)/' | grep -o -E '^attachment: .*|FR-2026-0002|640\.85|590\.00' | sort -u
  590.00
  FR-2026-0002
  attachment: statement-harbour-2026-03-10.pdf (application/pdf, N bytes)
  $ dues remind --send
  recorded 0 reminders on 2026-03-10
  $ ls smtp/*.eml | wc -l
  3

When the server is gone, nothing is recorded, the run exits 1, and the next run sends it:

  $ stop_server smtp
  $ DUES_TODAY=2026-03-25 dues remind --send 2> err
  recorded 0 reminders on 2026-03-25; 2 letter(s) not sent
  [1]
  $ grep -c 'dues: warning: smtp refused the reminder to' err
  2
  $ grep -c ' remind ' journal/2026.dues
  7
