Issue 21 item 5: an unreadable journal/, drafts/, recurring/ or bank/ folder was taken
for an empty one (`check` said "ok: 0 invoices", `recur` issued nothing, exit 0). Now it
is exit 5 naming the folder. A symbolic link loop at customers.toml is reported as one,
not as "unknown customer" at every journal line; a folder, loop or FIFO as dues.toml says
so instead of "no dues.toml".

  $ export DUES_TODAY=2026-06-01
  $ chmod 755 "$CRAMTMP" .
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger && mkdir drafts recurring bank
  $ chmod -R a+rX .

Permissions do not stop root, so the folders are read as the user nobody:

  $ as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups dues "$@"; }
  $ for folder in journal drafts recurring bank; do
  >   chmod 000 $folder; as_nobody check; echo "exit $?"; as_nobody recur --dry-run; echo "exit $?"
  >   chmod 755 $folder
  > done
  dues: error: cannot read folder journal/: Permission denied
  exit 5
  dues: error: cannot read folder journal/: Permission denied
  exit 5
  dues: error: cannot read folder drafts/: Permission denied
  exit 5
  dues: error: cannot read folder drafts/: Permission denied
  exit 5
  dues: error: cannot read folder recurring/: Permission denied
  exit 5
  dues: error: cannot read folder recurring/: Permission denied
  exit 5
  dues: error: cannot read folder bank/: Permission denied
  exit 5
  dues: error: cannot read folder bank/: Permission denied
  exit 5

Links and odd files:

  $ mv customers.toml c && ln -s customers.toml customers.toml && dues check
  dues: error: cannot read customers.toml: a symbolic link loop (or too many links)
  [5]
  $ rm customers.toml && mv c customers.toml
  $ mv dues.toml d && mkdir dues.toml && dues check
  dues: error: cannot read */ledger/dues.toml: a folder, not a regular file (glob)
  [5]
  $ rmdir dues.toml && ln -s dues.toml dues.toml && dues -C . check
  dues: error: cannot read ./dues.toml: a symbolic link loop
  [5]
  $ rm dues.toml && mkfifo dues.toml && timeout 10 dues check
  dues: error: cannot read */ledger/dues.toml: a FIFO (named pipe), not a regular file (glob)
  [5]
  $ rm dues.toml && mv d dues.toml && dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
