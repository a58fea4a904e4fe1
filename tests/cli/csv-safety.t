Every CSV dues writes is safe to open in a spreadsheet: a cell that starts with = + - @
TAB or CR is neutralised with a leading apostrophe (shown as text, never run as a
formula), while plain numbers such as -12.50 stay numbers. The hostile texts here come
from customers.toml (names, tax ids, emails, tags, a TAB), the journal (write-off and
void reasons) and a draft's file name and customer.

  $ export DUES_TODAY=2026-03-31
  $ mkdir -p books/journal books/drafts && cd books
  $ cat > dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Example GmbH"
  > currency = "EUR"
  > 
  > [defaults]
  > terms = "net30"
  > 
  > [terms.net30]
  > days = 30
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > END
  $ cat > customers.toml <<'END'
  > [hyper]
  > name = "=HYPERLINK(\"http://x\",\"y\")"
  > tags = ["=1+1"]
  > 
  > [plus]
  > name = "+cmd"
  > tax-id = "-2+3"
  > 
  > [at]
  > name = "@SUM(1)"
  > emails = ["=x@example.com"]
  > 
  > [minus]
  > name = "-2+3"
  > 
  > [tab]
  > name = "\t=1+1"
  > notes = "first\tsecond"
  > 
  > [cr]
  > name = "\r=1+1"
  > END
  $ for c in hyper plus at minus tab cr plus minus; do dues invoice new $c --date 2026-01-05 --item "=cmd|' /C calc'!A0:1:10.00" > /dev/null; done
  $ dues writeoff INV-2026-0004 --reason "@SUM(A1:A9)" --date 2026-02-01 > /dev/null
  $ dues invoice void INV-2026-0002 --reason "=HYPERLINK(\"http://x\")" --date 2026-02-02 > /dev/null
  $ dues pay at 2.50 --date 2026-02-03 --ref "-1+1" > /dev/null
  $ dues check
  ok: 6 customers, 8 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Aging, summary and detail: the name column.

  $ dues aging --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,90+,credit,total
  2026-03-31,due,EUR,at,'@SUM(1),0.00,0.00,7.50,0.00,0.00,0.00,7.50
  2026-03-31,due,EUR,cr,"'\r (no-eol) (esc)
  =1+1",0.00,0.00,10.00,0.00,0.00,0.00,10.00
  2026-03-31,due,EUR,hyper,"'=HYPERLINK(""http://x"",""y"")",0.00,0.00,10.00,0.00,0.00,0.00,10.00
  2026-03-31,due,EUR,minus,'-2+3,0.00,0.00,10.00,0.00,0.00,0.00,10.00
  2026-03-31,due,EUR,plus,'+cmd,0.00,0.00,10.00,0.00,0.00,0.00,10.00
  2026-03-31,due,EUR,tab,'\t=1+1,0.00,0.00,10.00,0.00,0.00,0.00,10.00 (esc)
  $ dues aging --detail --format csv
  as_of,basis,currency,customer,name,document,instalment,date,due,days,not due,1-30,31-60,61-90,90+,credit,total,disputed
  2026-03-31,due,EUR,at,'@SUM(1),INV-2026-0003,0,2026-01-05,2026-02-04,55,0.00,0.00,7.50,0.00,0.00,0.00,7.50,false
  2026-03-31,due,EUR,cr,"'\r (no-eol) (esc)
  =1+1",INV-2026-0006,0,2026-01-05,2026-02-04,55,0.00,0.00,10.00,0.00,0.00,0.00,10.00,false
  2026-03-31,due,EUR,hyper,"'=HYPERLINK(""http://x"",""y"")",INV-2026-0001,0,2026-01-05,2026-02-04,55,0.00,0.00,10.00,0.00,0.00,0.00,10.00,false
  2026-03-31,due,EUR,minus,'-2+3,INV-2026-0008,0,2026-01-05,2026-02-04,55,0.00,0.00,10.00,0.00,0.00,0.00,10.00,false
  2026-03-31,due,EUR,plus,'+cmd,INV-2026-0007,0,2026-01-05,2026-02-04,55,0.00,0.00,10.00,0.00,0.00,0.00,10.00,false
  2026-03-31,due,EUR,tab,'\t=1+1,INV-2026-0005,0,2026-01-05,2026-02-04,55,0.00,0.00,10.00,0.00,0.00,0.00,10.00,false (esc)

Customers: name, tax id, emails, tags.

  $ dues customer list --format csv
  id,name,currency,terms,credit_limit,country,tax_id,emails,tags
  hyper,"'=HYPERLINK(""http://x"",""y"")",,,,,,,'=1+1
  plus,'+cmd,,,,,'-2+3,,
  at,'@SUM(1),,,,,,'=x@example.com,
  minus,'-2+3,,,,,,,
  tab,'\t=1+1,,,,,,, (esc)
  cr,"'\r (no-eol) (esc)
  =1+1",,,,,,,

Statements: the write-off and void reasons lead their detail cells; the amounts, negative
ones included, stay numbers.

  $ dues statement minus --format csv | grep -v aging
  customer,currency,date,type,document,detail,amount,balance
  minus,EUR,,opening,,,,0.00
  minus,EUR,2026-01-05,invoice,INV-2026-0004,due 2026-02-04,10.00,10.00
  minus,EUR,2026-01-05,invoice,INV-2026-0008,due 2026-02-04,10.00,20.00
  minus,EUR,2026-02-01,write-off,INV-2026-0004,'@SUM(A1:A9),-10.00,10.00
  minus,EUR,2026-03-31,closing,,,,10.00
  $ dues statement plus --format csv | grep -v aging
  customer,currency,date,type,document,detail,amount,balance
  plus,EUR,,opening,,,,0.00
  plus,EUR,2026-01-05,invoice,INV-2026-0002,due 2026-02-04,10.00,10.00
  plus,EUR,2026-01-05,invoice,INV-2026-0007,due 2026-02-04,10.00,20.00
  plus,EUR,2026-02-02,void,INV-2026-0002,"'=HYPERLINK(""http://x"")",-10.00,10.00
  plus,EUR,2026-03-31,closing,,,,10.00
  $ dues statement at --format csv | grep payment
  at,EUR,2026-02-03,payment,PAY-2026-0001,ref -1+1,-2.50,7.50

Invoice lists (ids are checked, so only the values dues computes appear) and drafts,
whose file name and customer are free text:

  $ dues invoice list --format csv
  id,date,due,customer,total,open,currency,state
  INV-2026-0001,2026-01-05,2026-02-04,hyper,10.00,10.00,EUR,overdue
  INV-2026-0002,2026-01-05,2026-02-04,plus,10.00,0.00,EUR,void
  INV-2026-0003,2026-01-05,2026-02-04,at,10.00,7.50,EUR,overdue
  INV-2026-0004,2026-01-05,2026-02-04,minus,10.00,0.00,EUR,written-off
  INV-2026-0005,2026-01-05,2026-02-04,tab,10.00,10.00,EUR,overdue
  INV-2026-0006,2026-01-05,2026-02-04,cr,10.00,10.00,EUR,overdue
  INV-2026-0007,2026-01-05,2026-02-04,plus,10.00,10.00,EUR,overdue
  INV-2026-0008,2026-01-05,2026-02-04,minus,10.00,10.00,EUR,overdue
  $ cat > drafts/=cmd.toml <<'END'
  > customer = "+evil"
  > END
  $ dues invoice list --status draft --format csv
  draft,customer,total,currency,problem
  '=cmd,'+evil,,,drafts/=cmd.toml:1:1: draft drafts/=cmd.toml needs at least one [[items]] table
  [1]

Nothing in any CSV starts a cell with a formula character (a cell starts after a comma
or at the start of a line, possibly inside quotes):

  $ dues invoice list --status draft --format csv > drafts.csv
  [1]
  $ rm drafts/=cmd.toml # a broken draft stops every other command, as it stops check
  $ { cat drafts.csv; dues aging --format csv; dues aging --detail --format csv
  >   dues customer list --format csv
  >   for c in hyper plus at minus tab cr; do dues statement $c --format csv; done
  >   dues invoice list --format csv; } > all.csv
  $ python3 - all.csv <<'END'
  > import csv, re, sys
  > bad = [cell for row in csv.reader(open(sys.argv[1], newline=''))
  >        for cell in row if re.match(r'[=+\-@\t\r]', cell)
  >        and not re.fullmatch(r'[+-]?\d+(\.\d+)?', cell)]
  > print(len(bad), 'formula cells;', 'cells checked:', sum(len(r) for r in csv.reader(open(sys.argv[1], newline=''))))
  > END
  0 formula cells; cells checked: 923
