Two clones of one ledger, merged through git with `dues merge-driver` (docs/team.md):
appends from both sides are kept in date order, numbers issued on both sides are
renumbered by the documented rule, and a collision of two sent documents is a conflict
that `dues check` explains. The random version of this is tests/git/merge_scenarios.py.

  $ export DUES_TODAY=2026-03-01 DUES_NO_CACHE=1 GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$PWD/gitconfig"
  $ export GIT_AUTHOR_DATE=2026-03-01T10:00:00Z GIT_COMMITTER_DATE=2026-03-01T10:00:00Z
  $ printf '[user]\n\tname = Alice\n\temail = alice@example.com\n[init]\n\tdefaultBranch = main\n' > gitconfig
  $ git init -q origin
  $ cd origin
  $ dues init --git --company Kiefer .
  created a ledger in .: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; after that day `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  .gitattributes: journal/*.dues merge=dues
  git config: merge.dues.driver = dues merge-driver %O %A %B %P
  .git/hooks/pre-commit: dues check && dues fmt --check
  $ dues customer add acme --name ACME > /dev/null
  $ dues customer add bolt --name Bolt > /dev/null
  $ dues invoice new acme --item "Setup:1:100" --date 2026-02-27
  issued INV-2026-0001 acme 100.00 EUR due 2026-03-29
  $ git add -A && git commit -qm "a new ledger"
  $ cat .gitattributes
  # Appends from two clones merge line by line; `dues check` catches collisions.
  journal/*.dues merge=dues
  $ git config merge.dues.driver
  dues merge-driver %O %A %B %P
  $ cat .git/hooks/pre-commit
  #!/bin/sh
  # installed by 'dues git setup' (docs/team.md): a commit must leave a ledger that checks and is formatted.
  set -e
  dues -C . check >/dev/null
  dues -C . fmt --check
  $ cd ..
  $ git clone -q origin alice && git clone -q origin bob
  $ (cd alice && dues git setup > /dev/null) && (cd bob && dues git setup > /dev/null)

Both issue the next invoice number, INV-2026-0002, and Bob records a payment for his:

  $ cd alice
  $ dues invoice new acme --item "Design:1:300" --date 2026-03-05
  issued INV-2026-0002 acme 300.00 EUR due 2026-04-04
  $ git commit -qam "alice: design"
  $ cd ../bob
  $ dues invoice new bolt --item "Repair:1:80" --date 2026-03-03
  issued INV-2026-0002 bolt 80.00 EUR due 2026-04-02
  $ dues invoice new bolt --item "Parts:2:15" --date 2026-03-04
  issued INV-2026-0003 bolt 30.00 EUR due 2026-04-03
  $ dues pay bolt 80 --apply INV-2026-0002 --date 2026-03-06 > /dev/null
  $ git commit -qam "bob: repair, parts, payment"
  $ git fetch -q ../alice main:alice

Alice merges Bob. Her INV-2026-0002 is dated later, so it is the one renumbered, to the
next free number; Bob's entries come in by date:

  $ cd ../alice
  $ git pull -q --no-rebase --no-edit ../bob main
  dues merge-driver: journal/2026.dues: invoice INV-2026-0002 of ours (2026-03-05) is now INV-2026-0004
  Auto-merging journal/2026.dues
  $ grep -v '^;' journal/2026.dues
  2026-02-27 invoice INV-2026-0001 customer acme due 2026-03-29 terms net30 subtotal 100.00 total 100.00 EUR
    item "Setup" price 100.00 amount 100.00
  2026-03-03 invoice INV-2026-0002 customer bolt due 2026-04-02 terms net30 subtotal 80.00 total 80.00 EUR
    item "Repair" price 80.00 amount 80.00
  2026-03-04 invoice INV-2026-0003 customer bolt due 2026-04-03 terms net30 subtotal 30.00 total 30.00 EUR
    item "Parts" qty 2 price 15.00 amount 30.00
  2026-03-05 invoice INV-2026-0004 customer acme due 2026-04-04 terms net30 subtotal 300.00 total 300.00 EUR
    item "Design" price 300.00 amount 300.00
  2026-03-06 payment PAY-2026-0001 customer bolt amount 80.00 EUR
    apply INV-2026-0002 80.00
  $ dues check
  ok: 2 customers, 4 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Bob merges Alice's branch as it was before her merge, the other way round: the same
entries (the rule does not depend on the direction):

  $ cd ../bob
  $ git merge -q --no-edit alice
  dues merge-driver: journal/2026.dues: invoice INV-2026-0002 of theirs (2026-03-05) is now INV-2026-0004
  Auto-merging journal/2026.dues
  $ diff <(sort journal/2026.dues) <(sort ../alice/journal/2026.dues)
  $ dues check
  ok: 2 customers, 4 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

The same entry added on both sides is kept once:

  $ cd ../alice
  $ git pull -q --no-rebase --no-edit ../bob main
  dues merge-driver: journal/2026.dues: invoice INV-2026-0002 of theirs (2026-03-05) is now INV-2026-0004
  $ cd ../bob
  $ git pull -q --no-rebase --no-edit ../alice main
  $ cd ../alice
  $ printf '2026-03-10 note acme text "Called about March"\n' >> journal/2026.dues
  $ git commit -qam "alice: note"
  $ cd ../bob
  $ printf '2026-03-10 note acme text "Called about March"\n' >> journal/2026.dues
  $ dues note bolt "Asked for a copy" --date 2026-03-11 > /dev/null
  $ git commit -qam "bob: the same note, and another"
  $ cd ../alice
  $ git pull -q --no-rebase --no-edit ../bob main
  Auto-merging journal/2026.dues
  $ grep -c 'Called about March' journal/2026.dues
  1
  $ tail -2 journal/2026.dues
  2026-03-10 note acme text "Called about March"
  2026-03-11 note bolt text "Asked for a copy"
  $ dues check
  ok: 2 customers, 4 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Both issue one more invoice, Bob's dated later this time, and Bob records its payment:
his invoice is renumbered, and the payment follows it:

  $ cd ../bob && git pull -q --no-rebase --no-edit ../alice main && cd ../alice
  $ dues invoice new acme --item "Training:1:50" --date 2026-03-20
  issued INV-2026-0005 acme 50.00 EUR due 2026-04-19
  $ git commit -qam "alice: training"
  $ cd ../bob
  $ dues invoice new bolt --item "Service:1:40" --date 2026-03-22
  issued INV-2026-0005 bolt 40.00 EUR due 2026-04-21
  $ dues pay bolt 40 --apply INV-2026-0005 --date 2026-03-23 > /dev/null
  $ git commit -qam "bob: service and its payment"
  $ git pull --no-rebase --no-edit ../alice main 2>&1 | grep merge-driver
  dues merge-driver: journal/2026.dues: invoice INV-2026-0005 of ours (2026-03-22) is now INV-2026-0006
  $ grep -v '^;' journal/2026.dues | tail -6
  2026-03-20 invoice INV-2026-0005 customer acme due 2026-04-19 terms net30 subtotal 50.00 total 50.00 EUR
    item "Training" price 50.00 amount 50.00
  2026-03-22 invoice INV-2026-0006 customer bolt due 2026-04-21 terms net30 subtotal 40.00 total 40.00 EUR
    item "Service" price 40.00 amount 40.00
  2026-03-23 payment PAY-2026-0002 customer bolt amount 40.00 EUR
    apply INV-2026-0006 40.00
  $ dues check
  ok: 2 customers, 6 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file

Both sides issued and sent the same number: no number may change, so the merge fails,
the file keeps both, and `dues check` names them:

  $ cd ../alice && git pull -q --no-rebase --no-edit ../bob main && cd ../bob && git pull -q --no-rebase --no-edit ../alice main
  $ cd ../alice
  $ dues invoice new acme --item "Audit:1:500" --date 2026-03-25
  issued INV-2026-0007 acme 500.00 EUR due 2026-04-24
  $ printf '2026-03-25 sent INV-2026-0007 to "ap@acme.example" via outbox\n' >> journal/2026.dues
  $ git commit -qam "alice: audit, sent"
  $ cd ../bob
  $ dues invoice new bolt --item "Hosting:1:20" --date 2026-03-24
  issued INV-2026-0007 bolt 20.00 EUR due 2026-04-23
  $ printf '2026-03-24 sent INV-2026-0007 to "ap@bolt.example" via outbox\n' >> journal/2026.dues
  $ git commit -qam "bob: hosting, sent"
  $ git pull -q --no-rebase --no-edit ../alice main
  dues merge-driver: conflict: journal/2026.dues: INV-2026-0007 was issued and sent on both branches; a sent number cannot change: credit or void one of them and issue it again
  dues merge-driver: journal/2026.dues is left with both versions; run 'dues check' to see them, fix the file, then 'git add' it
  Auto-merging journal/2026.dues
  CONFLICT (content): Merge conflict in journal/2026.dues
  Automatic merge failed; fix conflicts and then commit the result.
  [1]
  $ git status --short
  UU journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:33:1: invoice INV-2026-0007 already issued at journal/2026.dues:29
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ grep -c CONFLICT journal/2026.dues
  1

The pre-commit hook refuses to commit a ledger that does not check:

  $ git commit -qam "both INV-2026-0007"
  dues: error: journal/2026.dues:33:1: invoice INV-2026-0007 already issued at journal/2026.dues:29
  dues: error: the ledger has 1 error; nothing was changed
  [1]
  $ git log -1 --format=%s
  bob: hosting, sent

One side sent its number, the other did not: the unsent one is renumbered, though it was
recorded earlier:

  $ git merge --abort
  $ sed -i '/^2026-03-24 sent/d' journal/2026.dues
  $ git commit -qam "bob: hosting, not sent"
  $ git pull -q --no-rebase --no-edit ../alice main
  dues merge-driver: journal/2026.dues: invoice INV-2026-0007 of ours (2026-03-24) is now INV-2026-0008
  Auto-merging journal/2026.dues
  $ grep 'INV-2026-000[78]' journal/2026.dues
  ; dues merge-driver: renumbered from INV-2026-0007 (issued on both branches)
  2026-03-24 invoice INV-2026-0008 customer bolt due 2026-04-23 terms net30 subtotal 20.00 total 20.00 EUR
  2026-03-25 invoice INV-2026-0007 customer acme due 2026-04-24 terms net30 subtotal 500.00 total 500.00 EUR
  2026-03-25 sent INV-2026-0007 to "ap@acme.example" via outbox
  $ grep -c 'renumbered from INV-2026-0007' journal/2026.dues
  1
  $ dues check
  ok: 2 customers, 8 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file

The side that is renumbered moves every number it issued from the collision on, in its
order, so its numbers still follow the order it recorded them in (Bob's second invoice
did not collide, yet it moves too, and comes after his first):

  $ cd ../alice && git pull -q --no-rebase --no-edit ../bob main
  $ dues invoice new acme --item "Review:1:100" --date 2026-03-26
  issued INV-2026-0009 acme 100.00 EUR due 2026-04-25
  $ git commit -qam "alice: review"
  $ cd ../bob
  $ dues invoice new bolt --item "Setup:1:10" --date 2026-03-27
  issued INV-2026-0009 bolt 10.00 EUR due 2026-04-26
  $ dues invoice new bolt --item "Support:1:20" --date 2026-03-27
  issued INV-2026-0010 bolt 20.00 EUR due 2026-04-26
  $ git commit -qam "bob: setup, support"
  $ git pull -q --no-rebase --no-edit ../alice main
  dues merge-driver: journal/2026.dues: invoice INV-2026-0009 of ours (2026-03-27) is now INV-2026-0010
  dues merge-driver: journal/2026.dues: invoice INV-2026-0010 of ours (2026-03-27) is now INV-2026-0011
  Auto-merging journal/2026.dues
  $ grep -E '^(; dues merge|2026-03-2[67] invoice)' journal/2026.dues | tail -5
  2026-03-26 invoice INV-2026-0009 customer acme due 2026-04-25 terms net30 subtotal 100.00 total 100.00 EUR
  ; dues merge-driver: renumbered from INV-2026-0009 (issued on both branches)
  2026-03-27 invoice INV-2026-0010 customer bolt due 2026-04-26 terms net30 subtotal 10.00 total 10.00 EUR
  ; dues merge-driver: renumbered from INV-2026-0010 (after INV-2026-0009, issued on both branches)
  2026-03-27 invoice INV-2026-0011 customer bolt due 2026-04-26 terms net30 subtotal 20.00 total 20.00 EUR
  $ dues check
  ok: 2 customers, 11 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file

`dues git setup` never overwrites a hook it did not write; --chain keeps it and runs it
first:

  $ cd ../origin
  $ printf '#!/bin/sh\necho "the team hook ran"\n' > .git/hooks/pre-commit
  $ dues git setup
  dues: error: .git/hooks/pre-commit exists and was not written by dues; nothing was changed. Run 'dues git setup --chain' to run it first and dues after it, or add 'dues check && dues fmt --check' to it yourself
  [4]
  $ dues git setup --chain
  .gitattributes: journal/*.dues merge=dues
  git config: merge.dues.driver = dues merge-driver %O %A %B %P
  .git/hooks/pre-commit: dues check && dues fmt --check (after pre-commit.before-dues)
  $ git commit -q --allow-empty -m "an empty commit"
  the team hook ran
  $ dues git setup | tail -1
  .git/hooks/pre-commit: dues check && dues fmt --check (after pre-commit.before-dues)
