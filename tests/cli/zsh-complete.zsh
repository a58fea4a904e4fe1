#!/usr/bin/env zsh
# Prints, one per line and sorted, what zsh's completion system offers for a command line,
# using the completion functions in COMPLETIONS_DIR. Runs a real interactive zsh in a
# pseudo-terminal (zsh/zpty), types the line and a TAB, and records every candidate
# handed to compadd. Used by tests/cli/completions.t.
#
# Usage: zsh-complete.zsh COMPLETIONS_DIR 'dues aging --'
emulate -L zsh
zmodload zsh/zpty || exit 1
local dir=$1 typed=$2
local out=$(mktemp) line
trap 'rm -f $out; zpty -d complete 2>/dev/null' EXIT

zpty complete zsh -f -i
zpty -w complete "PROMPT=''; fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D"
zpty -w complete "__out=${(q)out}"
zpty -w complete 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a hits; builtin compadd -A hits "$@"
  (( $#hits )) && print -rl -- $hits >> $__out
  builtin compadd "$@"
}
__completion_done() { print -r -- "--completion-done--" >> $__out }
comppostfuncs=(__completion_done)
bindkey "^I" complete-word
print -r -- ready-${(L)USER:-x}'
while zpty -r complete line; do [[ $line == ready-* ]] && break; done
zpty -n -w complete "$typed"$'\t' # -n: no newline, so nothing runs
repeat 200; do
  grep -q -- --completion-done-- $out 2>/dev/null && break
  sleep 0.05
done
grep -v -- --completion-done-- $out | sort -u
