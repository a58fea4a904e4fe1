#!/bin/bash
# Runs one bad-input case: the base ledger with the case's files laid over it.
#   usage: run-case.sh CASE
# Prints what `dues check` says and its exit code, then the exit code of `dues fmt` (a
# command that writes) and, after each, whether any file of the ledger changed. When fmt
# repaired something (CRLF, BOM, tabs), `dues check` runs once more.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/$1" ] || { echo "no case $1" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$here/base/." "$work/"
cp -R "$here/$1/." "$work/"

checksums() {
  (cd "$work" && find . -type f ! -name .dues.lock | LC_ALL=C sort | xargs sha256sum)
}
changes() {
  local now
  now=$(checksums)
  if [ "$now" = "$1" ]; then
    echo "no file changed"
  else
    diff <(echo "$1") <(echo "$now") | sed -n 's/^> [0-9a-f]*  \.\//changed: /p'
  fi
}

# A case may hold `setup` (a bash script run in the ledger first, for what git cannot
# store: symlink loops, directories, huge lines) and `command` (the dues arguments run
# instead of `check`, e.g. `reconcile bank.csv --profile p`, from the ledger folder).
if [ -f "$work/setup" ]; then
  (cd "$work" && bash ./setup)
  rm -f "$work/setup"
fi
command=(check)
if [ -f "$work/command" ]; then
  read -ra command <"$work/command"
  rm -f "$work/command"
fi

before=$(checksums)
(cd "$work" && dues -C "$work" --today 2026-06-01 "${command[@]}" 2>&1)
echo "${command[0]}: exit $?, $(changes "$before")"
dues -C "$work" --today 2026-06-01 fmt 2>/dev/null
echo "fmt: exit $?, $(changes "$before")"
if [ "$(checksums)" != "$before" ]; then
  dues -C "$work" --today 2026-06-01 check 2>&1
  echo "check after fmt: exit $?"
fi
