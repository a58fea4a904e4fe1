dues invoice render --format pdf and dues statement --format pdf: real PDFs drawn
with cairo and pango, read back with poppler (pdftotext, pdffonts, pdftoppm) and
zbar (zbarimg), never compared as bytes alone.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ sed -i 's/^\[defaults\]$/[defaults]\nreference = "rf"/' dues.toml
  $ cat >> dues.toml <<'END'
  > [documents]
  > pay-url = "https://pay.example.com/{number}?amount={open}&who={customer}"
  > alipay = "https://qr.alipay.com/fkx12345example"
  > note = "Late payments: statutory interest and EUR 40 (§ 288 BGB)."
  > END
  $ dues customer set bolt address $'東京都千代田区丸の内1-1\nTower 5F' > /dev/null
  $ dues customer set bolt tax-id "T1234567890123" > /dev/null
  $ dues customer add zoe --name "Zoë Müller-Lefèvre 张伟" --address $'Rue de l\'Église 3\n75001 Paris' > /dev/null
  $ dues invoice new acme --date 2026-01-31 --terms skonto --item "Consulting, January:10:120.00" --item "Books:3:9.99:reduced:10%" --po "PO-4711" --note "Thank you!" > /dev/null
  $ dues invoice new bolt --date 2026-02-01 --terms thirds --item "設計レビュー:3:50000" --item "Taxi:1:1234:zero" > /dev/null
  $ dues invoice new zoe --date 2026-02-02 --item "Traduction française — œuvre:1:250.00" > /dev/null
  $ dues credit INV-2026-0001 --item "Books:1:9.99:reduced" --reason "One book damaged" --date 2026-02-05 > /dev/null

Every number, name and line comes back as text:

  $ dues invoice render INV-2026-0001 --format pdf --output acme.pdf
  $ head -c 8 acme.pdf; echo
  %PDF-1.5
  $ pdftotext -layout acme.pdf acme.txt
  $ for word in "Example GmbH" "Hauptstraße 1" "10115 Berlin" "Tax id: DE123456789" \
  >   "ACME Corp" "1 Main Street" "Springfield" INV-2026-0001 2026-01-31 2026-03-02 \
  >   skonto PO-4711 "Consulting, January" 120.00 1200.00 Books 9.99 10% 26.97 \
  >   1226.97 "VAT 19%" 228.00 "VAT 7%" 1.89 229.89 "Total EUR" 1456.86 \
  >   "2% discount if paid by 2026-02-10." "Please pay 1446.17 EUR by 2026-03-02" \
  >   "DE89 3704 0044 0532 0130 00" COBADEFFXXX "RF16 INV2 0260 001" \
  >   "https://pay.example.com/" "amount=1446.17&who=acme" Alipay \
  >   "Thank you!" "Late payments: statutory interest" "Page 1 of 1"; do
  >   grep -qF -- "$word" acme.txt || echo "missing: $word"
  > done

The fonts are embedded (a subset of each):

  $ pdffonts acme.pdf | awk 'NR > 2 { print ($1 ~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+DejaVuSans/), $(NF-4), $(NF-3) }' | sort -u
  1 yes yes

The EPC QR code (EPC069-12 version 002) decodes from the page image, field by field;
the amount is what is still open after the credit note, the RF reference goes in the
structured field. The Alipay code is beside it:

  $ pdftoppm -r 200 -png acme.pdf acme
  $ zbarimg -q --xml acme-1.png 2>/dev/null > codes.xml
  $ python3 "$TESTS/cli/qr_codes.py" BCD < codes.xml | cat -A
  BCD$
  002$
  1$
  SCT$
  COBADEFFXXX$
  Example GmbH$
  DE89370400440532013000$
  EUR1446.17$
  $
  RF16INV20260001$
  $ python3 "$TESTS/cli/qr_codes.py" https < codes.xml
  https://qr.alipay.com/fkx12345example

The same ledger and day give the same bytes; the PDF's dates are the invoice's:

  $ dues invoice render INV-2026-0001 --format pdf > again.pdf
  $ cmp acme.pdf again.pdf && echo same
  same
  $ pdfinfo acme.pdf | grep -E '^(Title|Author|Creator|CreationDate|ModDate|Pages|Page size):'
  Title:           Invoice INV-2026-0001
  Author:          Example GmbH
  Creator:         dues
  CreationDate:    Sat Jan 31 00:00:00 2026 GMT
  ModDate:         Sat Jan 31 00:00:00 2026 GMT
  Pages:           1
  Page size:       595.275 x 841.89 pts (A4)

A credit note: no payment section, no QR code:

  $ dues invoice render CN-2026-0001 --format pdf | pdftotext - - | grep -E 'Credit note|CN-2026-0001|Corrects invoice|One book damaged|Please pay' | sort
  CN-2026-0001
  Corrects invoice
  Credit note
  Reason: One book damaged

Chinese, Japanese, German and French names come back with the right characters, in
Noto Sans CJK and DejaVu Sans; a JPY invoice has no EPC code:

  $ dues invoice render INV-2026-0002 --format pdf --output bolt.pdf
  $ pdftotext bolt.pdf - | grep -E 'ボルト株式会社|東京都千代田区丸の内1-1|設計レビュー|T1234567890123'
  \xe3\x83\x9c\xe3\x83\xab\xe3\x83\x88\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe (esc)
  \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\x8d\x83\xe4\xbb\xa3\xe7\x94\xb0\xe5\x8c\xba\xe4\xb8\xb8\xe3\x81\xae\xe5\x86\x851-1 (esc)
  Tax id: T1234567890123
  \xe8\xa8\xad\xe8\xa8\x88\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc (esc)
  $ pdffonts bolt.pdf | grep -c 'NotoSansCJKjp-.*yes *yes *yes'
  2
  $ pdftoppm -r 100 -png bolt.pdf bolt && zbarimg -q --raw bolt-1.png 2>/dev/null | grep -c BCD
  0
  [1]
  $ dues invoice render INV-2026-0003 --format pdf | pdftotext - - | grep -E 'Zoë|Église|œuvre'
  Zo\xc3\xab M\xc3\xbcller-Lef\xc3\xa8vre \xe5\xbc\xa0\xe4\xbc\x9f (esc)
  Rue de l'\xc3\x89glise 3 (esc)
  Traduction fran\xc3\xa7aise \xe2\x80\x94 \xc5\x93uvre (esc)

Labels in Japanese (登録番号 is the registration number of a qualified invoice issuer),
Chinese and German, on Letter paper:

  $ sed -i 's/^\[documents\]$/[documents]\nlanguage = "ja"\npaper = "letter"/' dues.toml
  $ dues invoice render INV-2026-0002 --format pdf > ja.pdf
  $ pdftotext ja.pdf - | grep -E '^(請求書|登録番号|品目|合計|お支払い)' | sort -u
  \xe3\x81\x8a\xe6\x94\xaf\xe6\x89\x95\xe3\x81\x84 (esc)
  \xe5\x90\x88\xe8\xa8\x88 JPY (esc)
  \xe5\x93\x81\xe7\x9b\xae (esc)
  \xe7\x99\xbb\xe9\x8c\xb2\xe7\x95\xaa\xe5\x8f\xb7: DE123456789 (esc)
  \xe7\x99\xbb\xe9\x8c\xb2\xe7\x95\xaa\xe5\x8f\xb7: T1234567890123 (esc)
  \xe8\xab\x8b\xe6\xb1\x82\xe6\x9b\xb8 (esc)
  $ pdfinfo ja.pdf | grep 'Page size'
  Page size:       612 x 792 pts (letter)
  $ sed -i 's/^language = "ja"$/language = "zh"/' dues.toml
  $ dues invoice render INV-2026-0001 --format pdf | pdftotext - - | grep -E '^(发票|开户行|合计 EUR|税额汇总)$'
  \xe5\x8f\x91\xe7\xa5\xa8 (esc)
  \xe5\x90\x88\xe8\xae\xa1 EUR (esc)
  \xe7\xa8\x8e\xe9\xa2\x9d\xe6\xb1\x87\xe6\x80\xbb (esc)
  $ sed -i 's/^language = "zh"$/language = "de"/' dues.toml
  $ dues invoice render INV-2026-0001 --format pdf | pdftotext - - | grep -E '^(Rechnung|Gesamt EUR|Steuerübersicht|Seite 1 von 1)$'
  Rechnung
  Gesamt EUR
  Steuer\xc3\xbcbersicht (esc)
  Seite 1 von 1
  $ sed -i '/^language = "de"$/d; /^paper = "letter"$/d' dues.toml

A long invoice breaks across pages, the table header on each, "Page N of M" in every
footer, and every item on some page:

  $ items=(); for i in $(seq 1 120); do items+=(--item "Line item number $i:1:$i.00"); done
  $ dues invoice new acme --date 2026-02-10 "${items[@]}" --over-limit > /dev/null
  $ dues invoice render INV-2026-0004 --format pdf --output long.pdf
  $ pdfinfo long.pdf | grep Pages
  Pages:           4
  $ for page in 1 2 3 4; do pdftotext -f $page -l $page long.pdf - | grep -c -E '^Description$|^Page [0-9] of 4$'; done
  2
  2
  2
  1
  $ pdftotext long.pdf - | grep -c '^Line item number [0-9]*$'
  120
  $ pdftotext -f 2 -l 2 long.pdf - | grep -c 'Invoice INV-2026-0004 · continued'
  1

A statement of account:

  $ dues statement acme --format pdf --output statement.pdf
  $ pdftotext -layout statement.pdf - | grep -E 'Statement of account|Opening balance|Closing balance|INV-2026-000|CN-2026-0001|Total EUR' | sed 's/  */ /g'
   Statement of account
   Opening balance 0.00
  2026-01-31 Invoice INV-2026-0001 due 2026-03-02, 1456.86 1456.86
  2026-02-05 Credit note CN-2026-0001 for -10.69 1446.17
   INV-2026-0001,
  2026-02-10 Invoice INV-2026-0004 due 2026-03-12, 8639.40 10085.57
  2026-03-01 Closing balance 10085.57
   not due 1-30 31-60 61-90 90+ Credit Total EUR
  $ dues statement acme --format pdf | cmp - statement.pdf && echo same
  same

The logo, from inside the ledger folder only:

  $ cp "$TESTS/data/pdf/logo.png" logo.png
  $ sed -i 's/^\[company\]$/[company]\nlogo = "logo.png"/' dues.toml
  $ dues invoice render INV-2026-0001 --format pdf > logo.pdf
  $ pdfimages -list logo.pdf | awk 'NR > 2 { print $4, $5 }'
  8 8
  $ sed -i 's|^logo = "logo.png"$|logo = "../logo.png"|' dues.toml
  $ dues invoice render INV-2026-0001 --format pdf > /dev/null
  dues: error: dues.toml:5:8: [company] logo '../logo.png' must be a file inside the ledger folder
  [3]
  $ sed -i 's|^logo = "../logo.png"$|logo = "missing.png"|' dues.toml
  $ dues statement acme --format pdf > /dev/null
  dues: error: dues.toml:5:8: [company] logo 'missing.png' does not exist in the ledger folder
  [3]
  $ sed -i '/^logo = /d' dues.toml

A missing font is an environment error naming the Debian package:

  $ printf '<?xml version="1.0"?>\n<fontconfig><cachedir>%s/fc</cachedir></fontconfig>\n' "$PWD" > fonts.conf
  $ FONTCONFIG_FILE=$PWD/fonts.conf dues invoice render INV-2026-0001 --format pdf > none.pdf
  dues: error: the font 'DejaVu Sans' is not installed (fontconfig does not find it); PDF documents need it: install the Debian package fonts-dejavu-core
  [5]
  $ printf '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>%s/fc</cachedir></fontconfig>\n' "$PWD" > fonts.conf
  $ FONTCONFIG_FILE=$PWD/fonts.conf dues statement acme --format pdf > none.pdf
  dues: error: the font 'Noto Sans CJK SC' is not installed (fontconfig does not find it); PDF documents need it: install the Debian package fonts-noto-cjk
  [5]

Settings are checked:

  $ sed -i 's/^\[documents\]$/[documents]\npaper = "a3"/' dues.toml
  $ dues check
  dues: error: dues.toml:63:9: 'paper' in [documents] must be "a4" or "letter"
  dues: error: the ledger has 1 error; nothing was changed
  [3]

Several documents in one run, each to its own file:

  $ sed -i '/^paper = "a3"$/d' dues.toml
  $ mkdir out && dues invoice render INV-2026-0001 INV-2026-0002 CN-2026-0001 --format pdf --output 'out/{id}.pdf'
  $ ls out
  CN-2026-0001.pdf
  INV-2026-0001.pdf
  INV-2026-0002.pdf
  $ cmp out/INV-2026-0001.pdf acme.pdf && echo same as alone
  same as alone
  $ dues invoice render INV-2026-0001 INV-2026-0002 --format pdf --output one.pdf
  dues: error: several documents need --output with {id} in the file name, such as --output 'pdf/{id}.pdf'
  [2]
