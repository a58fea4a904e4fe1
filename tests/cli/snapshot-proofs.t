A run that finds a snapshot proves it current without reading every journal file: a
file whose identity (size, modification and change time, inode) is the one an earlier
run saw, at least a second after the file last changed, and whose sampled bytes are the
same, counts with the hash that run took. Anything else is read and hashed in full.
Whatever the edit, every report gives what a run without the cache gives.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-23
  $ cp -r "$EXAMPLES/eu-agency" ledger
  $ differ() { bash "$TESTS/tools/snapshot-differential.sh" "$(command -v dues)" ledger almhof; }
  $ reads() { strace -f -y -e trace=read -o trace.txt dues -C ledger aging > /dev/null; grep -q "^[0-9]* *read([0-9]*<[^>]*journal/$1>" trace.txt && echo read || echo not read; }

Proofs are kept beside the snapshot. A second after the files' last change, a run's
proofs hold, and the old journal is not read again (only its identity and sampled bytes
are looked at, with pread).

  $ dues -C ledger aging > /dev/null
  $ ls cache | sed 's/^[0-9a-f]*//'
  .snapshot
  .snapshot.proofs
  $ sleep 1.1; dues -C ledger aging > /dev/null
  $ reads 2025.dues
  not read
  $ differ

A file changed less than a second before the proofs were taken is read every time
(racily clean, as git says: a change within the same tick of the file system's clock
would not show in its times). A modification time in the future is always that close.

  $ touch -d '1 hour' ledger/journal/2025.dues
  $ reads 2025.dues
  read
  $ reads 2025.dues
  read
  $ differ

Touched without change: read once, then proven again.

  $ touch ledger/journal/2025.dues
  $ reads 2025.dues
  read
  $ sleep 1.1; dues -C ledger aging > /dev/null
  $ reads 2025.dues
  not read
  $ differ

An edit in the middle of an old file that keeps its size, made within the second the
snapshot's proofs were taken, and one whose modification time is put back (`touch -r`):
both are seen (the change time cannot be put back).

  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ cp -p ledger/journal/2025.dues saved.dues
  $ sed -i 's/^\(2025-01-03 invoice NL-2025-0001 customer almhof due 2025-02-0\)2/\19/' ledger/journal/2025.dues
  $ cmp -s saved.dues ledger/journal/2025.dues || echo changed
  changed
  $ stat -c %s saved.dues ledger/journal/2025.dues | uniq | wc -l
  1
  $ differ
  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ sed -i 's/^\(2025-01-03 invoice NL-2025-0001 customer almhof due 2025-02-0\)9/\12/' ledger/journal/2025.dues
  $ touch -r saved.dues ledger/journal/2025.dues
  $ cmp saved.dues ledger/journal/2025.dues
  $ differ

The same bytes put in place by a rename (a new inode, the old times kept): read again.

  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ cp -p ledger/journal/2025.dues ledger/journal/copy.tmp && mv ledger/journal/copy.tmp ledger/journal/2025.dues
  $ reads 2025.dues
  read
  $ differ

Appended to the last file, by a write and by hand: the text after the proven part is
parsed on top of the snapshot.

  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ dues -C ledger pay almhof 50.00 > /dev/null
  $ differ
  $ printf '2026-11-21 payment ZE-00221 customer almhof amount 1.00 EUR\n  apply NL-2026-0092 1.00\n' >> ledger/journal/2026.dues
  $ differ

Cut shorter, edited in the middle and appended to at once, and a file renamed:

  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ head -n -2 ledger/journal/2026.dues > cut && cat cut > ledger/journal/2026.dues
  $ differ
  $ printf '2026-11-21 payment ZE-00221 customer almhof amount 1.00 EUR\n  apply NL-2026-0092 1.00\n' >> ledger/journal/2026.dues
  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ sed -i 's/ZE-00221 customer almhof amount 1.00 EUR/ZE-00221 customer almhof amount 3.00 EUR/; s/apply NL-2026-0092 1.00/apply NL-2026-0092 3.00/' ledger/journal/2026.dues
  $ printf '2026-11-22 payment ZE-00222 customer almhof amount 2.00 EUR\n  apply NL-2026-0092 2.00\n' >> ledger/journal/2026.dues
  $ differ
  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ mv ledger/journal/2025.dues ledger/journal/2025-old.dues
  $ differ
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5595.00

An invalid edit is reported as a full parse reports it, with or without proofs.

  $ sleep 1.1; dues -C ledger aging > /dev/null; dues -C ledger aging > /dev/null
  $ sed -i 's/^2025-01-03 invoice NL-2025-0001 customer almhof/2025-01-03 invoice NL-2025-0001 customer nobody/' ledger/journal/2025-old.dues
  $ differ
  $ dues -C ledger aging > /dev/null 2>&1; echo "exit $?"
  exit 3

Proofs that do not read are ignored.

  $ printf 'garbage' > cache/*.proofs
  $ differ
