Shell completions (completions/): every command, subcommand and option of dues is
offered, option values are completed (--format per command, --status, --method, --basis,
--prices, --color, the fields of customer set), and customer ids, invoice ids, draft
names, terms, series and bank profiles come from the ledger that -C, DUES_LEDGER or the
current folder names. tests/lint/check-docs.sh checks that nothing is missing; this file
checks that the completions work in the real shells.

A ledger with three customers, invoices in several states, a draft and two bank
profiles:

  $ export DUES_TODAY=2026-03-01
  $ dues init books > /dev/null
  $ cat >> books/customers.toml <<'TOML'
  > [acme]
  > name = "ACME Corporation"
  > 
  > ["acme.de"]   # quoted, because of the dot
  > name = "ACME GmbH"
  > 
  > [globex]
  > name = "Globex"
  > TOML
  $ cat >> books/dues.toml <<'TOML'
  > 
  > [bank.giro]
  > date = "Datum"
  > amount = "Betrag"
  > currency = "EUR"
  > TOML
  $ mkdir books/bank && cp "$EXAMPLES/bank-profiles/ing-de.toml" books/bank/
  $ dues -C books invoice new acme --item "Design:1:100" --date 2026-01-10
  issued INV-2026-0001 acme 100.00 EUR due 2026-02-09
  $ dues -C books invoice new globex --item "Hosting:1:50"
  issued INV-2026-0002 globex 50.00 EUR due 2026-03-31
  $ dues -C books invoice new globex --item "Support:1:20"
  issued INV-2026-0003 globex 20.00 EUR due 2026-03-31
  $ dues -C books dispute INV-2026-0002 --reason "Quality" > /dev/null
  $ dues -C books invoice void INV-2026-0003 --reason "Twice" > /dev/null
  $ dues -C books invoice new acme --draft --name acme-april --item "Design:8:95" > /dev/null
  $ dues -C books check
  ok: 3 customers, 3 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

The listings the completions use: one id a line, cheap to read.

  $ dues -C books customer list --format ids
  acme
  acme.de
  globex
  $ dues -C books invoice list --format ids --status open
  INV-2026-0001
  INV-2026-0002
  $ dues -C books invoice list --format ids --status draft
  acme-april

bash
----

  $ source "$ROOT/completions/dues.bash"
  $ complete -p dues
  complete -F _dues dues
  $ comp() {
  >   COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  >   COMPREPLY=(); _dues dues "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  >   printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd ' '
  > }

Commands, and global options anywhere:

  $ comp dues ''
  aging apply backup check collect company credit customer dispute export fmt git import init invoice log merge-driver note pay promise reconcile recur refund remind report restore seal security send statement writeoff
  $ comp dues a
  aging apply
  $ comp dues -
  --bom --color --help --today --version -C
  $ comp dues --today 2026-01-02 -C books r
  reconcile recur refund remind report restore

The options of each command, with the global options (they work after the command too):

  $ comp dues init --
  --bom --color --company --country --currency --git --help --today --version
  $ comp dues check -
  --audit --bom --color --help --today --version -C
  $ comp dues fmt --
  --bom --check --color --help --today --version
  $ comp dues aging --
  --as-of --basis --bom --buckets --color --currency --customer --detail --format --help --today --version
  $ comp dues --color never aging --c
  --color --currency --customer
  $ comp dues pay --
  --apply --bom --color --currency --date --dry-run --fee --format --help --method --no-apply --ref --today --version
  $ comp dues reconcile --
  --apply --bom --color --date-tolerance --dry-run --format --help --input-format --profile --profile-check --rows --today --unmask --version
  $ comp dues collect --
  --as-of --bom --color --dry-run --due-by --help --output --pain --today --version
  $ comp dues reconcile --input-format ''
  camt053 camt054 csv mt940
  $ comp dues credit --
  --bom --color --date --dry-run --format --full --help --item --no-apply --reason --today --version

Subcommands, and the options of each:

  $ comp dues customer ''
  add export-data forget list set show
  $ comp dues invoice ''
  issue list new render show void
  $ comp dues -C books invoice s
  show
  $ comp dues customer add --
  --address --alias --bank-account --bom --color --country --credit-limit --currency --email --help --name --tag --tax-id --terms --today --version
  $ comp dues customer set acme --
  --add --bom --color --help --remove --today --unmask --unset --version
  $ comp dues invoice new acme --d
  --date --discount --draft --dry-run --due
  $ comp dues invoice list --
  --as-of --bom --color --customer --format --help --status --today --version
  $ comp dues invoice render INV-2026-0001 --
  --as-of --bom --color --format --help --output --today --version

Option values, also after '=' (bash splits --format=json into three words); --format
offers what the command has:

  $ comp dues aging --format ''
  csv html json table xlsx
  $ comp dues aging --format = j
  json
  $ comp dues statement acme --format ''
  csv html json pdf table xlsx
  $ comp dues reconcile --format ''
  json table
  $ comp dues pay --format ''
  json text
  $ comp dues customer list --format ''
  csv ids json table
  $ comp dues invoice render INV-2026-0001 --format ''
  html pdf text
  $ comp dues aging --basis ''
  due invoice
  $ comp dues --color a
  always auto
  $ comp dues pay acme 10 --method c
  card cash cheque
  $ comp dues refund acme 10 --method ''
  alipay bank card cash cheque other wechat
  $ comp dues invoice list --status = p
  paid partially-paid
  $ comp dues invoice new acme --prices ''
  exclusive inclusive
  $ comp dues aging --as-of ''
  

Terms and series from dues.toml, bank profiles from [bank.NAME] and bank/*.toml:

  $ comp dues -C books invoice new acme --terms ''
  2-10-net30 eom30 net14 net30
  $ comp dues -C books customer add x --terms n
  net14 net30
  $ comp dues -C books invoice new acme --series ''
  invoice
  $ comp dues -C books reconcile --profile ''
  giro ing-de

Customer ids of the ledger named by -C (also -CDIR), by DUES_LEDGER, or found upwards
from the current folder; none when the folder named holds no ledger:

  $ comp dues -C books aging --customer ''
  acme acme.de globex
  $ comp dues -Cbooks aging --customer g
  globex
  $ DUES_LEDGER=books comp dues aging --customer a
  acme acme.de
  $ (cd books/journal && comp dues aging --customer '')
  acme acme.de globex
  $ mkdir empty
  $ comp dues -C empty aging --customer ''
  
  $ DUES_LEDGER=empty comp dues aging --customer ''
  

Customer ids as arguments, invoice ids (open ones where only those make sense, disputed
ones for dispute --resolve), draft names, and the fields of customer set with their
values:

  $ comp dues -C books pay ''
  acme acme.de globex
  $ comp dues -C books pay acme ''
  
  $ comp dues -C books statement --from 2026-01-01 a
  acme acme.de
  $ comp dues -C books invoice new ''
  acme acme.de globex
  $ comp dues -C books customer show g
  globex
  $ comp dues -C books customer set ''
  acme acme.de globex
  $ comp dues -C books customer set acme ''
  address aliases allocation bank-accounts country credit-limit currency dunning emails language name notes reminder-emails tags tax-id terms
  $ comp dues -C books customer set acme allocation ''
  manual oldest-due
  $ comp dues -C books customer set acme terms net
  net14 net30
  $ comp dues -C books writeoff ''
  INV-2026-0001 INV-2026-0002
  $ comp dues -C books pay acme 100 --apply ''
  INV-2026-0001 INV-2026-0002
  $ comp dues -C books dispute ''
  INV-2026-0001 INV-2026-0002
  $ comp dues -C books dispute --resolve ''
  INV-2026-0002
  $ comp dues -C books invoice show ''
  INV-2026-0001 INV-2026-0002 INV-2026-0003
  $ comp dues -C books credit INV-2026-000
  INV-2026-0001 INV-2026-0002 INV-2026-0003
  $ comp dues -C books invoice issue ''
  acme-april

Folders for -C and for the folder of dues init, files for reconcile:

  $ mkdir -p other/sub
  $ comp dues -C oth
  other
  $ comp dues init other/
  other/sub
  $ touch other/export.csv
  $ comp dues -C books reconcile other/e
  other/export.csv
  $ comp dues -C books reconcile --profile-check other/e
  other/export.csv

zsh (a real interactive zsh in a pseudo-terminal; skipped where zsh is missing, but
tools/setup installs it)
---------------------------------------------------------------------------------------

  $ zsh_offers() {
  >   if ! command -v zsh > /dev/null; then echo "skipped: zsh is not installed"; return; fi
  >   zsh "$TESTS/cli/zsh-complete.zsh" "$ROOT/completions" "$1" | paste -sd ' '
  > }
  $ if command -v zsh > /dev/null; then zsh -n "$ROOT/completions/_dues" && echo parses; else echo "skipped: zsh is not installed"; fi
  (parses|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues '
  (aging apply backup check collect company credit customer dispute export fmt git import init invoice log merge-driver note pay promise reconcile recur refund remind report restore seal security send statement writeoff|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues aging --'
  (--as-of --basis --bom --buckets --color --currency --customer --detail --format --help --today --version|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues init --c'
  (--color --company --country --currency|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues fmt --'
  (--bom --check --color --help --today --version|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues aging --format='
  (csv json table|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues aging --basis '
  (due invoice|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues --color '
  (always auto never|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books aging --customer '
  (acme acme.de globex|skipped: zsh is not installed) (re)
  $ (cd books && zsh_offers 'dues aging --customer g')
  (globex|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues invoice '
  (issue list new render show void|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues customer set --'
  (--add --bom --color --help --remove --today --unmask --unset --version|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues invoice list --status '
  (disputed draft open overdue paid partially-paid void written-off|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues statement --format '
  (csv html json pdf table xlsx|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues pay --method '
  (alipay bank card cash cheque other wechat|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books customer set acme '
  (address aliases allocation bank-accounts country credit-limit currency dunning emails language name notes reminder-emails tags tax-id terms|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books customer set acme allocation '
  (manual oldest-due|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books invoice new globex --terms net'
  (net14 net30|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books pay '
  (acme acme.de globex|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books writeoff '
  (INV-2026-0001 INV-2026-0002|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books dispute --resolve '
  (INV-2026-0002|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books invoice render '
  (INV-2026-0001 INV-2026-0002 INV-2026-0003|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books invoice issue '
  (acme-april|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues -C books reconcile --profile '
  (giro ing-de|skipped: zsh is not installed) (re)

fish (skipped where fish is missing, but tools/setup installs it)
-----------------------------------------------------------------

  $ fish_offers() {
  >   if ! command -v fish > /dev/null; then echo "skipped: fish is not installed"; return; fi
  >   fish --no-config -c "source $ROOT/completions/dues.fish; complete -C '$1'" | cut -f1 | sort | paste -sd ' '
  > }
  $ if command -v fish > /dev/null; then fish -n "$ROOT/completions/dues.fish" && echo parses; else echo "skipped: fish is not installed"; fi
  (parses|skipped: fish is not installed) (re)
  $ fish_offers 'dues '
  (aging apply backup check collect company credit customer dispute export fmt git import init invoice log merge-driver note pay promise reconcile recur refund remind report restore seal security send statement writeoff|skipped: fish is not installed) (re)
  $ fish_offers 'dues aging --'
  (--as-of --basis --bom --buckets --color --currency --customer --detail --format --help --today --version|skipped: fish is not installed) (re)
  $ fish_offers 'dues init --c'
  (--color --company --country --currency|skipped: fish is not installed) (re)
  $ fish_offers 'dues fmt --'
  (--bom --check --color --help --today --version|skipped: fish is not installed) (re)
  $ fish_offers 'dues aging --format '
  csv html json table xlsx
  $ fish_offers 'dues aging --basis '
  (due invoice|skipped: fish is not installed) (re)
  $ fish_offers 'dues --color '
  (always auto never|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books aging --customer '
  (acme acme.de globex|skipped: fish is not installed) (re)
  $ (cd books && fish_offers 'dues aging --customer g')
  (globex|skipped: fish is not installed) (re)
  $ fish_offers 'dues invoice '
  (issue list new render show void|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books invoice '
  (issue list new render show void|skipped: fish is not installed) (re)
  $ fish_offers 'dues customer set --'
  (--add --bom --color --help --remove --today --unmask --unset --version|skipped: fish is not installed) (re)
  $ fish_offers 'dues invoice list --status '
  (disputed draft open overdue paid partially-paid void written-off|skipped: fish is not installed) (re)
  $ fish_offers 'dues statement --format '
  (csv html json pdf table xlsx|skipped: fish is not installed) (re)
  $ fish_offers 'dues pay --method '
  (alipay bank card cash cheque other wechat|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books customer set acme '
  (address aliases allocation bank-accounts country credit-limit currency dunning emails language name notes reminder-emails tags tax-id terms|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books customer set acme allocation '
  (manual oldest-due|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books invoice new globex --terms net'
  (net14 net30|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books pay '
  (acme acme.de globex|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books pay acme 10 --ref x '
  (|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books writeoff '
  (INV-2026-0001 INV-2026-0002|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books dispute --resolve '
  (INV-2026-0002|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books invoice render '
  (INV-2026-0001 INV-2026-0002 INV-2026-0003|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books invoice issue '
  (acme-april|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books reconcile --profile '
  (giro ing-de|skipped: fish is not installed) (re)

Completing ran no command: the ledger is as it was.

  $ dues -C books invoice list --format ids --status disputed
  INV-2026-0002
  $ dues -C books check
  ok: 3 customers, 3 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

`dues report`: its reports, their options and values, in bash, zsh and fish.

  $ comp dues report ''
  collections dso forecast payments risk tax
  $ comp dues report tax --p
  --period
  $ comp dues report dso --by ''
  month quarter week
  $ comp dues -C books report risk --customer ''
  acme acme.de globex
  $ zsh_offers 'dues report f'
  (forecast|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues report payments --format '
  (csv html json table xlsx|skipped: zsh is not installed) (re)
  $ fish_offers 'dues report '
  (collections dso forecast payments risk tax|skipped: fish is not installed) (re)
  $ fish_offers 'dues report risk --w'
  (--warnings-only|skipped: fish is not installed) (re)
