`--format xlsx` for aging, statements and every report: a real workbook on stdout, one
sheet per currency, amounts as numbers in the currency's decimals, a frozen header row
and column widths. Read back with openpyxl (Debian python3-openpyxl, through
/usr/bin/python3: the python3 on PATH may lack Debian's modules).

  $ /usr/bin/python3 -c 'import openpyxl' 2> /dev/null || exit 80
  $ export DUES_TODAY=2026-03-31
  $ E="$EXAMPLES/eu-agency"
  $ dump() { /usr/bin/python3 "$TESTDIR/report_xlsx_dump.py" "$@"; }

Aging: on this day only EUR is owed, so one sheet; a customer's row holds numbers in
EUR's two decimals (KWD's three and JPY's none are below).

  $ dues -C "$E" aging --format xlsx > aging.xlsx
  $ file aging.xlsx | sed 's/:.*Microsoft.*/: a Microsoft Excel 2007+ file/'
  aging.xlsx: a Microsoft Excel 2007+ file
  $ dump aging.xlsx
  EUR: 13 rows, frozen at A7, column A 13 wide
  $ dump aging.xlsx EUR 7
  str 'almhof' | General
  str 'Almhof Tourismus GmbH' | General
  int 0 | #,##0.00
  int 6790 | #,##0.00
  int 0 | #,##0.00
  int 0 | #,##0.00
  int 0 | #,##0.00
  int 0 | #,##0.00
  int 6790 | #,##0.00
  $ dues -C "$E" aging --format csv | grep -m1 '^2026-03-31,due,EUR,almhof'
  2026-03-31,due,EUR,almhof,Almhof Tourismus GmbH,0.00,6790.00,0.00,0.00,0.00,0.00,6790.00

A statement, with its dates as dates:

  $ dues -C "$E" statement alnoor --from 2026-01-01 --format xlsx > statement.xlsx
  $ dump statement.xlsx
  KWD: 17 rows, frozen at A8, column A 13 wide
  $ dump statement.xlsx KWD 9
  datetime datetime.datetime(2026, 1, 12, 0, 0) | yyyy-mm-dd
  str 'invoice' | General
  str 'NL-2026-0003' | General
  str 'due 2026-02-11' | General
  float 4041.625 | #,##0.000
  float 7792.625 | #,##0.000

Every report, one sheet per currency:

  $ for r in dso forecast risk "tax --period 2026-Q1" payments; do
  >   dues -C "$E" report $r --format xlsx > "${r%% *}.xlsx" && echo "${r%% *}: $(dump "${r%% *}.xlsx" | cut -d: -f1 | tr '\n' ' ')"; done
  dso: EUR JPY KWD 
  forecast: EUR 
  risk: EUR JPY KWD 
  tax: EUR JPY KWD 
  payments: EUR JPY KWD 
  $ dump tax.xlsx EUR 9
  str 'de19' | General
  str 'USt 19 %' | General
  int 19 | #,##0.00
  int 17 | 0
  int 0 | 0
  float 69532.46 | #,##0.00
  float 13211.2 | #,##0.00
  int 0 | #,##0.00
  int 0 | #,##0.00
  float 69532.46 | #,##0.00
  float 13211.2 | #,##0.00
  float 52447.61 | #,##0.00
  float 9965.07 | #,##0.00
  $ dues -C "$E" report tax --period 2026-Q1 --currency EUR --format csv | grep '^codes,EUR,de19'
  codes,EUR,de19,USt 19 %,19,17,0,69532.46,13211.20,0.00,0.00,69532.46,13211.20,52447.61,9965.07
  $ dump dso.xlsx JPY 9
  str '2025-12' | General
  datetime datetime.datetime(2025, 12, 1, 0, 0) | yyyy-mm-dd
  datetime datetime.datetime(2025, 12, 31, 0, 0) | yyyy-mm-dd
  int 0 | #,##0
  int 0 | #,##0
  int 0 | #,##0
  int 0 | #,##0
  int 0 | #,##0.0
  int 0 | 0

The same report on the same day is the same bytes (--today/--as-of determinism): the
workbook's creation time, which libxlsxwriter also stamps on the zip entries, is the
report's day at midnight UTC, not the wall clock:

  $ dues -C "$E" report risk --format xlsx > again1.xlsx
  $ sleep 2.1
  $ dues -C "$E" report risk --format xlsx > again2.xlsx
  $ cmp again1.xlsx again2.xlsx && echo same bytes
  same bytes
  $ /usr/bin/python3 -c 'import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).properties.created)' again1.xlsx
  2026-03-31 00:00:00
  $ dues -C "$E" statement alnoor --format xlsx > s1.xlsx
  $ /usr/bin/python3 -c 'import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).properties.created)' s1.xlsx
  2026-03-31 00:00:00
