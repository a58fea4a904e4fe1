The README's promise: every command refuses to work on a ledger that does not check.
run-every-command.sh runs every command (reports, writes, dry runs, drafts, customers,
reconcile) against one bad-input case and prints only the commands that exit other than
3 (5 for an environment problem) or change a file. First, on the valid base ledger every
one of them succeeds, so a failure below is the broken ledger's doing:

  $ every() { bash "$TESTS/bad-input/run-every-command.sh" "$1"; }
  $ every base | grep -v ': exit 0$'
  [1]

One broken ledger per class of error `dues check` knows; nothing may be printed:

  $ every date-february-30              # syntax of an entry
  $ every unterminated-string           # syntax of a value
  $ every invalid-utf8                  # encoding
  $ every tab                           # layout fmt repairs
  $ every amount-too-many-decimals-eur  # amounts and currencies
  $ every unknown-customer              # references
  $ every duplicate-invoice-id          # ids
  $ every numbering-gap                 # numbering
  $ every total-mismatch                # stored totals
  $ every item-amount-mismatch          # stored item amounts
  $ every tax-line-mismatch             # stored tax lines
  $ every instalments-do-not-add-up     # instalments
  $ every over-allocation               # money applied beyond what is open
  $ every void-twice                    # status events
  $ every customers-bad-toml            # customers.toml
  $ every customer-unknown-terms        # customers' references to settings
  $ every settings-unknown-key          # dues.toml
  $ every settings-format-newer         # a newer format (exit 5)
  $ every h-dev-zero-journal            # not a regular file (exit 5)
  $ every h-dev-zero-profile            # a bank profile that is not a regular file
  $ every h-customers-link-loop         # a symbolic link loop (exit 5)
  $ every h-journal-append-outside      # a settings path outside the ledger
