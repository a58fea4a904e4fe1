dues send through a real SMTP server (python3-aiosmtpd on 127.0.0.1): the message as
received, decoded with Python's email package; the sent-log; reruns send nothing twice.

  $ . "$TESTS/cli/send_ledger.sh"
  $ start_server smtp
  $ use_smtp smtp <<'EOF'
  > security = "none"
  > cc = ["Buchhaltung Kiefer <books@kiefer-ito.example>"]
  > bcc = ["archive@kiefer-ito.example"]
  > EOF

Before anything leaves, every message is composed: a customer without an email stops the
run at its customers.toml line, and nothing is sent or recorded.

  $ dues send --unsent
  dues: error: customers.toml:11:2: customer 'tokyo' has no email address to send INV-2026-0003 to; add emails = ["..."] to [tokyo]
  [3]
  $ ls smtp
  log
  pid
  port
  $ dues check
  ok: 3 customers, 3 invoices, 1 credit note, 0 payments, 0 refunds in 1 journal file

Sending two documents: one message each, To the customer's first email, Cc the others and
[mail] cc, Bcc only in the envelope.

  $ dues send INV-2026-0001 INV-2026-0002
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example, books@kiefer-ito.example via smtp <INV-2026-0001.1@kiefer-ito.example>
  sent INV-2026-0002 to caiwu@beijing.example, cc books@kiefer-ito.example via smtp <INV-2026-0002.1@kiefer-ito.example>
  $ cat smtp/1.envelope
  billing@kiefer-ito.example
  buchhaltung@mueller.example
  chef@mueller.example
  books@kiefer-ito.example
  archive@kiefer-ito.example
  $ show smtp/1.eml --body
  From: Kiefer & Ito <billing@kiefer-ito.example>
  To: M\xc3\xbcller & S\xc3\xb6hne GmbH <buchhaltung@mueller.example> (esc)
  Cc: chef@mueller.example, Buchhaltung Kiefer <books@kiefer-ito.example>
  Subject: Rechnung INV-2026-0001 von Kiefer & Ito Design GbR
  Message-ID: <INV-2026-0001.1@kiefer-ito.example>
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  Content-Type: multipart/mixed
  --- body
  Guten Tag,
  
  anbei erhalten Sie die Rechnung INV-2026-0001 vom 2026-03-02 \xc3\xbcber 1190.00 EUR, (esc)
  f\xc3\xa4llig am 2026-03-16. Bitte \xc3\xbcberweisen Sie auf DE89 3704 0044 0532 0130 00 mit dem Verwendungszweck INV-2026-0001. (esc)
  
  Mit freundlichen Gr\xc3\xbc\xc3\x9fen (esc)
  Kiefer & Ito Design GbR
  attachment: Rechnung INV-2026-0001.pdf (application/pdf, 32920 bytes)
  $ show smtp/1.eml --attachment-text | grep -o 'INV-2026-0001\|1190.00\|Müller &amp; Söhne GmbH\|Müller & Söhne GmbH' | sort -u
  1190.00
  INV-2026-0001
  M\xc3\xbcller & S\xc3\xb6hne GmbH (esc)
  $ show smtp/2.eml --body
  From: Kiefer & Ito <billing@kiefer-ito.example>
  To: \xe5\x8c\x97\xe4\xba\xac\xe7\xa4\xba\xe4\xbe\x8b\xe7\xa7\x91\xe6\x8a\x80\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8 <caiwu@beijing.example> (esc)
  Cc: Buchhaltung Kiefer <books@kiefer-ito.example>
  Subject: Kiefer & Ito Design GbR \xe5\x8f\x91\xe7\xa5\xa8 INV-2026-0002 (esc)
  Message-ID: <INV-2026-0002.1@kiefer-ito.example>
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  Content-Type: multipart/mixed
  --- body
  \xe6\x82\xa8\xe5\xa5\xbd\xef\xbc\x9a (esc)
  
  \xe9\x99\x84\xe4\xbb\xb6\xe6\x98\xaf 2026-03-03 \xe5\xbc\x80\xe5\x85\xb7\xe7\x9a\x84\xe5\x8f\x91\xe7\xa5\xa8 INV-2026-0002\xef\xbc\x8c\xe9\x87\x91\xe9\xa2\x9d 500.00 EUR\xef\xbc\x8c\xe4\xbb\x98\xe6\xac\xbe\xe6\x88\xaa\xe6\xad\xa2\xe6\x97\xa5\xe6\x9c\x9f 2026-03-17\xe3\x80\x82 (esc)
  \xe4\xbb\x98\xe6\xac\xbe\xe6\x97\xb6\xe8\xaf\xb7\xe6\xb3\xa8\xe6\x98\x8e INV-2026-0002\xe3\x80\x82 (esc)
  
  \xe6\xad\xa4\xe8\x87\xb4 (esc)
  Kiefer & Ito Design GbR
  attachment: \xe5\x8f\x91\xe7\xa5\xa8 INV-2026-0002.pdf (application/pdf, 88103 bytes) (esc)
  $ grep -A1 '^Subject\|filename' smtp/2.eml
  Subject: =?UTF-8?B?S2llZmVyICYgSXRvIERlc2lnbiBHYlIg5Y+R56WoIElOVi0yMDI2?=\r (esc)
   =?UTF-8?B?LTAwMDI=?=\r (esc)
  --
   filename*0*=UTF-8''%E5%8F%91%E7%A5%A8%20INV-2026-0002.pdf\r (esc)
  \r (esc)
  $ grep -c '^Bcc' smtp/1.eml smtp/2.eml
  smtp/1.eml:0
  smtp/2.eml:0
  [1]
  $ tail -n 2 journal/2026.dues
  2026-03-10 sent INV-2026-0001 to "buchhaltung@mueller.example" cc "chef@mueller.example, books@kiefer-ito.example" via smtp message-id "<INV-2026-0001.1@kiefer-ito.example>"
  2026-03-10 sent INV-2026-0002 to "caiwu@beijing.example" cc "books@kiefer-ito.example" via smtp message-id "<INV-2026-0002.1@kiefer-ito.example>"
  $ dues check
  ok: 3 customers, 3 invoices, 1 credit note, 0 payments, 0 refunds in 1 journal file

A rerun sends nothing twice; --resend is explicit and makes a new Message-ID.

  $ dues send INV-2026-0001
  skipped INV-2026-0001: it was sent on 2026-03-10 to buchhaltung@mueller.example (--resend sends it again)
  nothing to send
  $ ls smtp/*.eml
  smtp/1.eml
  smtp/2.eml
  $ dues send INV-2026-0001 --resend
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example, books@kiefer-ito.example via smtp <INV-2026-0001.2@kiefer-ito.example>
  $ show smtp/3.eml | grep Message-ID
  Message-ID: <INV-2026-0001.2@kiefer-ito.example>

--unsent (what cron runs) sends the rest once the Japanese customer has an address, in
Japanese; a second run finds nothing.

  $ sed -i 's/^country = "JP"/country = "JP"\nemails = ["keiri@tokyo.example"]/' customers.toml
  $ dues send --unsent
  sent CN-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example, books@kiefer-ito.example via smtp <CN-2026-0001.1@kiefer-ito.example>
  sent INV-2026-0003 to keiri@tokyo.example, cc books@kiefer-ito.example via smtp <INV-2026-0003.1@kiefer-ito.example>
  $ show smtp/5.eml --body
  From: Kiefer & Ito <billing@kiefer-ito.example>
  To: \xe6\x9d\xb1\xe4\xba\xac\xe3\x82\xb5\xe3\x83\xb3\xe3\x83\x97\xe3\x83\xab\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe <keiri@tokyo.example> (esc)
  Cc: Buchhaltung Kiefer <books@kiefer-ito.example>
  Subject: \xe3\x80\x90\xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8\xe3\x80\x91INV-2026-0003\xef\xbc\x88Kiefer & Ito Design GbR\xef\xbc\x89 (esc)
  Message-ID: <INV-2026-0003.1@kiefer-ito.example>
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  Content-Type: multipart/mixed
  --- body
  \xe3\x81\x84\xe3\x81\xa4\xe3\x82\x82\xe3\x81\x8a\xe4\xb8\x96\xe8\xa9\xb1\xe3\x81\xab\xe3\x81\xaa\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x8a\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  
  2026-03-05 \xe4\xbb\x98\xe3\x81\xae\xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8 INV-2026-0003\xef\xbc\x88300.00 EUR\xe3\x80\x81\xe3\x81\x8a\xe6\x94\xaf\xe6\x89\x95\xe6\x9c\x9f\xe9\x99\x90 2026-03-19\xef\xbc\x89\xe3\x82\x92\xe6\xb7\xbb\xe4\xbb\x98\xe3\x81\x84\xe3\x81\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  \xe3\x81\x8a\xe6\x8c\xaf\xe8\xbe\xbc\xe3\x81\xbf\xe3\x81\xae\xe9\x9a\x9b\xe3\x81\xaf INV-2026-0003 \xe3\x82\x92\xe3\x81\x94\xe8\xa8\x98\xe5\x85\xa5\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82 (esc)
  
  \xe3\x82\x88\xe3\x82\x8d\xe3\x81\x97\xe3\x81\x8f\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84\xe3\x81\x84\xe3\x81\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82 (esc)
  Kiefer & Ito Design GbR
  attachment: \xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8 INV-2026-0003.pdf (application/pdf, 88258 bytes) (esc)
  $ dues send --unsent
  nothing to send
  $ dues send --unsent --as-of 2026-03-01 --dry-run
  dry run: 0 messages composed; nothing was sent or written

  $ stop_server smtp
