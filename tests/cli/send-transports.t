dues send through a sendmail program (a stub on PATH that records what it reads), into an
outbox folder of .eml files, and through a user's command; templates from the ledger;
the mistakes found before anything is sent.

  $ . "$TESTS/cli/send_ledger.sh"
  $ sed -i 's/^country = "JP"/country = "JP"\nemails = ["keiri@tokyo.example"]/' customers.toml

Nothing configured, and usage mistakes.

  $ dues send INV-2026-0001
  dues: error: dues.toml:1:1: dues send needs [mail] from = "Name <billing@example.com>" in dues.toml (docs/sending.md)
  [3]
  $ dues send
  dues: error: name the documents to send, or --unsent (not both)
  [2]
  $ dues send INV-2026-0001 --unsent
  dues: error: name the documents to send, or --unsent (not both)
  [2]
  $ dues send INV-2026-0001 --as-of 2026-03-01
  dues: error: --as-of goes with --unsent
  [2]
  $ dues send INV-2026-9999
  dues: error: no invoice or credit note 'INV-2026-9999' in the journal
  [2]
  $ cat >> dues.toml <<'EOF'
  > [mail]
  > from = "Kiefer & Ito <billing@kiefer-ito.example>"
  > EOF
  $ dues send INV-2026-0001
  dues: error: dues.toml:21:1: [mail] needs 'transport' ("smtp", "sendmail", "outbox" or "command")
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ cat >> dues.toml <<'EOF'
  > transport = "carrier-pigeon"
  > EOF
  $ dues check
  dues: error: dues.toml:21:1: [mail] needs 'transport' ("smtp", "sendmail", "outbox" or "command")
  dues: error: dues.toml:23:13: 'transport' in [mail] must be one of "smtp", "sendmail", "outbox", "command"
  dues: error: the ledger has 2 errors; nothing was changed
  [3]

sendmail: the message goes to `sendmail -t -oi` with its Bcc header (sendmail reads and
removes it).

  $ mkdir bin
  $ cat > bin/sendmail <<'EOF'
  > #!/bin/sh
  > echo "$@" > "$STUB_DIR/args"
  > cat > "$STUB_DIR/message.eml"
  > EOF
  $ chmod +x bin/sendmail
  $ export STUB_DIR=$PWD
  $ sed -i '/^\[mail\]/,$d' dues.toml
  $ cat >> dues.toml <<'EOF'
  > [mail]
  > transport = "sendmail"
  > sendmail = "sendmail"
  > from = "Kiefer & Ito <billing@kiefer-ito.example>"
  > reply-to = "office@kiefer-ito.example"
  > bcc = ["archive@kiefer-ito.example"]
  > EOF
  $ PATH=$PWD/bin:$PATH dues send INV-2026-0001
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via sendmail <INV-2026-0001.1@kiefer-ito.example>
  $ cat args
  -t -oi
  $ show message.eml
  From: Kiefer & Ito <billing@kiefer-ito.example>
  Reply-To: office@kiefer-ito.example
  To: M\xc3\xbcller & S\xc3\xb6hne GmbH <buchhaltung@mueller.example> (esc)
  Cc: chef@mueller.example
  Bcc: archive@kiefer-ito.example
  Subject: Rechnung INV-2026-0001 von Kiefer & Ito Design GbR
  Message-ID: <INV-2026-0001.1@kiefer-ito.example>
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  Content-Type: multipart/mixed
  attachment: Rechnung INV-2026-0001.pdf (application/pdf, 32920 bytes)
  $ tail -n 1 journal/2026.dues
  2026-03-10 sent INV-2026-0001 to "buchhaltung@mueller.example" cc "chef@mueller.example" via sendmail message-id "<INV-2026-0001.1@kiefer-ito.example>"

A sendmail that fails: its words and status, nothing recorded.

  $ printf '#!/bin/sh\necho "sendmail: cannot connect to relay" >&2\nexit 75\n' > bin/sendmail
  $ PATH=$PWD/bin:$PATH dues send INV-2026-0002
  dues: error: INV-2026-0002 was not sent (sendmail): 'sendmail' exited with status 75: sendmail: cannot connect to relay; 0 of 1 sent and recorded
  [5]
  $ grep -c ' sent ' journal/2026.dues
  1

outbox: one .eml per document, parsed back the same way.

  $ sed -i 's/^transport = "sendmail"/transport = "outbox"/' dues.toml
  $ dues send INV-2026-0002 CN-2026-0001
  sent INV-2026-0002 to caiwu@beijing.example via outbox <INV-2026-0002.1@kiefer-ito.example>
  sent CN-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via outbox <CN-2026-0001.1@kiefer-ito.example>
  $ ls outbox
  CN-2026-0001.eml
  INV-2026-0002.eml
  $ show outbox/CN-2026-0001.eml --body
  From: Kiefer & Ito <billing@kiefer-ito.example>
  Reply-To: office@kiefer-ito.example
  To: M\xc3\xbcller & S\xc3\xb6hne GmbH <buchhaltung@mueller.example> (esc)
  Cc: chef@mueller.example
  Bcc: archive@kiefer-ito.example
  Subject: Gutschrift CN-2026-0001 von Kiefer & Ito Design GbR
  Message-ID: <CN-2026-0001.1@kiefer-ito.example>
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  Content-Type: multipart/mixed
  --- body
  Guten Tag,
  
  anbei erhalten Sie die Gutschrift CN-2026-0001 vom 2026-03-04 \xc3\xbcber 119.00 EUR. (esc)
  
  Mit freundlichen Gr\xc3\xbc\xc3\x9fen (esc)
  Kiefer & Ito Design GbR
  attachment: Gutschrift CN-2026-0001.pdf (application/pdf, 20828 bytes)

command: the message on stdin, what it is about in the environment; exit 0 is accepted.

  $ sed -i 's/^transport = "outbox"/transport = "command"\ncommand = "cat > cmd.eml; env | grep -E ^DUES_[CDMRS][A-Z_]+= | grep -v CACHE | sort > env.txt"/' dues.toml
  $ dues send INV-2026-0003
  sent INV-2026-0003 to keiri@tokyo.example via command <INV-2026-0003.1@kiefer-ito.example>
  $ cat env.txt
  DUES_CUSTOMER=tokyo
  DUES_DOCUMENT=INV-2026-0003
  DUES_MESSAGE_ID=<INV-2026-0003.1@kiefer-ito.example>
  DUES_RECIPIENTS=keiri@tokyo.example,archive@kiefer-ito.example
  DUES_SUBJECT=\xe3\x80\x90\xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8\xe3\x80\x91INV-2026-0003\xef\xbc\x88Kiefer & Ito Design GbR\xef\xbc\x89 (esc)
  $ show cmd.eml | grep '^To:'
  To: \xe6\x9d\xb1\xe4\xba\xac\xe3\x82\xb5\xe3\x83\xb3\xe3\x83\x97\xe3\x83\xab\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe <keiri@tokyo.example> (esc)
  $ sed -i 's/^command = .*/command = "exit 1"/' dues.toml
  $ dues send INV-2026-0001 --resend
  dues: error: INV-2026-0001 was not sent (command): 'exit 1' exited with status 1; 0 of 1 sent and recorded
  [5]
  $ grep -c ' sent ' journal/2026.dues
  4

Templates in the ledger: templates/KIND.LANG.txt overrides the built-in one; an unknown
variable is an error at its file:line:col before anything is sent.

  $ sed -i 's/^command = .*/command = "cat > cmd.eml"/' dues.toml
  $ mkdir templates
  $ cat > templates/invoice.de.txt <<'EOF'
  > Subject: {{company}}: Rechnung {{number}} ({{total}} {{currency}})
  > 
  > Hallo {{customer}},
  > 
  > offen: {{open}} {{currency}} bis {{due}}, Bestellung {{ po }}.
  > Zahlbar an {{iban}} ({{bic}}), Verwendungszweck {{reference}}.
  > EOF
  $ dues send INV-2026-0001 --resend --dry-run
  --- would send INV-2026-0001 ---
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  From: Kiefer & Ito <billing@kiefer-ito.example>
  Reply-To: office@kiefer-ito.example
  To: M\xc3\xbcller & S\xc3\xb6hne GmbH <buchhaltung@mueller.example> (esc)
  Cc: chef@mueller.example
  Bcc: archive@kiefer-ito.example
  Subject: Kiefer & Ito Design GbR: Rechnung INV-2026-0001 (1190.00 EUR)
  Message-ID: <INV-2026-0001.2@kiefer-ito.example>
  
  Hallo M\xc3\xbcller & S\xc3\xb6hne GmbH, (esc)
  
  offen: 1190.00 EUR bis 2026-03-16, Bestellung .
  Zahlbar an DE89 3704 0044 0532 0130 00 (COBADEFFXXX), Verwendungszweck INV-2026-0001.
  [attached: Rechnung INV-2026-0001.pdf (application/pdf, 32920 bytes)]
  dry run: 1 message composed; nothing was sent or written
  $ echo 'Ihr Zeichen: {{their_reference}}' >> templates/invoice.de.txt
  $ dues send INV-2026-0001 --resend
  dues: error: templates/invoice.de.txt:7:14: unknown template variable 'their_reference'; known: bank, bic, company, currency, customer, customer_id, date, direct_debit, due, email, iban, kind, number, open, payment, po, reference, total
  [3]
  $ printf 'Subject: Rechnung\n\nBroken {{number\n' > templates/invoice.de.txt
  $ dues send INV-2026-0001 --resend
  dues: error: templates/invoice.de.txt:3:8: '{{' without '}}' on the same line
  [3]
  $ grep -c ' sent ' journal/2026.dues
  4
