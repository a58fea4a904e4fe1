#!/usr/bin/env bash
# Import speed: `dues import customers` and `dues import open-items` of what a generated
# ledger exports (customers and open_items CSV) into a fresh `dues init` ledger: the
# plan, the --apply run, and a second --apply that finds everything already there. Then
# checks that the new ledger's aging equals the old one's. Prints one line per step:
# wall seconds, CPU seconds, peak RSS in MiB. Not part of the test suite; on a shared
# machine run it small.
#
# Usage: bench/import.sh [SIZE]       (invoices of the generated ledger; default 10000)
# Environment: DUES (default: build/release/src/dues, else build/dev/src/dues);
# BENCH_OUT (default bench/out).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-10000}
out=${BENCH_OUT:-$root/bench/out}/import-$size
. "$root/bench/small.sh"

"$dues" -C "$out/ledger" export --format csv --table customers --output "$out/customers.csv"
"$dues" -C "$out/ledger" export --format csv --table open_items --output "$out/open.csv"
rm -rf "$out/new"
"$dues" init "$out/new" >/dev/null
currency=$(sed -n 's/^currency = "\(.*\)"/\1/p' "$out/ledger/dues.toml" | head -1)
sed -i "s/^currency = \".*\"/currency = \"$currency\"/" "$out/new/dues.toml"
echo "dues import, $(($(wc -l <"$out/customers.csv") - 1)) customers," \
  "$(($(wc -l <"$out/open.csv") - 1)) open-item rows ($("$dues" --version))"
measure "import customers (plan)" "$dues" -C "$out/new" import customers "$out/customers.csv"
measure "import customers --apply" "$dues" -C "$out/new" import customers "$out/customers.csv" --apply
measure "import open-items (plan)" "$dues" -C "$out/new" import open-items "$out/open.csv"
measure "import open-items --apply" "$dues" -C "$out/new" import open-items "$out/open.csv" --apply
measure "import open-items again (nothing)" "$dues" -C "$out/new" import open-items "$out/open.csv" --apply
measure "dues check (the new ledger)" "$dues" -C "$out/new" check
if cmp -s <("$dues" -C "$out/ledger" aging --format json) <("$dues" -C "$out/new" aging --format json); then
  echo "aging: the same in both ledgers"
else
  echo "aging: DIFFERS"
  exit 1
fi
