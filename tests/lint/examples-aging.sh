#!/bin/bash
# `dues aging` on the example ledgers agrees, on 72 days of 2025-2026, with what the
# generator's own books say is open and unapplied (tools/examplegen/crosscheck.py): an
# independent computation of every balance the aging report shows.
# usage: examples-aging.sh ROOT DUES
set -euo pipefail
root=${1:?usage: examples-aging.sh ROOT DUES}
dues=${2:?usage: examples-aging.sh ROOT DUES}
python3 "$root/tools/make-examples.py" --aging "$dues" --out "$root/examples"
