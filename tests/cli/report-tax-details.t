`dues report tax` reads the tax lines of only the documents it sums (issue 15): a
balances load (from the snapshot when it fits), then the journal entries of the
documents dated in the period and of those paid in it are read again for their stored
tax lines (cli/details.hpp). What it prints must be byte for byte what a full parse of
the journal printed, for every format and option: the hashes below were blessed with
the binary that parsed the whole journal, and the runs with a warm snapshot and with the
cache off give the same files.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-15 SOURCE_DATE_EPOCH=1767225600
  $ /usr/bin/python3 "$ROOT/bench/gen_ledger.py" big --invoices 10000 --seed 14 > /dev/null
  $ for name in cn-trading dunning eu-agency tiny; do cp -r "$EXAMPLES/$name" "$name"; done

`taxes OUT LEDGER`: the summary over years, quarters, months and ranges, as table, CSV,
JSON, HTML and XLSX, for a currency and for a customer, as of the end and mid-history.

  $ taxes() {
  >   local out=$1 ledger=$2 n=0 format args customer
  >   mkdir -p "$out"
  >   customer=$(awk '/^\[customers\./ || /^\[\[customer/ { getline; } /^id *=/ { gsub(/[" ]/, "", $3); print $3; exit }' "$ledger/customers.toml")
  >   customer=${customer:-$(sed -n 's/^\[\(customers\.\)\{0,1\}\([^].]*\)\]$/\2/p' "$ledger/customers.toml" | head -1)}
  >   while read -r args; do
  >     for format in table csv json html xlsx; do
  >       n=$((n + 1))
  >       dues -C "$ledger" report tax $args --format $format > "$out/$n.$format" 2>&1
  >       echo "exit $?" >> "$out/$n.$format"
  >     done
  >   done <<EOA
  > --period 2024
  > --period 2025
  > --period 2026
  > --period 2025-Q3
  > --period 2026-Q1
  > --period 2026-Q3
  > --period 2026-02
  > --period 2024-12
  > --from 2025-06-15 --to 2026-01-10
  > --period 2026 --currency EUR
  > --period 2025 --currency JPY
  > --period 2026 --customer $customer
  > --period 2025-Q4 --as-of 2025-11-20
  > --period 2026 --as-of 2026-03-01
  > EOA
  > }
  $ for name in big cn-trading dunning eu-agency tiny; do
  >   dues -C "$name" aging > /dev/null
  >   taxes "warm-$name" "$name"
  >   DUES_NO_CACHE=1 taxes "none-$name" "$name"
  >   diff -r "warm-$name" "none-$name" && echo "$name: $(grep -l '^exit 0' "warm-$name"/* | wc -l) of $(ls "warm-$name" | wc -l) ran"
  >   (cd "warm-$name" && cat $(ls | sort -n) | sha256sum | cut -c1-16)
  > done
  big: 70 of 70 ran
  4838969f48d4b75b
  cn-trading: 70 of 70 ran
  d06a924b201c345b
  dunning: 70 of 70 ran
  d4982d9e8bf670df
  eu-agency: 70 of 70 ran
  029a304aac5228ca
  tiny: 70 of 70 ran
  25d71c97ffff5139
