Details on demand (issue 16): `invoice show`, `invoice render`, `credit` and `send` of
named documents load the ledger in balances mode (from the snapshot when it fits), then
read the items, tax lines, discount, pricing, terms and notes of just those documents
again from their own journal entries. What they print must be byte for byte what a full
parse of the journal prints, on every example ledger: with a warm snapshot, without the
cache, and after the journal changed under the snapshot.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-23

`views DIR LEDGER`: every document rendered as text and HTML (one run each), `invoice
show` as text and JSON and `credit --dry-run --full` (whatever it says, and its exit
code) for a few documents of each kind: credit notes, invoices with instalments, with a
discount, with several tax rates, and the first and last of every journal file.

  $ picks() {
  >   awk '/^[0-9]/ { id = ($2 == "invoice" || $2 == "credit") ? $3 : ""; taxes = 0 }
  >        id == "" { next }
  >        /^[0-9]/ { if (!(FILENAME in first)) first[FILENAME] = id; last[FILENAME] = id
  >                   if ($2 == "credit" && credits++ < 3) print id }
  >        / discount / && id != seen_discount { if (discounts++ < 3) print id; seen_discount = id }
  >        /^  instalment/ && id != seen_instalment { if (instalments++ < 3) print id; seen_instalment = id }
  >        /^  tax / && ++taxes == 2 && rates++ < 3 { print id }
  >        END { for (f in first) print first[f]; for (f in last) print last[f] }' "$1"/journal/*.dues |
  >     sort -u
  > }
  $ views() {
  >   local out=$1 ledger=$2 id
  >   mkdir -p "$out/render"
  >   dues -C "$ledger" invoice list --format document-ids > "$out/ids"
  >   dues -C "$ledger" invoice render $(cat "$out/ids") --format text --output "$out/render/{id}.txt"
  >   dues -C "$ledger" invoice render $(cat "$out/ids") --format html --output "$out/render/{id}.html"
  >   for id in $(picks "$ledger"); do
  >     dues -C "$ledger" invoice show "$id" > "$out/$id.show.txt" 2>&1
  >     dues -C "$ledger" invoice show "$id" --format json > "$out/$id.show.json" 2>&1
  >     dues -C "$ledger" credit "$id" --full --reason check --dry-run > "$out/$id.credit" 2>&1
  >     echo "exit $?" >> "$out/$id.credit"
  >   done
  > }

The outputs of each ledger, with a warm snapshot and with the cache off, are the same
files; their hash is the one a full parse of every entry gave before details were read
on demand (blessed with that binary):

  $ for name in cn-trading dunning eu-agency tiny; do
  >   cp -r "$EXAMPLES/$name" "$name"
  >   dues -C "$name" aging > /dev/null
  >   views "warm-$name" "$name"
  >   DUES_NO_CACHE=1 views "none-$name" "$name"
  >   diff -r "warm-$name" "none-$name" && echo "$name: $(ls "warm-$name"/render | wc -l) documents rendered, $(ls "warm-$name" | grep -c show.txt) shown"
  >   (cd "warm-$name" && cat render/* *.show.* *.credit | sha256sum | cut -c1-16)
  > done
  cn-trading: 484 documents rendered, 13 shown
  bf2da6dd6622808d
  dunning: 10 documents rendered, 2 shown
  7e4b3a4918cf1c94
  eu-agency: 456 documents rendered, 15 shown
  ce5e4134ed37bc96
  tiny: 16 documents rendered, 4 shown
  f328c5dd2c90d7a5

The journal changed under the snapshot. Appended by dues (the snapshot is used, and the
text after what it covers is parsed on top: the last file's lines are counted on):

  $ dues -C eu-agency note almhof "Called about the February invoices" > /dev/null
  $ views appended eu-agency
  $ DUES_NO_CACHE=1 views appended-none eu-agency
  $ diff -r appended appended-none && diff -r appended warm-eu-agency

Edited by hand: a comment line at the top of each journal file moves every entry one
line down, so the snapshot no longer fits and the ledger is parsed again:

  $ for file in eu-agency/journal/*.dues; do sed -i '1i ; moved one line down' "$file"; done
  $ views edited eu-agency
  $ DUES_NO_CACHE=1 views edited-none eu-agency
  $ diff -r edited edited-none && diff -r edited warm-eu-agency

A credit note written with the details read on demand is the one a full parse writes:

  $ last=$(dues -C tiny invoice list --status open --format ids | tail -1)
  $ dues -C tiny credit "$last" --full --reason "details on demand" > /dev/null
  $ tail -n 6 tiny/journal/2026.dues
  
  2026-05-11 refund RFD-2026-0001 customer acme amount 144.00 EUR method bank ref "Overpayment of 2026-05-04"
  2026-11-23 credit CN-2026-0002 customer kyoto invoice INV-2026-0007 subtotal 38250 total 38250 JPY reason "details on demand"
    item "Pattern adaptation" qty 4.5 unit h price 8500 tax export amount 38250
    tax export rate 0% base 38250 amount 0
    apply INV-2026-0007 38250
  $ dues -C tiny check
  ok: 3 customers, 7 invoices, 2 credit notes, 5 payments, 1 refund in 1 journal file
