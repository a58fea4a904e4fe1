# shellcheck shell=bash disable=SC2154
# Generated benchmark inputs, cached: sourced by bench/run.sh and bench/reconcile-phases.sh.
#
# Needs: $root (the worktree), $out (the cache folder), $tmp (a scratch folder), and a
# function `meta SIZE KEY VALUE` that records facts (define it as `:` to ignore them);
# $verify=1 regenerates into $tmp and compares sha256 sums with the cache.
#
# A cached folder's name holds the generator's arguments and the first 8 hex digits of the
# generator's own sha256, so changing either makes a new folder; `.done` marks a complete
# one, `.sha256` holds a digest of its files (path-independent: names are relative).

seed_ledger=${seed_ledger:-42}
seed_bank=${seed_bank:-7}
verify=${verify:-0}

short_hash() { sha256sum "$@" | sha256sum | cut -c1-12; }

# ensure_ledger SIZE -> sets $ledger: SIZE invoices, SIZE/100 customers (at least 20)
ensure_ledger() {
  local size=$1 customers=$(($1 / 100 < 20 ? 20 : $1 / 100))
  local gen=$root/bench/gen_ledger.py
  ledger=$out/ledger-${size}i-${customers}c-s$seed_ledger-g$(sha256sum <"$gen" | cut -c1-8)
  if [[ ! -f $ledger/.done ]]; then
    echo "generating $size invoices into $ledger ..." >&2
    rm -rf "$ledger"
    local start=$EPOCHREALTIME
    nice python3 "$gen" "$ledger" --invoices "$size" --customers "$customers" --seed "$seed_ledger"
    awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f\n", b - a }' >"$ledger/.seconds"
    (cd "$ledger" && short_hash dues.toml customers.toml journal/*.dues) >"$ledger/.sha256"
    touch "$ledger/.done"
  fi
  if ((verify)); then
    rm -rf "$tmp/verify"
    nice python3 "$gen" "$tmp/verify" --invoices "$size" --customers "$customers" \
      --seed "$seed_ledger"
    local again
    again=$(cd "$tmp/verify" && short_hash dues.toml customers.toml journal/*.dues)
    meta "$size" verify_ledger \
      "$([[ $again == "$(cat "$ledger/.sha256")" ]] && echo same || echo DIFFERENT)"
    rm -rf "$tmp/verify"
  fi
  meta "$size" customers "$customers"
  meta "$size" ledger "$ledger"
  meta "$size" ledger_sha256 "$(cat "$ledger/.sha256")"
  meta "$size" ledger_seconds "$(cat "$ledger/.seconds" 2>/dev/null || echo ?)"
}

# ensure_bank SIZE [LINES] -> sets $bank (bank.csv and bench.toml) against $ledger;
# LINES defaults to SIZE/10 (at least 100)
ensure_bank() {
  local size=$1 lines=${2:-$(($1 / 10 < 100 ? 100 : $1 / 10))}
  local gen=$root/bench/gen_bank.py
  bank=$out/bank-$(basename "$ledger")-r$lines-s$seed_bank-g$(sha256sum <"$gen" | cut -c1-8)
  if [[ ! -f $bank/.done ]]; then
    echo "generating $lines bank lines into $bank ..." >&2
    rm -rf "$bank"
    local start=$EPOCHREALTIME
    nice python3 "$gen" "$ledger" "$bank" --lines "$lines" --seed "$seed_bank"
    awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f\n", b - a }' >"$bank/.seconds"
    (cd "$bank" && short_hash bank.csv bench.toml) >"$bank/.sha256"
    touch "$bank/.done"
  fi
  if ((verify)); then
    rm -rf "$tmp/verify"
    nice python3 "$gen" "$ledger" "$tmp/verify" --lines "$lines" --seed "$seed_bank"
    local again
    again=$(cd "$tmp/verify" && short_hash bank.csv bench.toml)
    meta "$size" verify_bank \
      "$([[ $again == "$(cat "$bank/.sha256")" ]] && echo same || echo DIFFERENT)"
    rm -rf "$tmp/verify"
  fi
  meta "$size" bank_lines "$lines"
  meta "$size" bank_sha256 "$(cat "$bank/.sha256")"
  meta "$size" bank_seconds "$(cat "$bank/.seconds" 2>/dev/null || echo ?)"
}
