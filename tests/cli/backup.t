dues backup, backup --verify and restore (privacy, issue 20): a tar + zstd archive of the
ledger with a sha256 manifest, taken under the ledger lock, so a backup taken while 20
writers run restores to a ledger that passes check and holds every write acknowledged
before the backup began.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cat >> ledger/customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > EOF
  $ cat >> ledger/journal/2026.dues <<'EOF'
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100000.00 EUR
  > EOF
  $ export DUES_TODAY=2026-03-01

A quiet ledger: the archive holds every file, the manifest is what sha256sum reads, and
restore gives the same bytes and runs check (an empty folder, such as drafts/ here, is
not kept).

  $ dues -C ledger backup quiet.tar.zst
  backed up 5 files (*) to quiet.tar.zst (tar + zstd, * bytes), with MANIFEST.sha256 (glob)
  $ tar --zstd -tf quiet.tar.zst
  .gitattributes
  .gitignore
  customers.toml
  dues.toml
  journal/2026.dues
  MANIFEST.sha256
  $ mkdir check && tar --zstd -xf quiet.tar.zst -C check && (cd check && sha256sum -c --quiet MANIFEST.sha256) && echo manifest ok
  manifest ok
  $ dues backup --verify quiet.tar.zst
  ok: 5 files match MANIFEST.sha256
  $ dues restore quiet.tar.zst restored
  restored 5 files into restored
  ok: 1 customer, 1 invoice, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ diff -r ledger restored
  Only in ledger: drafts
  [1]
  $ dues restore quiet.tar.zst restored
  dues: error: restored is not an empty folder; restore into a new one
  [2]

A damaged archive is refused, naming what differs, and nothing is restored:

  $ mkdir bad && tar --zstd -xf quiet.tar.zst -C bad && echo '2026-01-06 note acme "x"' >> bad/journal/2026.dues
  $ tar --zstd -cf bad.tar.zst -C bad .gitattributes .gitignore customers.toml dues.toml journal/2026.dues MANIFEST.sha256
  $ dues backup --verify bad.tar.zst
  dues: error: bad.tar.zst: journal/2026.dues: sha256 differs from the manifest
  dues: error: bad.tar.zst does not match its manifest; nothing was restored
  [3]
  $ dues restore bad.tar.zst nothing
  dues: error: bad.tar.zst: journal/2026.dues: sha256 differs from the manifest
  dues: error: bad.tar.zst does not match its manifest; nothing was restored
  [3]
  $ test -e nothing || echo "not created"
  not created

Twenty writers, each recording payments one after the other and noting each one the
ledger acknowledged; the backup starts in the middle:

  $ for w in $(seq 1 20); do
  >   (for k in $(seq 1 6); do
  >      dues -C ledger pay acme 1.00 --ref "w$w-$k" > /dev/null 2>&1 && echo "w$w-$k" >> acked.$w
  >    done) &
  > done
  $ until cat acked.* 2>/dev/null | grep -q .; do sleep 0.1; done
  $ cat acked.* > acked-before-backup 2>/dev/null; dues -C ledger backup busy.tar.zst > /dev/null; echo $?
  0
  $ wait
  $ dues restore busy.tar.zst busy | tail -1 | sed 's/[0-9]* payments/N payments/'
  ok: 1 customer, 1 invoice, 0 credit notes, N payments, 0 refunds in 1 journal file
  $ test -s acked-before-backup && echo "some writes were acknowledged before the backup"
  some writes were acknowledged before the backup
  $ while read -r ref; do grep -q "ref \"$ref\"" busy/journal/2026.dues || echo "$ref lost"; done < acked-before-backup
  $ dues -C ledger check | sed 's/[0-9]* payments/N payments/'
  ok: 1 customer, 1 invoice, 0 credit notes, N payments, 0 refunds in 1 journal file
