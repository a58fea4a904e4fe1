#!/usr/bin/env bash
# Fails when README.md drifts:
#   - the "Try it" section must hold exactly two one-line shell commands, both starting
#     with ./tools/setup: the first configures and builds the release binary (without
#     running the test suite, so a new user waits less) and runs the aging report of a
#     shipped example ledger; .ci/run must run exactly the second;
#   - every ```sh block of "A 5-minute tour" must appear in tests/cli/readme-tour.t, line
#     for line and in order, as cram would write it (`$ command` and `> continuation`
#     lines and their output, indented by two spaces; lines before a block's first `$`
#     are commands whose output the README does not show). cram runs readme-tour.t, so
#     the README shows no command and no output that a test does not prove.
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
[[ ${commands[0]} == "./tools/setup && cmake --preset release && cmake --build --preset release && ./build/release/src/dues "* ]] ||
  fail "README.md's first command does not configure and build the release preset (and only that) before running dues: ${commands[0]}"
grep -q -x -F -- "${commands[1]}" "$root/.ci/run" ||
  fail ".ci/run does not run README.md's test command: ${commands[1]}"
[[ -x $root/.ci/run && -x $root/tools/setup ]] || fail ".ci/run and tools/setup must be executable"

# The tour's blocks, as cram lines; a line "@end" closes each block.
tour_test=$root/tests/cli/readme-tour.t
[[ -f $tour_test ]] || fail "tests/cli/readme-tour.t does not exist"
mapfile -t tour < <(awk '/^## A 5-minute tour/ { on = 1; next } /^## / { on = 0 }
  on && /^```sh$/ { block = 1; prompt = 0; next }
  block && /^```$/ { block = 0; print "@end"; next }
  block && /^[$>] / { if (/^\$ /) prompt = 1; print "  " $0; next }
  block && !prompt { print "  $ " $0; next }
  block { print "  " $0 }' "$root/README.md")
mapfile -t test_lines <"$tour_test"
((${#tour[@]} > 0)) || fail "README.md's 'A 5-minute tour' has no \`\`\`sh block"
at=0     # where in readme-tour.t the next block may start
block=() # the lines of the block being read
blocks=0
for line in "${tour[@]}"; do
  if [[ $line != @end ]]; then
    block+=("$line")
    continue
  fi
  found=-1
  for ((i = at; i + ${#block[@]} <= ${#test_lines[@]}; i++)); do
    same=1
    for ((j = 0; j < ${#block[@]}; j++)); do
      if [[ ${test_lines[i + j]} != "${block[j]}" ]]; then
        same=0
        break
      fi
    done
    if ((same)); then
      found=$i
      break
    fi
  done
  ((found >= 0)) ||
    fail "README.md's tour block starting '${block[0]#  }' is not in tests/cli/readme-tour.t (after line $at) as written; run the tour there and copy its output"
  at=$((found + ${#block[@]}))
  blocks=$((blocks + 1))
  block=()
done
echo "check-readme: README.md's two commands are in shape, .ci/run runs the second, and the tour's $blocks blocks are in tests/cli/readme-tour.t"
