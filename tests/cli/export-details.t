`dues export` streams (issue 14): a balances load (from the snapshot when it fits), then
the documents' journal entries are read again for their details 20,000 documents at a
time, in the order the export reaches them, and let go after (cli::StreamedLedger,
query::DetailsFeed). The bytes written must be those a full parse of the journal wrote,
for every format and table, with and without --from/--to: the hashes below were blessed
with the binary that parsed the whole journal, and the runs with a warm snapshot and
with the cache off give the same files.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-15
  $ /usr/bin/python3 "$ROOT/bench/gen_ledger.py" mid --invoices 25000 --seed 15 > /dev/null
  $ for name in cn-trading eu-agency tiny; do cp -r "$EXAMPLES/$name" "$name"; done

`exports OUT LEDGER [OPTIONS]`: every format, every CSV table, and the SQLite database
as `sqlite3 .dump`.

  $ exports() {
  >   local out=$1 ledger=$2 format table; shift 2
  >   mkdir -p "$out"
  >   for format in beancount ledger hledger json; do
  >     dues -C "$ledger" export --format $format "$@" > "$out/$format" 2>&1 || echo "exit $?" >> "$out/$format"
  >   done
  >   for table in currencies customers documents items tax_lines payments allocations returns events open_items; do
  >     dues -C "$ledger" export --format csv --table $table "$@" > "$out/$table.csv" 2>&1 || echo "exit $?" >> "$out/$table.csv"
  >   done
  >   rm -f "$out.db"
  >   dues -C "$ledger" export --format sqlite --output "$out.db" "$@" && sqlite3 "$out.db" .dump > "$out/sqlite.dump"
  > }
  $ check() { # LEDGER [OPTIONS]
  >   local name=$1 tag
  >   tag=$(echo "$*" | tr -c 'a-z0-9\n' '-')
  >   dues -C "$name" aging > /dev/null
  >   exports "warm-$tag" "$@"
  >   DUES_NO_CACHE=1 exports "none-$tag" "$@"
  >   diff -r "warm-$tag" "none-$tag" && echo "$*: $(cat "warm-$tag"/* | wc -l) lines"
  >   (cd "warm-$tag" && cat $(ls | sort) | sha256sum | cut -c1-16)
  > }

A generated ledger of 25,000 invoices (its documents read in two chunks; the examples
below fit in one):

  $ while read -r args; do check $args; done <<EOA
  > mid
  > mid --from 2025-03-01 --to 2026-02-28
  > EOA
  mid: 2885528 lines
  4dbe587a0470b47e
  mid --from 2025-03-01 --to 2026-02-28: 1074230 lines
  8848c2f19a857cd0

The example ledgers (credit notes, voids, several currencies and tax rates):

  $ while read -r args; do check $args; done <<EOA
  > cn-trading
  > eu-agency
  > eu-agency --from 2025-09-30
  > tiny
  > tiny --to 2026-03-15
  > EOA
  cn-trading: 32176 lines
  154bfc66a4b22c92
  eu-agency: 29220 lines
  d7ff134fd0c219c0
  eu-agency --from 2025-09-30: 18515 lines
  34411d826e693ab8
  tiny: 1211 lines
  7b7f250b6d58b8a1
  tiny --to 2026-03-15: 831 lines
  90e7aa81e6411160
