Writers killed with SIGKILL at random moments never leave a broken ledger, and every
write they reported is there: an entry is appended with one O_APPEND write and fsync,
after the whole new ledger was validated in memory.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cat >> ledger/customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > EOF
  $ python3 - >> ledger/journal/2026.dues <<'EOF'
  > for n in range(1, 1501):
  >     print(f"2026-01-05 invoice INV-2026-{n:04d} customer acme due 2026-02-04 total 100.00 EUR")
  >     print(f"  ; a comment line to make the file bigger, entry {n}")
  > EOF
  $ export DUES_TODAY=2026-03-01
  $ dues -C ledger check
  ok: 1 customer, 1500 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ bash "$TESTS/tools/kill-writers.sh" ledger 200 2> /dev/null
  runs: 200; ledger valid after every run; reported writes missing: 0
  journal holds at least every reported write

A ledger that cannot be written (read-only or full) gives exit 5 and stays unchanged.
The read-only case runs the writer as an unprivileged user (root ignores file modes);
the full disk is a tiny tmpfs in a private mount namespace. Both need root and skip
otherwise.

  $ [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null || exit 80
  $ ro=$(mktemp -d /tmp/dues-readonly.XXXXXX) && chmod 755 "$ro"
  $ cp -r ledger "$ro/" && chmod -R a+rX "$ro"
  $ cp "$ro/ledger/journal/2026.dues" before.dues
  $ setpriv --reuid=65534 --regid=65534 --clear-groups dues -C "$ro/ledger" pay acme 5.00
  dues: error: cannot lock the ledger at .dues.lock: Permission denied
  [5]
  $ cmp before.dues "$ro/ledger/journal/2026.dues"
  $ touch "$ro/ledger/.dues.lock" && chmod a+w "$ro/ledger/.dues.lock"
  $ setpriv --reuid=65534 --regid=65534 --clear-groups dues -C "$ro/ledger" pay acme 5.00
  dues: error: cannot write journal/2026.dues: Permission denied
  [5]
  $ cmp before.dues "$ro/ledger/journal/2026.dues"
  $ rm -rf "$ro"

The full disk: a 1 MiB tmpfs filled to the last page, with the journal ending exactly on
a page boundary, so the append needs a page that is not there.

  $ mkdir full && unshare -m true 2> /dev/null || exit 80
  $ unshare -m bash -c '
  >   mount -t tmpfs -o size=1m tmpfs full || exit 1
  >   dues --today 2026-01-01 init full/ledger > /dev/null
  >   printf "[acme]\nname = \"ACME\"\n" >> full/ledger/customers.toml
  >   journal=full/ledger/journal/2026.dues
  >   echo "2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR" >> $journal
  >   pad=$(( 8192 - $(stat -c %s $journal) - 3 ))
  >   { printf "; "; head -c $pad /dev/zero | tr "\0" x; echo; } >> $journal
  >   stat -c %s $journal
  >   cat /dev/zero > full/filler 2> /dev/null
  >   cp $journal before.dues
  >   dues -C full/ledger pay acme 5.00; echo "exit $?"
  >   cmp before.dues $journal && echo unchanged'
  8192
  dues: error: cannot write journal/2026.dues: No space left on device
  exit 5
  unchanged
