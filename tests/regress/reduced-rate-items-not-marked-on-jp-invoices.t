Under Japan's qualified invoice system (インボイス制度) an invoice marks every item
taxed at the reduced rate (軽減税率) and says what the mark means. Items at a rate
with `reduced = true` in dues.toml used to look like every other item; now each is
marked ※ in the text, HTML and PDF renderings (and `invoice show`), with the legend
※は軽減税率対象 near the tax summary. `dues init --country JP` writes the flag on the
8% rate.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books --country JP > /dev/null && cd books
  $ grep -A3 '^\[taxes.reduced\]' dues.toml
  [taxes.reduced]
  rate = "8%"
  name = "\xe6\xb6\x88\xe8\xb2\xbb\xe7\xa8\x8e 8%\xef\xbc\x88\xe8\xbb\xbd\xe6\xb8\x9b\xe7\xa8\x8e\xe7\x8e\x87\xef\xbc\x89" (esc)
  reduced = true
  $ grep -c '^language = "ja" ' dues.toml
  1
  $ printf '[yamada]\nname = "山田商店"\ncountry = "JP"\n' >> customers.toml
  $ dues invoice new yamada --date 2026-11-02 --item "コーヒー豆:3:1280:reduced" --item "ドリップポット:1:4500:standard" > /dev/null
  $ dues check
  ok: 1 customer, 1 invoice, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Text: the item at 8% has the mark, the one at 10% has none, the legend follows the
tax lines:

  $ dues invoice render INV-2026-0001 --format text | grep -E '※|コーヒー|ドリップ'
  \xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x92\xe3\x83\xbc\xe8\xb1\x86 \xe2\x80\xbb      3   1280  reduced     3840 (esc)
  \xe3\x83\x89\xe3\x83\xaa\xe3\x83\x83\xe3\x83\x97\xe3\x83\x9d\xe3\x83\x83\xe3\x83\x88    1   4500  standard    4500 (esc)
  \xe2\x80\xbb\xe3\x81\xaf\xe8\xbb\xbd\xe6\xb8\x9b\xe7\xa8\x8e\xe7\x8e\x87\xe5\xaf\xbe\xe8\xb1\xa1 (esc)
  $ dues invoice show INV-2026-0001 | grep -c '※'
  2

HTML:

  $ dues invoice render INV-2026-0001 --format html | grep -oE '<td>[^<]*※</td>|<p class="legend">[^<]*</p>|<td>ドリップポット[^<]*</td>'
  <td>\xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x92\xe3\x83\xbc\xe8\xb1\x86 \xe2\x80\xbb</td> (esc)
  <td>\xe3\x83\x89\xe3\x83\xaa\xe3\x83\x83\xe3\x83\x97\xe3\x83\x9d\xe3\x83\x83\xe3\x83\x88</td> (esc)
  <p class="legend">\xe2\x80\xbb\xe3\x81\xaf\xe8\xbb\xbd\xe6\xb8\x9b\xe7\xa8\x8e\xe7\x8e\x87\xe5\xaf\xbe\xe8\xb1\xa1</p> (esc)

PDF, read back with pdftotext:

  $ dues invoice render INV-2026-0001 --format pdf --output jp.pdf
  $ pdftotext jp.pdf - | grep -E '※'
  \xe3\x82\xb3\xe3\x83\xbc\xe3\x83\x92\xe3\x83\xbc\xe8\xb1\x86 \xe2\x80\xbb (esc)
  \xe2\x80\xbb\xe3\x81\xaf\xe8\xbb\xbd\xe6\xb8\x9b\xe7\xa8\x8e\xe7\x8e\x87\xe5\xaf\xbe\xe8\xb1\xa1 (esc)

Without the flag nothing is marked:

  $ sed -i '/^reduced = true$/d' dues.toml
  $ dues invoice render INV-2026-0001 --format text | grep -c '※'
  0
  [1]
  $ dues invoice render INV-2026-0001 --format pdf | pdftotext - - | grep -c '※'
  0
  [1]

In English the legend says what the mark means in English:

  $ sed -i 's/^\(name = "消費税 8%（軽減税率）"\)$/\1\nreduced = true/; s/^language = "ja" /language = "en" /' dues.toml
  $ dues invoice render INV-2026-0001 --format text | grep '^※'
  \xe2\x80\xbb reduced tax rate (esc)

The flag is a boolean; anything else is an error at its place in dues.toml:

  $ sed -i 's/^reduced = true$/reduced = "yes"/' dues.toml
  $ dues check
  dues: error: dues.toml:56:11: 'reduced' in [taxes.reduced] must be true or false
  dues: error: the ledger has 1 error; nothing was changed
  [3]
