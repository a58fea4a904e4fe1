`dues import customers|open-items` reads what `dues export --format csv` writes: the
customers and open_items tables of an example ledger, imported into a fresh `dues init`
ledger with the same settings, give the same `dues aging` per customer and currency, at
the end and mid-history (docs/import.md).

  $ export DUES_TODAY=2026-12-31 LC_ALL=C.UTF-8

  $ roundtrip() { # EXAMPLE AS_OF [json]
  >   local old="$EXAMPLES/$1" new="$CRAMTMP/new-$1-$2-${3:-csv}" c="$CRAMTMP/c.csv" o="$CRAMTMP/o.csv"
  >   dues init "$new" >/dev/null || return 1
  >   cp "$old/dues.toml" "$new/dues.toml" # the same settings: terms, aging buckets
  >   if [ "${3:-}" = json ]; then
  >     c="$CRAMTMP/all.json" o="$CRAMTMP/all.json"
  >     dues -C "$old" export --format json --to "$2" --output "$c"
  >   else
  >     dues -C "$old" export --format csv --table customers --output "$c"
  >     dues -C "$old" export --format csv --table open_items --to "$2" --output "$o"
  >   fi
  >   dues -C "$new" import customers "$c" --apply | tail -1
  >   dues -C "$new" import open-items "$o" --apply | tail -1
  >   dues -C "$new" check
  >   cmp <(dues -C "$old" aging --as-of "$2" --format json) \
  >       <(dues -C "$new" aging --as-of "$2" --format json) && echo "same aging on $2"
  >   dues -C "$new" import open-items "$o" --apply | tail -1
  > }

  $ roundtrip tiny 2026-12-31
  imported 3 customers, 0 already there
  imported 2 opening items, 0 already there
  ok: 3 customers, 2 invoices (2 opening), 0 credit notes, 0 payments, 0 refunds in 1 journal file
  same aging on 2026-12-31
  imported 0 opening items, 2 already there
  $ roundtrip tiny 2026-03-15
  imported 3 customers, 0 already there
  imported 2 opening items, 0 already there
  ok: 3 customers, 2 invoices (2 opening), 0 credit notes, 0 payments, 0 refunds in 1 journal file
  same aging on 2026-03-15
  imported 0 opening items, 2 already there
  $ roundtrip eu-agency 2026-12-31
  imported 22 customers, 0 already there
  imported 19 opening items, 0 already there
  ok: 22 customers, 19 invoices (19 opening), 0 credit notes, 0 payments, 0 refunds in 1 journal file
  same aging on 2026-12-31
  imported 0 opening items, 19 already there
  $ roundtrip eu-agency 2025-06-30
  imported 22 customers, 0 already there
  imported 16 opening items, 0 already there
  ok: 22 customers, 16 invoices (16 opening), 0 credit notes, 0 payments, 0 refunds in 2 journal files
  same aging on 2025-06-30
  imported 0 opening items, 16 already there
  $ roundtrip cn-trading 2026-12-31
  imported 23 customers, 0 already there
  imported 28 opening items, 0 already there
  ok: 23 customers, 27 invoices (27 opening), 1 credit note (1 opening), 0 payments, 0 refunds in 2 journal files
  same aging on 2026-12-31
  imported 0 opening items, 28 already there
  $ roundtrip cn-trading 2025-05-01
  imported 23 customers, 0 already there
  imported 18 opening items, 0 already there
  ok: 23 customers, 18 invoices (18 opening), 0 credit notes, 0 payments, 0 refunds in 2 journal files
  same aging on 2025-05-01
  imported 0 opening items, 18 already there
  $ roundtrip dunning 2026-12-31
  imported 4 customers, 0 already there
  imported 5 opening items, 0 already there
  ok: 4 customers, 5 invoices (5 opening), 0 credit notes, 0 payments, 0 refunds in 1 journal file
  same aging on 2026-12-31
  imported 0 opening items, 5 already there

From the JSON export (every table in one file):

  $ roundtrip eu-agency 2026-12-31 json
  imported 22 customers, 0 already there
  imported 19 opening items, 0 already there
  ok: 22 customers, 19 invoices (19 opening), 0 credit notes, 0 payments, 0 refunds in 1 journal file
  same aging on 2026-12-31
  imported 0 opening items, 19 already there
  $ roundtrip cn-trading 2025-05-01 json
  imported 23 customers, 0 already there
  imported 18 opening items, 0 already there
  ok: 23 customers, 18 invoices (18 opening), 0 credit notes, 0 payments, 0 refunds in 2 journal files
  same aging on 2025-05-01
  imported 0 opening items, 18 already there

The open_items table in JSON and CSV:

  $ cd "$EXAMPLES/tiny"
  $ dues export --format json | jq -c '.tables.open_items[0]'
  {"document":"INV-2026-0006","kind":"invoice","customer":"ferro","currency":"EUR","date":"2026-04-01","due":"2026-05-01","open_minor":142800,"reference":null,"disputed":0}
  $ dues export --format csv --table open_items | head -1
  document,kind,customer,currency,date,due,open_minor,reference,disputed
