Issue 21.14: credit note ids complete where they are accepted (invoice show, render,
void, send), not where an invoice is needed (credit); --series of invoice new offers only
series that number invoices ([series.NAME] with kind = "invoice", or named invoice), in
bash, zsh and fish alike.

  $ export DUES_TODAY=2026-03-01
  $ dues init books > /dev/null
  $ cat >> books/customers.toml <<'TOML'
  > [acme]
  > name = "ACME Corporation"
  > TOML
  $ cat >> books/dues.toml <<'TOML'
  > 
  > [series.export]
  > format = "EX-{year}-{seq:04}"
  > kind = "invoice"
  > 
  > [series."credit-export"]
  > format = "EXC-{year}-{seq:04}"
  > kind = "credit"
  > TOML
  $ dues -C books invoice new acme --item "Design:1:100" > /dev/null
  $ dues -C books credit INV-2026-0001 --full --reason "Cancelled" > /dev/null
  $ dues -C books invoice list --format document-ids
  INV-2026-0001
  CN-2026-0001
  $ dues -C books invoice list --format ids
  INV-2026-0001
  $ dues -C books invoice list --format document-ids --status open
  dues: error: --format document-ids lists every invoice and credit note; it takes no --status
  [2]

bash:

  $ source "$ROOT/completions/dues.bash"
  $ comp() {
  >   COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
  >   COMPREPLY=(); _dues dues "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
  >   printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd ' '
  > }
  $ comp dues -C books invoice show ''
  CN-2026-0001 INV-2026-0001
  $ comp dues -C books invoice render ''
  CN-2026-0001 INV-2026-0001
  $ comp dues -C books invoice void C
  CN-2026-0001
  $ comp dues -C books send ''
  CN-2026-0001 INV-2026-0001
  $ comp dues -C books credit ''
  INV-2026-0001
  $ comp dues -C books invoice new acme --series ''
  export invoice
  $ comp dues -C books invoice list --format ''
  csv document-ids ids json table
  $ comp dues -C books credit INV-2026-0001 --format ''
  json text

zsh and fish (skipped where missing; tools/setup installs both):

  $ zsh_offers() {
  >   if ! command -v zsh > /dev/null; then echo "skipped"; return; fi
  >   zsh "$TESTS/cli/zsh-complete.zsh" "$ROOT/completions" "$1" | paste -sd ' '
  > }
  $ zsh_offers 'dues -C books invoice show '
  (CN-2026-0001 INV-2026-0001|skipped) (re)
  $ zsh_offers 'dues -C books credit '
  (INV-2026-0001|skipped) (re)
  $ zsh_offers 'dues -C books invoice new acme --series '
  (export invoice|skipped) (re)
  $ fish_offers() {
  >   if ! command -v fish > /dev/null; then echo "skipped"; return; fi
  >   fish --no-config -c "source $ROOT/completions/dues.fish; complete -C '$1'" | cut -f1 | sort | paste -sd ' '
  > }
  $ fish_offers 'dues -C books invoice show '
  (CN-2026-0001 INV-2026-0001|skipped) (re)
  $ fish_offers 'dues -C books send '
  (CN-2026-0001 INV-2026-0001|skipped) (re)
  $ fish_offers 'dues -C books invoice new acme --series '
  (export invoice|skipped) (re)
