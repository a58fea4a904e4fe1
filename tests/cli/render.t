dues invoice render: the invoice as sent, as aligned text or one self-contained HTML
page. The pages are compared with the golden files in tests/golden/.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ dues customer set bolt address $'東京都千代田区丸の内1-1\n<Tower> "5F" & more' > /dev/null
  $ dues customer set bolt tax-id "T1234567890123" > /dev/null
  $ dues invoice new acme --date 2026-01-31 --terms skonto --item "Consulting: <January> & \"more\":10:120.00" --item "Books:3:9.99:reduced:10%" --discount 5% --po "PO <4711>" --note "Thank you & see you" > /dev/null
  $ dues invoice new bolt --date 2026-02-01 --terms thirds --item "設計レビュー:3:50000" --item "Taxi:1:1234:zero" > /dev/null
  $ dues credit INV-2026-0001 --item "Books:1:9.99:reduced" --reason "One book damaged" --date 2026-02-05 > /dev/null
  $ dues check
  ok: 2 customers, 2 invoices, 1 credit note, 0 payments, 0 refunds in 1 journal file

Text, aligned by display width (CJK characters take two columns):

  $ dues invoice render INV-2026-0001 > acme.txt
  $ diff -u "$TESTS/golden/INV-2026-0001.txt" acme.txt
  $ dues invoice render INV-2026-0002 --format text > bolt.txt
  $ diff -u "$TESTS/golden/INV-2026-0002.txt" bolt.txt
  $ dues invoice render CN-2026-0001 > credit.txt
  $ diff -u "$TESTS/golden/CN-2026-0001.txt" credit.txt

HTML: UTF-8, inline CSS, nothing loaded from elsewhere, every text escaped:

  $ dues invoice render INV-2026-0001 --format html --output acme.html
  $ diff -u "$TESTS/golden/INV-2026-0001.html" acme.html
  $ dues invoice render INV-2026-0002 --format html > bolt.html
  $ diff -u "$TESTS/golden/INV-2026-0002.html" bolt.html
  $ grep -c '<meta charset="utf-8">' acme.html
  1
  $ grep -ciE '(src|href)=|@import|<script' acme.html bolt.html
  acme.html:0
  bolt.html:0
  [1]
  $ grep -o 'Consulting: [^<]*<' acme.html
  Consulting: &lt;January&gt; &amp; &quot;more&quot;<
  $ grep -c 'PO <4711>\|<Tower>' acme.html bolt.html
  acme.html:0
  bolt.html:0
  [1]

Mistakes:

  $ dues invoice render INV-2026-0009
  dues: error: no invoice or credit note 'INV-2026-0009' in the journal
  [2]
  $ dues invoice render INV-2026-0001 --format docx
  dues: error: --format: expected one of text, html, pdf, not 'docx'
  [2]
  $ dues invoice render INV-2026-0001 --output /proc/nowhere/x.txt
  dues: error: --output: cannot write /proc/nowhere/x.txt: the folder /proc/nowhere does not exist
  [5]
