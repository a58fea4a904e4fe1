Fifty writers at once: every `dues pay` waits for the ledger lock, numbers its payment
from the ledger as it finds it under the lock, re-validates, and appends. None is lost,
no id is taken twice, and the ledger stays valid.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cat >> ledger/customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > EOF
  $ cat >> ledger/journal/2026.dues <<'EOF'
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 10000.00 EUR
  > EOF
  $ export DUES_TODAY=2026-03-01
  $ for i in $(seq 1 50); do
  >   (dues -C ledger pay acme 10.00 --ref "writer $i" > out.$i 2>&1; echo $? > rc.$i) &
  > done; wait
  $ cat rc.* | sort | uniq -c | sed 's/^ *//'
  50 0
  $ grep -c '^2026-03-01 payment PAY-2026-' ledger/journal/2026.dues
  50
  $ grep -o '^2026-03-01 payment PAY-2026-[0-9]*' ledger/journal/2026.dues | sort -u | wc -l | tr -d ' '
  50
  $ for i in $(seq 1 50); do grep -q "ref \"writer $i\"" ledger/journal/2026.dues || echo "writer $i lost"; done
  $ dues -C ledger check
  ok: 1 customer, 1 invoice, 0 credit notes, 50 payments, 0 refunds in 1 journal file
  $ dues -C ledger aging --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,90+,credit,total
  2026-03-01,due,EUR,acme,ACME Corporation,0.00,9500.00,0.00,0.00,0.00,0.00,9500.00

A writer that cannot get the lock in time gives up with exit 4 and writes nothing.

  $ cp ledger/journal/2026.dues before.dues
  $ flock ledger/.dues.lock sleep 2 &
  $ sleep 0.3
  $ DUES_LOCK_TIMEOUT=0 dues -C ledger pay acme 10.00
  dues: error: another dues process is writing to this ledger (lock .dues.lock held for more than 0 ms); try again
  [4]
  $ wait
  $ cmp before.dues ledger/journal/2026.dues
