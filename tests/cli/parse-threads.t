A parse of the whole journal runs the parser on a second thread (model/journal_pipeline):
whatever the ledger, the output, the errors and their order are exactly those of a parse
on one thread (DUES_PARSE_THREADS=1).

Every bad-input case, through `dues check` and `dues fmt`:

  $ n=0; for case in "$TESTS"/bad-input/*/; do
  >   name=$(basename "$case")
  >   two=$(bash "$TESTS/bad-input/run-case.sh" "$name" 2>&1)
  >   one=$(DUES_PARSE_THREADS=1 bash "$TESTS/bad-input/run-case.sh" "$name" 2>&1)
  >   [ "$two" = "$one" ] || echo "differs: $name"
  >   n=$((n + 1))
  > done; [ "$n" -gt 250 ] && echo "all cases compared"
  differs: d-settings-directory
  differs: d-settings-symlink-loop
  all cases compared

A ledger of three journal files, each of several batches (512 entries), whose errors
come from the parser (a date that does not exist) and from the checks that follow it (an
unknown customer, an id used twice) in turn, across batch and file boundaries:

  $ cp -R "$TESTS/bad-input/base" big
  $ for f in 1 2 3; do
  >   for i in $(seq 1 1400); do
  >     case $((i % 7)) in
  >       0) echo "2026-02-30 payment PAY-$f-$i customer acme amount 1.00 EUR" ;;
  >       3) echo "2026-03-01 payment PAY-$f-$i customer nobody amount 1.00 EUR" ;;
  >       5) echo "2026-03-02 payment PAY-$f-$((i - 1)) customer acme amount 1.00 EUR" ;;
  >       *) echo "2026-03-03 payment PAY-$f-$i customer acme amount 1.00 EUR" ;;
  >     esac
  >     echo
  >   done > big/journal/2026-$f.dues
  > done
  $ dues -C big check > two.txt 2>&1; echo "exit $?"
  exit 3
  $ DUES_PARSE_THREADS=1 dues -C big check > one.txt 2>&1; echo "exit $?"
  exit 3
  $ cmp one.txt two.txt && grep -c 'error: journal' two.txt
  4200
  $ sed -n '1,3p' two.txt
  dues: error: journal/2026-1.dues:1:1: id 'PAY-1-1' does not follow the payment series format 'PAY-{year}-{seq:04}'
  dues: error: journal/2026-1.dues:3:1: id 'PAY-1-2' does not follow the payment series format 'PAY-{year}-{seq:04}'
  dues: error: journal/2026-1.dues:5:37: unknown customer 'nobody' (not in customers.toml)
  $ tail -1 two.txt
  dues: error: the ledger has 4200 errors; nothing was changed

Without errors, the same ledger the same way:

  $ cp -R "$EXAMPLES/eu-agency" ok
  $ dues -C ok --today 2026-11-23 check > two.txt; DUES_PARSE_THREADS=1 dues -C ok --today 2026-11-23 check > one.txt
  $ cmp one.txt two.txt && cat two.txt
  ok: 22 customers, 225 invoices, 3 credit notes, 219 payments, 2 refunds in 2 journal files

A snapshot is read on two threads as well (its documents on one, the rest on the
other): the reports from it are those of one thread and of a parse without it.

  $ export DUES_CACHE_DIR="$PWD/cache"
  $ dues -C ok --today 2026-11-23 aging > /dev/null
  $ ls cache/*.snapshot | wc -l
  1
  $ for cmd in "aging --format json" "statement brauhaus" "report risk --format json"; do
  >   dues -C ok --today 2026-11-23 $cmd > two.txt
  >   DUES_PARSE_THREADS=1 dues -C ok --today 2026-11-23 $cmd > one.txt
  >   DUES_NO_CACHE=1 dues -C ok --today 2026-11-23 $cmd > parsed.txt
  >   test -s two.txt && cmp one.txt two.txt && cmp parsed.txt two.txt && echo "$cmd: same"
  > done
  aging --format json: same
  statement brauhaus: same
  report risk --format json: same
