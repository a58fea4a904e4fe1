Issue 21.13: Excel on Chinese or Japanese Windows reads a CSV without a byte order mark
in the local code page, so UTF-8 customer names come out garbled. `--bom` (or
`[output] csv-bom = true` in dues.toml) writes the UTF-8 BOM (EF BB BF) first, before
every CSV a command writes, and nothing else changes.

  $ export DUES_TODAY=2026-12-01
  $ cp -r "$EXAMPLES/cn-trading" books && cd books
  $ bom() { head -c 3 | od -An -tx1 | tr -d ' '; }

Without --bom, no CSV starts with a BOM:

  $ dues aging --format csv | bom
  61735f

Every command that writes CSV gets it with --bom (a global option, before or after the
command):

  $ customer=$(dues customer list --format ids | head -1)
  $ for args in "aging --format csv" "aging --detail --format csv" \
  >     "statement $customer --format csv" "report dso --format csv" \
  >     "report forecast --format csv" "report risk --format csv" "report tax --format csv" \
  >     "report payments --format csv" "customer list --format csv" \
  >     "invoice list --format csv" "invoice list --status draft --format csv" \
  >     "remind --format csv" "export --format csv --table customers"; do
  >   printf '%s: %s\n' "$args" "$(dues --bom $args | bom)"
  > done
  aging --format csv: efbbbf
  aging --detail --format csv: efbbbf
  statement * --format csv: efbbbf (glob)
  report dso --format csv: efbbbf
  report forecast --format csv: efbbbf
  report risk --format csv: efbbbf
  report tax --format csv: efbbbf
  report payments --format csv: efbbbf
  customer list --format csv: efbbbf
  invoice list --format csv: efbbbf
  invoice list --status draft --format csv: efbbbf
  remind --format csv: efbbbf
  export --format csv --table customers: efbbbf
  $ dues aging --format csv --bom | bom
  efbbbf

After the BOM the bytes are those without it; other formats never get one:

  $ dues --bom aging --format csv | tail -c +4 > with
  $ dues aging --format csv > without
  $ cmp with without
  $ dues --bom aging --format json | bom
  7b0a20
  $ dues --bom aging | head -c 3
  Agi (no-eol)

export --output FILE gets it too:

  $ dues --bom export --format csv --table documents --output documents.csv
  $ bom < documents.csv
  efbbbf

The setting does the same for every run; dues check accepts it, and rejects a
non-boolean:

  $ printf '\n[output]\ncsv-bom = true\n' >> dues.toml
  $ dues check > /dev/null
  $ dues aging --format csv | bom
  efbbbf
  $ sed -i 's/^csv-bom = true$/csv-bom = "yes"/' dues.toml
  $ dues check
  dues: error: dues.toml:*: 'csv-bom' in [output] must be true or false* (glob)
  dues: error: the ledger has 1 error; nothing was changed
  [3]
