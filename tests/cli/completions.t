Shell completions (completions/): every command and option of dues is offered, values
of --format, --basis and --color are completed, and customer ids come from the ledger
that -C, DUES_LEDGER or the current folder names. tests/lint/check-docs.sh checks that
nothing is missing; this file checks that the completions work in the real shells.

A ledger with three customers:

  $ dues --today 2026-01-02 init books > /dev/null
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
  $ dues -C books check
  ok: 3 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

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
  aging check fmt init
  $ comp dues a
  aging
  $ comp dues -
  --color --help --today --version -C
  $ comp dues --today 2026-01-02 -C books ''
  aging check fmt init

The options of each command, with the global options (they work after the command too):

  $ comp dues init --
  --color --company --currency --help --today --version
  $ comp dues check -
  --color --help --today --version -C
  $ comp dues fmt --
  --check --color --help --today --version
  $ comp dues aging --
  --as-of --basis --buckets --color --currency --customer --detail --format --help --today --version
  $ comp dues --color never aging --c
  --color --currency --customer

Option values, also after '=' (bash splits --format=json into three words):

  $ comp dues aging --format ''
  csv json table
  $ comp dues aging --format = j
  json
  $ comp dues aging --basis ''
  due invoice
  $ comp dues --color a
  always auto
  $ comp dues aging --as-of ''
  

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
  

Folders for -C and for the folder of dues init:

  $ mkdir -p other/sub
  $ comp dues -C oth
  other
  $ comp dues init other/
  other/sub

The function that lists customer ids is the one place to change when dues gets a listing
command; it prints one id a line:

  $ (cd books && _dues_customer_ids)
  acme
  acme.de
  globex

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
  (aging check fmt init|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues aging --'
  (--as-of --basis --buckets --color --currency --customer --detail --format --help --today --version|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues init --c'
  (--color --company --currency|skipped: zsh is not installed) (re)
  $ zsh_offers 'dues fmt --'
  (--check --color --help --today --version|skipped: zsh is not installed) (re)
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

fish (skipped where fish is missing, but tools/setup installs it)
-----------------------------------------------------------------

  $ fish_offers() {
  >   if ! command -v fish > /dev/null; then echo "skipped: fish is not installed"; return; fi
  >   fish --no-config -c "source $ROOT/completions/dues.fish; complete -C '$1'" | cut -f1 | sort | paste -sd ' '
  > }
  $ if command -v fish > /dev/null; then fish -n "$ROOT/completions/dues.fish" && echo parses; else echo "skipped: fish is not installed"; fi
  (parses|skipped: fish is not installed) (re)
  $ fish_offers 'dues '
  (aging check fmt init|skipped: fish is not installed) (re)
  $ fish_offers 'dues aging --'
  (--as-of --basis --buckets --color --currency --customer --detail --format --help --today --version|skipped: fish is not installed) (re)
  $ fish_offers 'dues init --c'
  (--color --company --currency|skipped: fish is not installed) (re)
  $ fish_offers 'dues fmt --'
  (--check --color --help --today --version|skipped: fish is not installed) (re)
  $ fish_offers 'dues aging --format '
  (csv json table|skipped: fish is not installed) (re)
  $ fish_offers 'dues aging --basis '
  (due invoice|skipped: fish is not installed) (re)
  $ fish_offers 'dues --color '
  (always auto never|skipped: fish is not installed) (re)
  $ fish_offers 'dues -C books aging --customer '
  (acme acme.de globex|skipped: fish is not installed) (re)
  $ (cd books && fish_offers 'dues aging --customer g')
  (globex|skipped: fish is not installed) (re)
