#!/bin/bash
# The example ledgers are what tools/make-examples.py writes: nobody edits them by hand,
# and a change to the generator comes with the regenerated files.
# usage: examples-generated.sh ROOT [DUES]
set -euo pipefail
root=${1:?usage: examples-generated.sh ROOT}
if ! python3 "$root/tools/make-examples.py" --check --out "$root/examples"; then
  echo "run tools/make-examples.py and commit the result" >&2
  exit 1
fi
