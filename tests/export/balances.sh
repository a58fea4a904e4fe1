#!/usr/bin/env bash
# Prints each customer's receivable balance, one "CUSTOMER CURRENCY AMOUNT" line per
# customer and currency with a balance, sorted, as one source sees it:
#   balances.sh aging LEDGER_DIR [AS_OF]    dues aging --format json (the reference)
#   balances.sh beancount|ledger|hledger FILE   the tool reading `dues export`
#   balances.sh sqlite FILE                     the balances view of --format sqlite
#   balances.sh aging-buckets DIR AS_OF | sqlite-aging FILE
#                                   "CUSTOMER CURRENCY BUCKET AMOUNT": open items by bucket
# The balance is Receivable:{customer} plus CustomerCredit:{customer} (unapplied credit),
# which is what `dues aging` calls the customer's total. Sums are exact (Python Decimal).
set -euo pipefail
source=${1:?usage: balances.sh aging|beancount|ledger|hledger FILE_OR_DIR [AS_OF]}
input=${2:?}
accounts='^(Assets:Receivable|Liabilities:CustomerCredit):'
case $source in
aging)
  dues -C "$input" aging --as-of "${3:-9899-12-31}" --format json |
    jq -r '.currencies[] | .currency as $c | .customers[] | "\(.customer) \($c) \(.total)"' ;;
beancount)
  bean-query -f csv "$input" "SELECT entry_meta('customer') AS c, currency, sum(number) AS n
    WHERE account ~ '$accounts' GROUP BY c, currency" | tail -n +2 | tr ',' ' ' ;;
hledger)
  hledger -f "$input" bal "$accounts" --flat -N -O csv --layout=bare | tail -n +2 |
    tr -d '"' | awk -F, '{ n = split($1, part, ":"); print part[n], $2, $3 }' ;;
ledger)
  ledger -f "$input" reg '^Assets:Receivable:' '^Liabilities:CustomerCredit:' \
    --register-format '%(account)\t%(quantity(scrub(display_amount)))\t%(commodity(scrub(display_amount)))\n' |
    awk -F'\t' '{ n = split($1, part, ":"); print part[n], $3, $2 }' ;;
aging-buckets)
  dues -C "$input" aging --as-of "$3" --format json |
    jq -r '.bucket_labels as $l | .currencies[] | .currency as $c | .customers[] | .customer as $k
      | .buckets | to_entries[] | "\($k) \($c)/\($l[.key] | gsub(" "; "_")) \(.value)"' ;;
sqlite)
  sqlite3 -separator ' ' "$input" "SELECT b.customer, b.currency, b.balance_minor, c.exponent
    FROM balances b JOIN currencies c ON c.code = b.currency" |
    awk '{ print $1, $2, $3 "e-" $4 }' ;;
sqlite-aging)
  sqlite3 -separator ' ' "$input" "SELECT a.customer, a.currency || '/' || replace(a.bucket, ' ', '_'),
    a.open_minor, c.exponent FROM aging a JOIN currencies c ON c.code = a.currency" |
    awk '{ print $1, $2, $3 "e-" $4 }' ;;
*)
  echo "balances.sh: unknown source '$source'" >&2
  exit 2 ;;
esac | /usr/bin/python3 -c '
import sys
from decimal import Decimal
sums = {}
for line in sys.stdin:
    customer, currency, amount = line.split()
    key = (customer, currency)
    sums[key] = sums.get(key, Decimal(0)) + Decimal(amount)
for (customer, currency), amount in sorted(sums.items()):
    if amount != 0:
        print(customer, currency, f"{amount.normalize():f}")
'
