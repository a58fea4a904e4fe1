# Sourced by the export cram tests: verify LEDGER_DIR [TO] exports the ledger to
# beancount, ledger and hledger (out.beancount, out.ledger, out.hledger in the current
# folder), has bean-check, `hledger check` and `ledger --pedantic` read them, and
# compares each tool's per-customer receivable balance with `dues aging` (balances.sh).
verify() {
  local dir=$1 to=${2-} opt=() balances="$TESTS/export/balances.sh"
  [ -n "$to" ] && opt=(--to "$to")
  for f in beancount ledger hledger; do
    dues -C "$dir" export --format $f "${opt[@]}" --output "out.$f" || return 1
  done
  bean-check out.beancount || return 1
  hledger -f out.hledger check accounts commodities || return 1
  ledger -f out.ledger --pedantic bal > /dev/null || return 1
  "$balances" aging "$dir" "${to:-9899-12-31}" > expected
  [ -s expected ] || { echo "no balances"; return 1; }
  for f in beancount ledger hledger; do
    "$balances" $f "out.$f" | diff -u expected - || { echo "$f differs"; return 1; }
  done
  echo "$(wc -l < expected) balances agree"
}
