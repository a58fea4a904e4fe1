`dues fmt` rewrites journal files in canonical form: attributes in the documented order,
amounts with their currency's decimals, one space between tokens, at most one empty line
in a row. It keeps every comment where it was, repairs CRLF line ends, a byte order mark
and tabs, and never touches dues.toml or customers.toml.

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$TESTS/bad-input/base" ledger
  $ cd ledger
  $ sums() { find . -type f ! -name .dues.lock | LC_ALL=C sort | xargs sha256sum; }

The example ledgers are canonical already:

  $ dues -C "$EXAMPLES/tiny" fmt --check
  $ dues -C "$EXAMPLES/cn-trading" fmt --check
  $ dues -C "$EXAMPLES/eu-agency" fmt --check

A journal written by hand, valid but untidy, with comments everywhere:

  $ cat > journal/2026.dues <<'END'
  > 
  > 
  > ; Journal 2026 of the base ledger   
  > ;; a comment with two semicolons
  > 
  > 2026-01-05   invoice INV-2026-0001 total 1200 EUR due 2026-02-04 customer acme ; header note
  >   ; above the item
  >   item   "Consulting"   price 100 qty 10.0 tax standard amount 1000   ; item note
  >   tax standard amount 200 base 1000 rate 20
  >     ; after the last line
  > 
  > 
  > 
  > 2026-01-06 invoice INV-2026-0002 customer kyoto due 2026-02-05 total 50000 JPY
  >   item "Pattern design" price 50000.000 amount 50000
  > ; between entries, no empty line
  > 2026-01-07 invoice INV-2026-0003 customer beta due 2026-02-06 total 600.0 EUR
  >   item "Translation" qty 4 price 150 amount 600
  > 
  > 2026-02-01 payment PAY-2026-0001 customer acme amount 1000 EUR
  >   apply INV-2026-0001 1000
  > 
  > 2026-02-02 credit CN-2026-0001 reason "Goodwill" customer acme invoice INV-2026-0001 total 120 EUR
  >   item "Goodwill" price 100 tax standard amount 100
  >   tax standard rate 20% base 100 amount 20
  >   apply INV-2026-0001 120
  > ; the end
  > 
  > 
  > END
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
  $ sums > ../before

--check changes nothing, lists the files fmt would rewrite, and exits 1:

  $ dues fmt --check
  would reformat journal/2026.dues
  [1]
  $ sums | diff ../before -

fmt rewrites them and says which:

  $ dues fmt
  reformatted journal/2026.dues
  $ cat journal/2026.dues
  ; Journal 2026 of the base ledger
  ;; a comment with two semicolons
  
  2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 1200.00 EUR ; header note
    ; above the item
    item "Consulting" qty 10 price 100.00 tax standard amount 1000.00 ; item note
    tax standard rate 20% base 1000.00 amount 200.00
    ; after the last line
  
  2026-01-06 invoice INV-2026-0002 customer kyoto due 2026-02-05 total 50000 JPY
    item "Pattern design" price 50000 amount 50000
  ; between entries, no empty line
  2026-01-07 invoice INV-2026-0003 customer beta due 2026-02-06 total 600.00 EUR
    item "Translation" qty 4 price 150.00 amount 600.00
  
  2026-02-01 payment PAY-2026-0001 customer acme amount 1000.00 EUR
    apply INV-2026-0001 1000.00
  
  2026-02-02 credit CN-2026-0001 customer acme invoice INV-2026-0001 total 120.00 EUR reason "Goodwill"
    item "Goodwill" price 100.00 tax standard amount 100.00
    tax standard rate 20% base 100.00 amount 20.00
    apply INV-2026-0001 120.00
  ; the end

Every comment is still there, the ledger means the same, and settings and customers were
not touched:

  $ grep -c ';' journal/2026.dues
  8
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
  $ sums | diff ../before - | sed -n 's/^> [0-9a-f]*  \.\//changed: /p'
  changed: journal/2026.dues

Formatting is idempotent:

  $ dues fmt
  $ dues fmt --check

CRLF, BOM and tabs
------------------

`dues check` refuses them, with the place; fmt repairs them:

  $ printf '\357\273\2772026-03-02 remind INV-2026-0001 level 1\r\n\r\n2026-03-03\tremind INV-2026-0003 level 1 ; late\r\n' > journal/extra.dues
  $ cat journal/extra.dues
  \xef\xbb\xbf2026-03-02 remind INV-2026-0001 level 1\r (esc)
  \r (esc)
  2026-03-03\tremind INV-2026-0003 level 1 ; late\r (esc)
  $ dues check
  dues: error: journal/extra.dues:1:1: byte order mark at the start of the file; journals are UTF-8 without one (run 'dues fmt' to remove it)
  dues: error: journal/extra.dues:1:40: carriage return at the end of the line (CRLF); journals use LF line ends (run 'dues fmt' to convert)
  dues: error: journal/extra.dues:3:11: tab character; journals use spaces (run 'dues fmt' to convert)
  dues: error: the ledger has 3 errors; nothing was changed
  [3]
  $ dues fmt --check
  would reformat journal/extra.dues
  [1]
  $ dues fmt
  reformatted journal/extra.dues
  $ cat journal/extra.dues
  2026-03-02 remind INV-2026-0001 level 1
  
  2026-03-03 remind INV-2026-0003 level 1 ; late
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files

A journal that does not parse
-----------------------------

fmt refuses to format anything while any journal file does not parse: exit 3, the
errors, and no file changed, not even the other, untidy ones:

  $ printf '2026-03-04   remind INV-2026-0001 level 2\n' > journal/extra.dues
  $ printf '2026-02-30 remind INV-2026-0003 level 2\n  apply INV-2026-0003\n' > journal/broken.dues
  $ sums > ../before
  $ dues fmt
  dues: error: journal/broken.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: cannot format a journal that does not parse (1 error); nothing was changed
  [3]
  $ dues fmt --check
  dues: error: journal/broken.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: cannot format a journal that does not parse (1 error); nothing was changed
  [3]
  $ sums | diff ../before -
  $ rm journal/broken.dues

Only the journal files that dues.toml names are formatted:

  $ printf 'not a journal\n' > journal/notes.txt
  $ dues fmt
  reformatted journal/extra.dues
  $ cat journal/notes.txt
  not a journal
