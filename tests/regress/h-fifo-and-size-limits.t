Issue 21 item 4: a FIFO where a ledger file is expected made every command wait for
ever, and /dev/zero ended in std::bad_alloc. Every input must be a regular file (exit 5
naming it otherwise), no bigger than its documented limit (docs/limits.md), checked
before anything is read. `timeout` turns a hang into exit 124.

  $ export DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger && mkdir drafts recurring bank
  $ fresh() { rm -f journal/x.dues drafts/x.toml recurring/x.toml bank/x.toml; }
  $ run() { timeout 10 dues "$@"; echo "exit $?"; fresh; }
  $ mkfifo journal/x.dues && run aging
  dues: error: cannot read journal/x.dues: a FIFO (named pipe), not a regular file
  exit 5
  $ mv customers.toml c && mkfifo customers.toml && timeout 10 dues check; echo "exit $?"; rm customers.toml; mv c customers.toml
  dues: error: cannot read customers.toml: a FIFO (named pipe), not a regular file
  exit 5
  $ mkfifo drafts/x.toml && run invoice list
  dues: error: cannot read drafts/x.toml: a FIFO (named pipe), not a regular file
  exit 5
  $ mkfifo recurring/x.toml && run recur
  dues: error: cannot read recurring/x.toml: a FIFO (named pipe), not a regular file
  exit 5
  $ mkfifo bank/x.toml && run statement acme
  dues: error: cannot read bank/x.toml: a FIFO (named pipe), not a regular file
  exit 5
  $ printf 'date = "Date"\namount = "Amount"\ncurrency = "EUR"\n' > ../p.toml
  $ mkfifo ../export.csv && timeout 10 dues reconcile ../export.csv --profile ../p.toml
  dues: error: cannot read ../export.csv: a FIFO (named pipe), not a regular file
  [3]
  $ timeout 10 dues reconcile /dev/zero --profile ../p.toml
  dues: error: cannot read /dev/zero: a device, not a regular file
  [3]
  $ printf 'Date,Amount\n' > ../ok.csv && timeout 10 dues reconcile ../ok.csv --profile /dev/zero
  dues: error: cannot read /dev/zero: a device, not a regular file
  [5]

Sizes are checked before reading (sparse files: nothing is written to disk):

  $ truncate -s 17M drafts/x.toml && run check
  dues: error: drafts/x.toml is too big: 17825792 bytes, more than the 16777216 this kind of file may have (docs/limits.md)
  exit 3
  $ truncate -s 5G journal/x.dues && run aging
  dues: error: journal/x.dues is too big: 5368709120 bytes, more than the 4294967296 this kind of file may have (docs/limits.md)
  exit 3
  $ truncate -s 2G ../big.csv && dues reconcile ../big.csv --profile ../p.toml
  dues: error: ../big.csv is too big: 2147483648 bytes, more than the 1073741824 this kind of file may have (docs/limits.md)
  [3]
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
