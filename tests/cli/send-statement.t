Issue 12 leftovers: dues send --statement CUSTOMER through a real SMTP server
(python3-aiosmtpd), the customer's own language for the PDF and the mail, the French
templates, the sent-log in invoice show and list, and the ways to pay in the HTML invoice.

  $ . "$TESTS/cli/send_ledger.sh"
  $ start_server smtp
  $ use_smtp smtp <<'EOF'
  > security = "none"
  > EOF

A statement of account, as a PDF, in one message; nothing is recorded:

  $ cp journal/2026.dues before.dues
  $ dues send --statement acme --as-of 2026-03-10
  sent the statement of acme as of 2026-03-10 to buchhaltung@mueller.example via smtp <statement-acme-2026-03-10.1@kiefer-ito.example>
  $ show smtp/1.eml --body --attachment-text | grep -v '^Date:'
  From: Kiefer & Ito <billing@kiefer-ito.example>
  To: M\xc3\xbcller & S\xc3\xb6hne GmbH <buchhaltung@mueller.example> (esc)
  Cc: chef@mueller.example
  Subject: Kontoauszug von Kiefer & Ito Design GbR
  Message-ID: <statement-acme-2026-03-10.1@kiefer-ito.example>
  Content-Type: multipart/mixed
  --- body
  Guten Tag,
  
  anbei erhalten Sie Ihren Kontoauszug zum 2026-03-10.
  
  Mit freundlichen Gr\xc3\xbc\xc3\x9fen (esc)
  Kiefer & Ito Design GbR
  attachment: Kontoauszug statement-acme-2026-03-10.pdf (application/pdf, 24490 bytes)
  attachment text: Kiefer & Ito Design GbR Kiefer & Ito Design GbR hello@kiefer-ito.example Kiefer & Ito Design GbR Statement of account Customer acme M\xc3\xbcller & S\xc3\xb6hne GmbH Period \xe2\x80\x93 2026-03-10 EUR Date Type Number Detail Amount Balance Opening balance 0.00 2026-03-02 Invoice INV-2026-0001 due 2026-03-16 1190.00 1190.00 2026-03-04 Credit note CN-2026-0001 -119.00 1071.00 2026-03-10 Closing balance 1071.00 Aging not due 1-30 31-60 61-90 90+ Credit Total EUR 1190.00 0.00 0.00 0.00 0.00 -119.00 1071.00 Payment IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX Reference acme Kiefer & Ito Design GbR Page 1 of 1 (esc)
  $ cmp before.dues journal/2026.dues
  $ dues send --statement acme INV-2026-0001
  dues: error: --statement CUSTOMER sends a statement: name no documents, no --unsent, no --resend
  [2]
  $ dues send --statement nobody
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues send --statement tokyo
  dues: error: customers.toml:11:2: customer 'tokyo' has no email address to send a statement to; add emails = ["..."] to [tokyo]
  [3]

A customer's `language` wins over its country, for the mail and the attached PDF; the
French template:

  $ sed -i 's/^country = "CN"$/country = "CN"\nlanguage = "fr"/' customers.toml
  $ dues send INV-2026-0002
  sent INV-2026-0002 to caiwu@beijing.example via smtp <INV-2026-0002.1@kiefer-ito.example>
  $ show smtp/2.eml --body --attachment-text | grep -v '^Date:'
  From: Kiefer & Ito <billing@kiefer-ito.example>
  To: \xe5\x8c\x97\xe4\xba\xac\xe7\xa4\xba\xe4\xbe\x8b\xe7\xa7\x91\xe6\x8a\x80\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8 <caiwu@beijing.example> (esc)
  Subject: Facture INV-2026-0002 de Kiefer & Ito Design GbR
  Message-ID: <INV-2026-0002.1@kiefer-ito.example>
  Content-Type: multipart/mixed
  --- body
  Bonjour,
  
  veuillez trouver ci-joint la facture INV-2026-0002 du 2026-03-03 d'un montant de 500.00 EUR,
  \xc3\xa0 r\xc3\xa9gler au plus tard le 2026-03-17. Merci de r\xc3\xa9gler par virement sur DE89 3704 0044 0532 0130 00 en indiquant la r\xc3\xa9f\xc3\xa9rence INV-2026-0002. (esc)
  
  Cordialement,
  Kiefer & Ito Design GbR
  attachment: Facture INV-2026-0002.pdf (application/pdf, 88578 bytes)
  attachment text: Kiefer & Ito Design GbR Kiefer & Ito Design GbR hello@kiefer-ito.example Kiefer & Ito Design GbR Facture Num\xc3\xa9ro INV-2026-0002 \xe5\x8c\x97\xe4\xba\xac\xe7\xa4\xba\xe4\xbe\x8b\xe7\xa7\x91\xe6\x8a\x80\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8 Date 2026-03-03 \xc3\x89ch\xc3\xa9ance 2026-03-17 Client beijing Description Qt\xc3\xa9 Prix Montant Sous-total 500.00 Total EUR 500.00 Paiement Merci de r\xc3\xa9gler 500.00 EUR avant le 2026-03-17 avec la r\xc3\xa9f\xc3\xa9rence INV-2026-0002. IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX R\xc3\xa9f\xc3\xa9rence INV-2026-0002 Scanner pour payer (EPC / GiroCode) Kiefer & Ito Design GbR Page 1 sur 1 (esc)

The sent-log in invoice show and list:

  $ dues invoice show INV-2026-0002 | sed -n '/^sent:/,$p'
  sent:
  DATE        VIA   TO                     CC
  2026-03-10  smtp  caiwu@beijing.example
  $ dues invoice show INV-2026-0002 --format json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["sent"])'
  [{'date': '2026-03-10', 'to': 'caiwu@beijing.example', 'cc': None, 'via': 'smtp', 'message_id': '<INV-2026-0002.1@kiefer-ito.example>'}]
  $ dues invoice list
  ID             DATE        DUE         CUSTOMER    TOTAL     OPEN  CCY  STATE  SENT
  INV-2026-0001  2026-03-02  2026-03-16  acme      1190.00  1190.00  EUR  open   -
  INV-2026-0002  2026-03-03  2026-03-17  beijing    500.00   500.00  EUR  open   2026-03-10
  INV-2026-0003  2026-03-05  2026-03-19  tokyo      300.00   300.00  EUR  open   -
  $ dues invoice list --format csv
  id,date,due,customer,total,open,currency,state,sent
  INV-2026-0001,2026-03-02,2026-03-16,acme,1190.00,1190.00,EUR,open,
  INV-2026-0002,2026-03-03,2026-03-17,beijing,500.00,500.00,EUR,open,2026-03-10
  INV-2026-0003,2026-03-05,2026-03-19,tokyo,300.00,300.00,EUR,open,

The HTML invoice has the ways to pay of the PDF: account and routing number, the payment
link, and the EPC, Alipay and WeChat Pay codes as inline SVG that decode back:

  $ sed -i 's/^bic = "COBADEFFXXX"$/bic = "COBADEFFXXX"\naccount-number = "0532013000"\nrouting-number = "37040044"/' dues.toml
  $ cat >> dues.toml <<'EOF'
  > 
  > [documents]
  > pay-url = "https://pay.example/{number}?amount={open}"
  > alipay = "https://qr.alipay.com/fkx12345"
  > wechat = "wxp://f2f0abcdef"
  > EOF
  $ dues invoice render INV-2026-0001 --format html > inv.html
  $ grep -o '<dt>[A-Za-z ]*</dt><dd>[^<]*</dd>\|<a href="[^"]*"\|<figcaption>[^<]*</figcaption>' inv.html
  <dt>Number</dt><dd>INV-2026-0001</dd>
  <dt>Date</dt><dd>2026-03-02</dd>
  <dt>Due</dt><dd>2026-03-16</dd>
  <dt>IBAN</dt><dd>DE89 3704 0044 0532 0130 00</dd>
  <dt>BIC</dt><dd>COBADEFFXXX</dd>
  <dt>Account</dt><dd>0532013000</dd>
  <dt>Routing number</dt><dd>37040044</dd>
  <dt>Reference</dt><dd>INV-2026-0001</dd>
  <a href="https://pay.example/INV-2026-0001?amount=1190.00"
  <figcaption>Scan to pay (EPC / GiroCode)</figcaption>
  <figcaption>Alipay</figcaption>
  <figcaption>WeChat Pay</figcaption>
  $ grep -o '<svg' inv.html | wc -l
  3

Each SVG code drawn as a black-and-white picture (8 pixels a module) decodes back to its
payload with zbarimg:

  $ /usr/bin/python3 - <<'EOF'
  > import re
  > html = open("inv.html").read()
  > for i, svg in enumerate(re.findall(r"<svg.*?</svg>", html)):
  >     size = int(re.search(r'viewBox="0 0 (\d+) ', svg).group(1))
  >     dark = {(int(x), int(y)) for x, y in re.findall(r"M(\d+) (\d+)h1v1h-1z", svg)}
  >     rows = []
  >     for y in range(size * 8):
  >         rows.append(" ".join("1" if (x // 8, y // 8) in dark else "0" for x in range(size * 8)))
  >     open(f"code{i}.pbm", "w").write(f"P1\n{size * 8} {size * 8}\n" + "\n".join(rows) + "\n")
  > EOF
  $ for f in code0 code1 code2; do zbarimg -q --raw $f.pbm 2> /dev/null; done
  BCD
  002
  1
  SCT
  COBADEFFXXX
  Kiefer & Ito Design GbR
  DE89370400440532013000
  EUR1190.00
  
  
  INV-2026-0001
  https://qr.alipay.com/fkx12345
  wxp://f2f0abcdef
  $ stop_server smtp
