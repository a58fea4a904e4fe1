#!/usr/bin/env python3
"""Prints the tables of bench/run.sh from its raw results (one TSV file per run).

    bench/report.py header RAW          the machine, the build, the load
    bench/report.py size RAW SIZE       one table for one ledger size
    bench/report.py summary RAW         time per invoice across sizes, and the targets
    bench/report.py all RAW             all of them: what bench/run.sh printed

RAW rows: `meta SIZE KEY VALUE` (SIZE is `all` for the run), `run SIZE LABEL REP START END
USER SYS RSS_KIB` (START/END: $EPOCHREALTIME) and `exit SIZE LABEL CODE`.
"""
import statistics
import sys

FLOOR = "wc -l journal (floor)"
# (what, command label, measure, limit, unit): issue 16's targets
TARGETS = [("aging wall time", "aging", "wall", 0.35, "s"),
           ("aging peak RSS", "aging", "rss", 400.0, "MiB"),
           ("aging --format json", "aging --format json", "wall", 0.35, "s"),
           ("statement of the biggest", "statement c000000", "wall", 0.2, "s"),
           ("pay: one write", "pay c000000 1000.00 (write)", "wall", 0.15, "s"),
           ("pay peak RSS", "pay c000000 1000.00 (write)", "rss", 250.0, "MiB"),
           ("reconcile 100k lines, plan", "reconcile (plan)", "wall", 1.2, "s"),
           ("reconcile 100k lines, --apply", "reconcile --apply (write)", "wall", 1.5, "s"),
           ("check (wall, both cores)", "check", "wall", 3.0, "s"),
           ("check peak RSS", "check", "rss", 1228.8, "MiB"),
           ("invoice new: one write", "invoice new (write)", "wall", 0.15, "s"),
           ("credit: one write", "credit --full (write)", "wall", 0.15, "s"),
           ("writeoff: one write", "writeoff (write)", "wall", 0.15, "s"),
           ("dispute: one write", "dispute (write)", "wall", 0.15, "s"),
           ("remind plan (issue 13)", "remind (plan)", "wall", 1.5, "s"),
           ("remind peak RSS (issue 13)", "remind (plan)", "rss", 1024.0, "MiB"),
           ("export beancount (issue 14)", "export beancount", "wall", 6.0, "s"),
           ("export peak RSS (issue 14)", "export beancount", "rss", 1024.0, "MiB")] + \
          [(f"report {r} (issue 15)", f"report {r}", "wall", 1.5, "s")
           for r in ("dso", "forecast", "risk", "tax", "payments", "collections")] + \
          [(f"report {r} RSS (issue 15)", f"report {r}", "rss", 1024.0, "MiB")
           for r in ("dso", "forecast", "risk", "tax", "payments", "collections")] + \
          [("camt.053 100k entries (18)", "reconcile camt.053 (plan)", "wall", 2.0, "s")]
TARGET_SIZE = 1_000_000
LINEAR_LIMIT = 1.3


def load(path):
    meta, runs, codes, order = {}, {}, {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if row[0] == "meta":
                meta[(row[1], row[2])] = row[3]
            elif row[0] == "run":
                size, label = row[1], row[2]
                start, end, user, system, rss = map(float, row[4:9])
                if (size, label) not in runs:
                    runs[(size, label)] = []
                    order.append((size, label))
                runs[(size, label)].append((end - start, user + system, rss / 1024))
            elif row[0] == "exit":
                codes.setdefault((row[1], row[2]), set()).add(row[3])
    return meta, runs, codes, order


def stats(samples):
    walls = [s[0] for s in samples]
    cpus = [s[1] for s in samples]
    return {"wall": statistics.median(walls), "min": min(walls), "max": max(walls),
            "cpu": statistics.median(cpus), "cpu_min": min(cpus), "cpu_max": max(cpus),
            "rss": max(s[2] for s in samples), "n": len(samples)}


def header(path):
    meta, _, _, _ = load(path)
    get = lambda key: meta.get(("all", key), "?")  # noqa: E731
    print(f"dues benchmark, {get('started')}, commit {get('commit')}")
    print(f"machine: {get('machine')}; load average {get('load')}; niceness {get('nice')}")
    print(f"storage: {get('storage')}")
    print(f"page cache: {get('cache')}")
    print(f"build: {get('build')}")
    print(f"each command {get('repeat')} times, --today {get('today')}; wall and cpu "
          f"(user+sys) as min/median/max of the runs, RSS = largest peak; "
          f"x floor = median wall / median wall of wc -l")


def size_table(path, size):
    meta, runs, codes, order = load(path)
    get = lambda key: meta.get((size, key), "?")  # noqa: E731
    n = int(size)
    print()
    print(f"== {n:,} invoices, {int(get('customers')):,} customers, "
          f"{int(get('bank_lines')):,} bank lines ==")
    print(f"journal: {get('journal_files')} files, {int(get('journal_bytes')) / 1e6:.1f} MB, "
          f"{int(get('journal_lines')):,} lines; ledger sha256 {get('ledger_sha256')} "
          f"(generated in {get('ledger_seconds')} s)")
    print(f"bank file: sha256 {get('bank_sha256')} (generated in {get('bank_seconds')} s)")
    for key in ("verify_ledger", "verify_bank"):
        if (size, key) in meta:
            print(f"{key.replace('_', ' ')}: regenerated, {meta[(size, key)]} bytes")
    print(f"load average (1, 5, 15 min): {get('load_before')} before, {get('load_after')} after")
    print(f"page cache: {get('page_cache')}")
    floor = stats(runs[(size, FLOOR)])["wall"] if (size, FLOOR) in runs else None
    print(f"{'command':<40} {'wall s min/med/max':>20} {'cpu s min/med/max':>20} "
          f"{'peak RSS':>10} {'x floor':>8}  exit")
    for key in order:
        if key[0] != size:
            continue
        s = stats(runs[key])
        ratio = f"{s['wall'] / floor:8.1f}" if floor else f"{'-':>8}"
        exits = ",".join(sorted(codes.get(key, {"?"})))
        wall = f"{s['min']:.3f}/{s['wall']:.3f}/{s['max']:.3f}"
        cpu = f"{s['cpu_min']:.2f}/{s['cpu']:.2f}/{s['cpu_max']:.2f}"
        print(f"{key[1]:<40} {wall:>20} {cpu:>20} {s['rss']:6.1f} MiB {ratio}  {exits}")


def summary(path):
    meta, runs, _, order = load(path)
    sizes = []
    for size, _ in order:
        if size not in sizes:
            sizes.append(size)
    labels = []
    for _, label in order:
        if label not in labels:
            labels.append(label)
    for measure, title in (("wall", "median wall"), ("cpu", "median user+sys CPU")):
        print()
        print(f"== time per invoice: {title} / invoices, microseconds ==")
        worst = per_invoice(runs, sizes, labels, measure)
        if measure == "wall":
            worst_wall = worst
    worst_cpu = worst
    target = str(TARGET_SIZE)
    print()
    if target not in sizes:
        print(f"== targets: need a run at {TARGET_SIZE:,} invoices ==")
        return
    print(f"== targets at {TARGET_SIZE:,} invoices: judged on the median wall time, and on "
          f"CPU time (what an idle machine would show) ==")
    print(f"{'target':<30} {'limit':>12}  {'median':>12}  {'verdict':<11}  {'cpu med':>9}  "
          f"verdict")
    for what, label, measure, limit, unit in TARGETS:
        if (target, label) not in runs:
            continue
        s = stats(runs[(target, label)])
        shown = f"{s[measure]:.3f} s" if unit == "s" else f"{s[measure]:.0f} {unit}"
        row = f"{what:<30} {'<= ' + format(limit, 'g') + ' ' + unit:>12}  {shown:>12}  " \
              f"{verdict(s[measure], limit):<11}"
        if measure == "wall":
            row += f"  {s['cpu']:7.3f} s  {verdict(s['cpu'], limit)}"
        print(row.rstrip())
    if len(sizes) > 1:
        step = f"{short(sizes[-1])} vs {short(sizes[-2])}"
        print(f"time linear in N: per-invoice time at {step} <= {LINEAR_LIMIT}x for every dues "
              f"command")
        for measure, (growth, label) in (("wall", worst_wall), ("cpu", worst_cpu)):
            print(f"  worst by {measure}: {growth:.2f}x ({label})  "
                  f"{'PASS' if growth <= LINEAR_LIMIT else 'MISS'}")


def short(size):
    """1000000 -> 1M, 100000 -> 100k, 2500 -> 2500."""
    n = int(size)
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def verdict(value, limit):
    return f"{'PASS' if value <= limit else 'MISS'} {value / limit:.2f}x"


def per_invoice(runs, sizes, labels, measure):
    """Prints one row per command; returns (worst growth between the last two sizes, label)."""
    last = f"{short(sizes[-1])}/{short(sizes[-2])}" if len(sizes) > 1 else ""
    print(f"{'command':<30}" + "".join(f"{int(s):>11,}" for s in sizes) + f"{last:>11}")
    worst = (0.0, "")
    for label in labels:
        row = f"{label:<30}"
        per = []
        for size in sizes:
            if (size, label) in runs:
                per.append(stats(runs[(size, label)])[measure] / int(size) * 1e6)
                row += f"{per[-1]:11.3f}"
            else:
                per.append(None)
                row += f"{'-':>11}"
        if len(sizes) > 1 and per[-1] and per[-2]:
            growth = per[-1] / per[-2]
            row += f"{growth:10.2f}x"
            if not label.startswith(("wc", "cat")) and growth > worst[0]:
                worst = (growth, label)
        print(row)
    return worst


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "header":
        header(path)
    elif mode == "size":
        size_table(path, sys.argv[3])
    elif mode == "summary":
        summary(path)
    elif mode == "all":
        header(path)
        sizes = []
        for size, _ in load(path)[3]:
            if size not in sizes:
                sizes.append(size)
        for size in sizes:
            size_table(path, size)
        summary(path)
    else:
        sys.exit(f"bench/report.py: unknown mode '{mode}'")


if __name__ == "__main__":
    main()
