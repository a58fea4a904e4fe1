#!/usr/bin/env python3
"""Random two-clone (and octopus) merges of a dues ledger through real git and the real
`dues merge-driver` (docs/team.md). Each scenario clones one ledger twice (three times for
an octopus), makes random interleaved writes in the clones (invoices, payments, credit
notes, voids, reconcile imports of MT940 files), and merges at random moments in one
direction, the other, or both independently. After every merge:

- `dues check` passes (numbers gapless and unique, stored totals, the chronological walk);
- nothing is lost: the merged entries are exactly ours + theirs - base, comparing entries
  with their ids blanked out (renumbering changes ids, never content);
- every numbered series is gapless and unique (checked here too, not only by dues);
- merging both ways independently gives the same entries (the rule is symmetric).

At the end one clone holds every write, and in every scenario:

- the customers' balances (the closing lines of their statements) equal those the writes
  make, computed here;
- every write is made again with dues, in one copy of the ledger (a person who made them
  all in one clone), in the order that gives each document the number the merge gave it,
  and every report of that ledger (aging with its open items, each customer's statement,
  check) is byte for byte the merged clone's.

Cost (--profile prints it per command): a dues process costs ~50 ms of CPU, mostly the
kernel and ld.so loading its 86 shared libraries (pango, cairo, curl and theirs), so the
run is about process starts: the replay ledger is one folder reset from the template
(no git), the merged clone's check is the one its last merge ran, and the balances come
from the statements rather than another aging run.

Usage: merge_scenarios.py DUES_BINARY [--scenarios N] [--seed S] [--keep] [--profile]
Exit 0 when every scenario holds; otherwise the first failure with its seed and folder.
"""
import argparse
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ID = re.compile(r"\b(INV|CN|PAY|RFD)-2026-(\d{4})\b")
CUSTOMERS = ["acme", "bolt", "cyan"]


class Failure(Exception):
    pass


def creditor_reference(mark):
    """The ISO 11649 reference (RF) printed on the invoice of write `mark`: the bank line of
    a reconcile quotes it rather than the invoice's number, which a merge may change (as
    a customer quotes what the invoice says; one clone making every write would have
    issued another number, never another reference)."""
    body = mark.upper()
    digits = "".join(str(int(ch, 36)) for ch in body + "RF00")
    return f"RF{98 - int(digits) % 97:02d}{body}"


# CPU seconds (user + system, children included: git's merge driver counts under
# "git merge") and calls per command, printed by --profile.
COST = {}


def run(args, cwd, env, ok=(0,), stdin=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, input=stdin)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    key = os.path.basename(args[0]) + " " + next((a for a in args[1:] if not a.startswith("-")), "")
    cost = COST.setdefault(key, [0, 0.0])
    cost[0] += 1
    cost[1] += after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if proc.returncode not in ok:
        raise Failure(f"{' '.join(args)} in {cwd}: exit {proc.returncode}\n{proc.stdout}{proc.stderr}")
    return proc


def journal(path):
    with open(os.path.join(path, "journal", "2026.dues"), encoding="utf-8") as f:
        return f.read()


def blocks(text):
    """Entries as their text without comment lines (a header and its indented lines)."""
    out, current = [], None
    for line in text.splitlines():
        if line[:1].isdigit():
            current = [line]
            out.append(current)
        elif line.startswith(" ") and line.strip() and current is not None:
            current.append(line)
        else:
            current = None
    return ["\n".join(b) for b in out]


def check_numbers(entries, where):
    seqs = {}
    for entry in entries:
        m = re.match(r"\S+ (invoice|credit|payment|refund) (\S+)", entry)
        if m:
            n = ID.fullmatch(m.group(2))
            if not n:
                raise Failure(f"{where}: id {m.group(2)} does not follow its series")
            seqs.setdefault(n.group(1), []).append(int(n.group(2)))
    for prefix, numbers in seqs.items():
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            raise Failure(f"{where}: {prefix} numbers not gapless and unique: {sorted(numbers)}")


class Clone:
    """A work tree of the scenario's repository on its own branch: a person's clone (git
    worktrees share one object store, so a merge needs no fetch)."""

    def __init__(self, name, path, branch):
        self.name = name
        self.path = path
        self.branch = branch
        self.dirty = False  # writes not committed yet
        self.writes = set()  # the writes (markers) this clone holds
        self.fresh = {}  # marker -> [id, customer, open, date, has_money]: unsynced invoices


class Scenario:
    def __init__(self, dues, template, root, seed, env, replay):
        self.replay = replay  # the one replay ledger, reset to the template per scenario
        self.dues = dues
        self.template = template
        self.root = root
        self.rng = random.Random(seed)
        self.seed = seed
        self.env = env
        self.writes = []  # (kind, fields) in the order made, for the replay
        self.merges = 0
        self.octopus_merges = 0  # octopus merges git made (with the driver or without a conflict)
        self.octopus_fallbacks = 0  # octopus merges git refused, merged one branch at a time
        self.checked = {}  # clone path -> `dues check` output after its last merge

    def clone(self, name):
        path = os.path.join(self.root, name)
        if name == "a":
            run(["git", "clone", "-q", self.template, path], self.root, self.env)
            return Clone(name, path, "main")
        run(["git", "worktree", "add", "-q", "-b", name, path], os.path.join(self.root, "a"), self.env)
        return Clone(name, path, name)

    def commit(self, clone):
        if clone.dirty:
            run(["git", "commit", "-qam", f"writes in {clone.name}"], clone.path, self.env)
            clone.dirty = False

    def day(self, lo="2026-03-01"):
        return max(lo, f"2026-03-{self.rng.randint(1, 28):02d}")

    # A write is (kind, fields); fields["mark"] ("w7") is written into its entry (an item,
    # a reference, a reason, a bank line), so the entry can be found after renumbering.
    def random_write(self, clone):
        rng = self.rng
        mark = f"w{len(self.writes) + 1}"
        fresh = [m for m, d in clone.fresh.items() if d[2] > 0]
        choice = rng.random()
        if choice < 0.4 or not fresh:
            return ("invoice", {"mark": mark, "customer": rng.choice(CUSTOMERS),
                                "price": rng.randint(2, 60) * 10, "date": self.day()})
        target = rng.choice(fresh)
        doc = clone.fresh[target]
        date = self.day(doc[3])
        if choice < 0.6:
            amount = rng.choice([doc[2], rng.randint(1, doc[2])])
            return ("pay", {"mark": mark, "target": target, "customer": doc[1], "amount": amount,
                            "date": date})
        if choice < 0.68:
            return ("pay", {"mark": mark, "target": None, "customer": rng.choice(CUSTOMERS),
                            "amount": rng.randint(1, 50), "date": self.day()})
        if choice < 0.8:
            return ("credit", {"mark": mark, "target": target, "amount": rng.randint(1, doc[2]),
                               "date": date})
        if choice < 0.88 and not doc[4]:
            return ("void", {"mark": mark, "target": target, "date": date})
        return ("reconcile", {"mark": mark, "target": target, "customer": doc[1],
                              "amount": doc[2], "date": date})

    def execute(self, path, write, ids, clone=None):
        kind, f = write
        dues = [self.dues]
        target = ids.get(f.get("target"))
        if kind == "invoice":
            out = run(dues + ["invoice", "new", f["customer"], "--date", f["date"], "--item",
                              f"Work {f['mark']}:1:{f['price']}", "--ref",
                              creditor_reference(f["mark"])], path, self.env).stdout
            ids[f["mark"]] = ID.search(out).group(0)
            if clone is not None:
                clone.fresh[f["mark"]] = [ids[f["mark"]], f["customer"], f["price"], f["date"], False]
        elif kind == "pay":
            args = dues + ["pay", f["customer"], str(f["amount"]), "--date", f["date"], "--ref", f["mark"]]
            args += ["--apply", f"{target}={f['amount']}"] if target else ["--no-apply"]
            run(args, path, self.env)
        elif kind == "credit":
            run(dues + ["credit", target, "--item", f"Credit {f['mark']}:1:{f['amount']}",
                        "--reason", "Goods returned", "--date", f["date"]], path, self.env)
        elif kind == "void":
            run(dues + ["invoice", "void", target, "--reason", f"Issued by mistake {f['mark']}",
                        "--date", f["date"]], path, self.env)
        elif kind == "reconcile":
            day = f["date"][2:4] + f["date"][5:7] + f["date"][8:10]
            sta = os.path.join(self.root, f"bank-{f['mark']}-{os.path.basename(path)}.sta")
            with open(sta, "w", encoding="ascii") as out:
                out.write(f":20:S-{f['mark']}\n:25:DE89370400440532013000\n:28C:00001/001\n"
                          f":60F:C{day}EUR0,00\n:61:{day}{day[2:]}CR{f['amount']},00NTRFNONREF//L-{f['mark']}\n"
                          f":86:166?00GUTSCHRIFT?20{creditor_reference(f['target'])}?32{f['customer'].upper()}\n"
                          f":62F:C{day}EUR{f['amount']},00\n-\n")
            out = run(dues + ["reconcile", sta, "--apply"], path, self.env).stdout
            if "Recorded 1 payment" not in out:
                raise Failure(f"reconcile recorded nothing in {path}:\n{out}")
        if clone is not None and kind != "invoice" and f["target"]:
            doc = clone.fresh[f["target"]]
            doc[2] = 0 if kind == "void" else doc[2] - f["amount"]
            doc[4] = True

    def write(self, clone):
        write = self.random_write(clone)
        self.execute(clone.path, write, {m: d[0] for m, d in clone.fresh.items()}, clone)
        self.writes.append(write)
        clone.writes.add(write[1]["mark"])
        clone.dirty = True
        if self.rng.random() < 0.3:
            self.commit(clone)

    # --- merges ---

    def merge(self, into, others):
        for clone in [into] + others:
            self.commit(clone)
        heads = [o.branch for o in others]
        if len(others) == 1:
            run(["git", "merge", "-q", "--no-edit"] + heads, into.path, self.env)
        else:
            head = run(["git", "rev-parse", "HEAD"], into.path, self.env).stdout
            # git's octopus strategy merges a file changed on several branches with
            # git-merge-one-file, which ignores merge drivers (git 2.39): it gives up (or
            # leaves conflict markers: then `git merge --abort`), and the branches are
            # merged one at a time.
            tried = run(["git", "merge", "-q", "--no-edit"] + heads, into.path, self.env, ok=(0, 1, 2))
            if tried.returncode != 0:
                run(["git", "reset", "-q", "--merge"], into.path, self.env)
                status = run(["git", "status", "--porcelain", "--untracked-files=no"], into.path, self.env)
                if status.stdout or run(["git", "rev-parse", "HEAD"], into.path, self.env).stdout != head:
                    raise Failure(f"a failed octopus merge left changes in {into.path}:\n{status.stdout}")
                self.octopus_fallbacks += 1
                for o in others:
                    self.merge(into, [o])
                return journal(into.path)
            self.octopus_merges += 1
        self.merges += 1
        where = f"seed {self.seed}, merge {self.merges} into {into.name} from {[o.name for o in others]}"
        self.checked[into.path] = run([self.dues, "check"], into.path, self.env).stdout
        after = journal(into.path)
        entries = blocks(after)
        for o in others:
            into.writes |= o.writes
        # Nothing lost, nothing twice: the template's entry and one entry per write.
        for mark in into.writes:
            found = len(re.findall(rf"\b{mark}\b", after))
            if found != 1:
                raise Failure(f"{where}: write {mark} is in the merged journal {found} times")
        if len(entries) != 1 + len(into.writes):
            raise Failure(f"{where}: {len(entries)} entries for {len(into.writes)} writes")
        check_numbers(entries, where)
        into.fresh.clear()
        for o in others:
            o.fresh.clear()
        return after

    def sync(self, a, b):
        mode = self.rng.choice(["a<-b", "b<-a", "both"])
        if mode == "a<-b":
            self.merge(a, [b])
        elif mode == "b<-a":
            self.merge(b, [a])
        else:
            one = self.merge(a, [b])
            two = self.merge(b, [a])
            if sorted(blocks(one)) != sorted(blocks(two)):
                raise Failure(f"seed {self.seed}: merging both ways gave different entries")

    @staticmethod
    def balances(reports):
        """Each customer's balance: the closing line of its statement."""
        out = []
        for name, text in reports:
            closing = re.findall(r"^\S+\s+closing\s+(\S+)$", text, re.M)
            if name.startswith("statement ") and closing and closing[-1] != "0.00":
                out.append((name.split()[1], closing[-1]))
        return sorted(out)

    def expected_balances(self):
        """The balances the writes make, computed here: invoices less payments and credit
        notes (a void only hits an invoice nothing was applied to)."""
        total = {"acme": 100}  # the template's invoice
        voided = {f["target"] for kind, f in self.writes if kind == "void"}
        for kind, f in self.writes:
            if kind == "invoice" and f["mark"] not in voided:
                total[f["customer"]] = total.get(f["customer"], 0) + f["price"]
            elif kind in ("pay", "reconcile"):
                total[f["customer"]] = total.get(f["customer"], 0) - f["amount"]
            elif kind == "credit":
                customer = next(g["customer"] for k, g in self.writes if g["mark"] == f["target"])
                total[customer] = total.get(customer, 0) - f["amount"]
        return sorted((c, f"{v}.00") for c, v in total.items() if v != 0)

    def reports(self, path, check=None):
        """Every report, as the user sees it: aging with its open items, each customer's
        statement, and check (the merged clone's check ran after its last merge)."""
        out = [("aging", run([self.dues, "aging", "--as-of", "2026-12-31", "--detail"], path,
                             self.env).stdout)]
        for c in CUSTOMERS:
            out.append((f"statement {c}", run([self.dues, "statement", c, "--to", "2026-12-31"],
                                              path, self.env).stdout))
        out.append(("check", check if check is not None else run([self.dues, "check"], path,
                                                                 self.env).stdout))
        return out

    def replay_order(self, merged):
        """The writes in the order that gives each document its merged number: a number is
        the only part of an entry that depends on the order of the writes (the merge
        renumbers the one recorded later, docs/team.md), so with it every report can be
        compared byte for byte. Invoices first (every other write refers to one), then
        each series in its numbers, voids last (they number nothing)."""
        numbered = {}
        for entry in blocks(merged):
            head = re.match(r"\S+ (invoice|credit|payment|refund) (\S+)", entry)
            for mark in re.findall(r"\bw\d+\b", entry):
                if head:
                    numbered[mark] = head.group(2)
        def key(write):
            kind, f = write
            if kind == "void":
                return (9, 0, f["mark"])
            number = numbered.get(f["mark"])
            if number is None:
                raise Failure(f"seed {self.seed}: write {f['mark']} ({kind}) has no numbered entry")
            n = ID.fullmatch(number)
            return (0 if kind == "invoice" else 1, n.group(1), int(n.group(2)))
        return sorted(self.writes, key=key), numbered

    def replay_and_compare(self, a, merged):
        """Every write again with dues in one copy of the template (a person who made them
        all in one clone), then every report of it byte for byte against the merged clone."""
        shutil.rmtree(self.replay, ignore_errors=True)
        shutil.copytree(self.template, self.replay, ignore=shutil.ignore_patterns(".git"))
        order, numbered = self.replay_order(journal(a.path))
        ids = {}
        for write in order:
            self.execute(self.replay, write, ids)
            mark = write[1]["mark"]
            if write[0] == "invoice" and ids[mark] != numbered[mark]:
                raise Failure(f"seed {self.seed}: the replay issued {ids[mark]} for {mark}, "
                              f"the merge numbered it {numbered[mark]}")
        for (name, mine), (_, theirs) in zip(merged, self.reports(self.replay)):
            if mine != theirs:
                raise Failure(f"seed {self.seed}: `dues {name}` of the merged clone differs from "
                              f"the replay ({self.replay}):\n--- merged\n{mine}--- replay\n{theirs}")

    def play(self):
        rng = self.rng
        octopus = rng.random() < 0.2
        clones = [self.clone("a"), self.clone("b")] + ([self.clone("c")] if octopus else [])
        a, b = clones[0], clones[1]
        for _ in range(rng.randint(3, 9)):
            if rng.random() < 0.2:
                self.sync(a, b)
            else:
                self.write(rng.choice(clones))
        if octopus and clones[2].writes:
            self.merge(a, [b, clones[2]])
        self.merge(a, [b])
        if len(a.writes) != len(self.writes):
            raise Failure(f"seed {self.seed}: {len(a.writes)} of {len(self.writes)} writes merged")
        reports = self.reports(a.path, self.checked.get(a.path))
        merged, expected = self.balances(reports), self.expected_balances()
        if merged != expected:
            raise Failure(f"seed {self.seed}: balances {merged}, the writes make {expected}")
        self.replay_and_compare(a, reports)
        return len(self.writes)


def make_template(dues, root, env):
    path = os.path.join(root, "template")
    os.makedirs(path)
    run(["git", "init", "-q", "-b", "main"], path, env)
    run([dues, "init", "--git", "."], path, env)
    for c in CUSTOMERS:
        run([dues, "customer", "add", c, "--name", c.upper()], path, env)
    run([dues, "invoice", "new", "acme", "--date", "2026-02-27", "--item", "Setup:1:100"], path, env)
    run(["git", "add", "-A"], path, env)
    run(["git", "commit", "-qm", "template"], path, env)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dues")
    parser.add_argument("--scenarios", type=int, default=200)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="print the CPU seconds and calls per command at the end")
    args = parser.parse_args()
    dues = os.path.abspath(args.dues)
    env = dict(os.environ)
    env.update({"PATH": os.path.dirname(dues) + os.pathsep + env.get("PATH", ""),
                "DUES_TODAY": "2026-03-01", "DUES_NO_CACHE": "1", "NO_COLOR": "1",
                "GIT_CONFIG_NOSYSTEM": "1"})
    top = tempfile.mkdtemp(prefix="dues-merge-")
    # Every clone merges journals with dues (what `dues git setup` writes to .git/config;
    # tests/cli/git-merge.t tests that command).
    config = os.path.join(top, "gitconfig")
    with open(config, "w", encoding="utf-8") as f:
        f.write("[user]\n\tname = tester\n\temail = tester@example.com\n"
                "[merge \"dues\"]\n\tname = dues\n\tdriver = dues merge-driver %O %A %B %P\n"
                "[init]\n\tdefaultBranch = main\n")
    env["GIT_CONFIG_GLOBAL"] = config
    start = time.monotonic()
    writes = merges = octopus = fallbacks = 0
    try:
        template = make_template(dues, top, env)
        for i in range(args.scenarios):
            root = os.path.join(top, f"s{i}")
            os.makedirs(root)
            scenario = Scenario(dues, template, root, args.seed + i, env, os.path.join(top, "replay"))
            try:
                writes += scenario.play()
            except Failure as failure:
                print(f"FAIL scenario {i} (seed {args.seed + i}, kept in {root}):\n{failure}")
                args.keep = True
                return 1
            merges += scenario.merges
            octopus += scenario.octopus_merges
            fallbacks += scenario.octopus_fallbacks
            shutil.rmtree(root)
        print(f"ok: {args.scenarios} scenarios, {writes} writes, {merges} merges "
              f"({octopus} octopus, {fallbacks} octopus refused by git and merged in turn) "
              f"in {time.monotonic() - start:.0f} s")
        if args.profile:
            for key, (calls, cpu) in sorted(COST.items(), key=lambda kv: -kv[1][1]):
                print(f"{cpu:8.2f} s CPU {calls:6d} calls  {key}")
            print(f"{sum(c for _, c in COST.values()):8.2f} s CPU in "
                  f"{sum(n for n, _ in COST.values())} processes")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
