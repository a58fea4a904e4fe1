How dues reports mistakes on the command line (exit 2) and a missing ledger (exit 5).

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$EXAMPLES/tiny" ledger

--version names the version and the newest ledger format it reads:

  $ dues --version | sed 's/^dues [0-9][0-9.]*[^ ]* /dues VERSION /'
  dues VERSION (ledger format 1)

No command: the help, on stderr, and exit 2:

  $ dues > out 2> err
  [2]
  $ wc -c < out
  0
  $ head -2 err
  dues: accounts receivable in plain text
  Usage: dues [OPTIONS] [SUBCOMMAND]
  $ grep -c '^  init\|^  check\|^  fmt\|^  aging' err
  4

--help is not a mistake: exit 0, on stdout:

  $ dues --help | head -1
  dues: accounts receivable in plain text
  $ dues aging --help | head -2
  open receivables by age, per customer and currency
  Usage: dues aging [OPTIONS]

Unknown commands and options, missing and bad values:

  $ dues frobnicate
  dues: error: unknown command 'frobnicate'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues --frobnicate check
  dues: error: unknown option '--frobnicate' for 'dues'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues -C ledger check --frobnicate
  dues: error: unknown option '--frobnicate' for 'dues check'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues -C ledger aging --detail extra
  dues: error: The following argument was not expected: extra
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues -C
  dues: error: -C: 1 required DIR missing
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues --color sometimes -C ledger check
  dues: error: --color: sometimes not in {auto,always,never}
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues --today 2026-02-30 -C ledger check
  dues: error: --today: not a valid date (YYYY-MM-DD): '2026-02-30'
  [2]
  $ DUES_TODAY=tomorrow dues -C ledger check
  dues: error: DUES_TODAY: not a valid date (YYYY-MM-DD): 'tomorrow'
  [2]

Global options work before and after the command:

  $ dues -C ledger --today 2026-05-15 aging --format csv | head -1
  as_of,basis,currency,customer,name,not due,1-30,31-60,60+,credit,total
  $ dues aging --format csv -C ledger --today 2026-05-15 | head -1
  as_of,basis,currency,customer,name,not due,1-30,31-60,60+,credit,total

No ledger: exit 5 with a hint, whether the folder is named with -C or DUES_LEDGER:

  $ mkdir empty
  $ dues -C empty check
  dues: error: no dues.toml in empty (run 'dues init empty' to start a ledger)
  [5]
  $ DUES_LEDGER=empty dues check
  dues: error: no dues.toml in empty (run 'dues init empty' to start a ledger)
  [5]
  $ dues -C does-not-exist aging
  dues: error: no dues.toml in does-not-exist (run 'dues init does-not-exist' to start a ledger)
  [5]

Usage errors are found before anything is read or written:

  $ dues -C empty aging --format xml
  dues: error: --format: expected one of table, csv, json, html, xlsx, not 'xml'
  [2]
  $ dues -C empty fmt --check --frobnicate
  dues: error: unknown option '--frobnicate' for 'dues fmt'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
