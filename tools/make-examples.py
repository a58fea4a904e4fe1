#!/usr/bin/env python3
"""Writes the example ledgers under examples/: tiny, cn-trading and eu-agency.

Deterministic (a fixed seed, no clock, no locale): running it twice writes the same
bytes. Python 3 standard library only. Stored totals are computed with exact decimal
arithmetic under dues's rounding rules (tools/examplegen/money.py), and every movement is
checked as `dues check` would (tools/examplegen/book.py).

usage: tools/make-examples.py [--out DIR]   write the ledgers (default: examples/)
       tools/make-examples.py --check       exit 1 if the committed ledgers differ
       tools/make-examples.py --aging DUES  exit 1 if `DUES aging` on the committed
                                            ledgers disagrees with the generator's books
"""

import argparse
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from examplegen import cn_trading, eu_agency, tiny  # noqa: E402
from examplegen.crosscheck import crosscheck  # noqa: E402

LEDGERS = {"tiny": tiny.build, "cn-trading": cn_trading.build, "eu-agency": eu_agency.build}


def write(out):
    for name, build in LEDGERS.items():
        files, _ = build()
        for path, text in files.items():
            target = out / name / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))


def differences(expected, actual):
    """Files that differ, are missing or are extra under the generated ledgers."""
    found = []
    for name in LEDGERS:
        want = {p.relative_to(expected): p for p in (expected / name).rglob("*") if p.is_file()}
        have = {p.relative_to(actual): p for p in (actual / name).rglob("*") if p.is_file()}
        for path in sorted(set(want) | set(have)):
            if path not in have or path not in want or want[path].read_bytes() != have[
                    path].read_bytes():
                found.append(str(path))
    return found


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=root / "examples")
    parser.add_argument("--check", action="store_true",
                        help="compare with the ledgers in --out instead of writing them")
    parser.add_argument("--aging", metavar="DUES",
                        help="compare DUES aging on the ledgers in --out with the generator")
    options = parser.parse_args()
    if options.aging:
        failed = False
        for name, build in LEDGERS.items():
            for problem in crosscheck(options.aging, options.out / name, build()[1]):
                print(f"examples/{name}: aging {problem}", file=sys.stderr)
                failed = True
        return 1 if failed else 0
    if not options.check:
        write(options.out)
        return 0
    with tempfile.TemporaryDirectory() as temp:
        write(pathlib.Path(temp))
        changed = differences(pathlib.Path(temp), options.out)
    for path in changed:
        print(f"examples/{path} is not what tools/make-examples.py writes", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
