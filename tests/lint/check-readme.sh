#!/usr/bin/env bash
# Fails when README.md's two commands for a fresh machine drift: the "Try it" section
# must hold exactly two one-line shell commands, both starting with ./tools/setup, the
# first running dues on the shipped example ledger; .ci/run must run exactly the second.
#
# Usage: check-readme.sh REPO_ROOT [DUES_BINARY]
set -euo pipefail

root=${1:?usage: check-readme.sh REPO_ROOT [DUES_BINARY]}
mapfile -t commands < <(awk '/^## Try it/ { on = 1; next } /^## / { on = 0 }
  on && /^```sh$/ { block = 1; next } block && /^```$/ { block = 0; next } block { print }' \
  "$root/README.md")

fail() {
  echo "check-readme: $*"
  exit 1
}
((${#commands[@]} == 2)) ||
  fail "README.md's 'Try it' section has ${#commands[@]} command lines, not 2: ${commands[*]}"
for command in "${commands[@]}"; do
  [[ $command == "./tools/setup && "* ]] ||
    fail "README.md command does not start with './tools/setup && ': $command"
done
[[ ${commands[0]} == *" -C examples/"*" aging" ]] ||
  fail "README.md's first command does not run the aging report of an example: ${commands[0]}"
grep -q -x -F -- "${commands[1]}" "$root/.ci/run" ||
  fail ".ci/run does not run README.md's test command: ${commands[1]}"
[[ -x $root/.ci/run && -x $root/tools/setup ]] || fail ".ci/run and tools/setup must be executable"
echo "check-readme: README.md's two commands are in shape and .ci/run runs the second"
