`dues report NAME --format html` (and `dues aging --format html`): one self-contained page
per report, with inline SVG charts beside the tables. The pages fetch nothing and run
nothing; their charts are checked against the numbers, and headless Chromium (Debian
`chromium`, skipped when missing) loads each page and keeps every bar.

  $ export DUES_TODAY=2026-03-31 HOME=$PWD
  $ E="$EXAMPLES/eu-agency"
  $ for r in dso forecast risk "tax --period 2026-Q1" payments; do
  >   dues -C "$E" report $r --format html > "${r%% *}.html" || echo "$r failed"; done
  $ dues -C "$E" aging --format html > aging.html

Nothing in a page loads anything: no script, no src or href, no url(); a
Content-Security-Policy forbids it anyway.

  $ cat *.html | grep -c -i '<script\|src=\|href=\|url(' 
  0
  [1]
  $ grep -c "Content-Security-Policy\" content=\"default-src 'none'" *.html
  aging.html:1
  dso.html:1
  forecast.html:1
  payments.html:1
  risk.html:1
  tax.html:1

Every bar is value x 200 / max pixels high (rounded half up), stacked bars sit on each
other, and the values are the report's numbers: the payments chart's January bar is the
money received in January (36771.10 EUR, in cents).

  $ for page in aging dso forecast risk payments; do /usr/bin/python3 "$TESTDIR/report_svg_check.py" $page.html; done
  EUR: open items by age: 30 bars ok
  EUR: DSO by month (days): 12 bars ok
  JPY: DSO by month (days): 12 bars ok
  KWD: DSO by month (days): 12 bars ok
  EUR: due and expected receipts: 10 bars ok
  EUR: risk score (0-100): 18 bars ok
  JPY: risk score (0-100): 1 bars ok
  KWD: risk score (0-100): 1 bars ok
  EUR: money received: 6 bars ok
  JPY: money received: 6 bars ok
  KWD: money received: 6 bars ok
  $ grep -o 'data-category="2026-01" data-value="[0-9]*"' payments.html
  data-category="2026-01" data-value="3677110"
  data-category="2026-01" data-value="0"
  data-category="2026-01" data-value="3746000"
  $ dues -C "$E" report payments --format csv | grep '^periods,EUR,2026-01,'
  periods,EUR,2026-01,8,36771.10,0.00,7,42.9,57.1,0.00

A browser loads each page and keeps every chart bar and table row:

  $ command -v chromium > /dev/null || exit 80
  $ dom() { timeout 60 chromium --headless=new --no-sandbox --disable-gpu \
  >   --disable-dev-shm-usage --dump-dom "file://$PWD/$1" 2> /dev/null; }
  $ for page in aging dso forecast risk tax payments; do
  >   dom $page.html > $page.dom
  >   echo "$page: $(grep -c '<rect class="bar"' $page.html) bars, $(grep -o '<rect class="bar"' $page.dom | wc -l | tr -d ' ') in the DOM; $(grep -o '<tr' $page.html | wc -l | tr -d ' ') rows, $(grep -o '<tr' $page.dom | wc -l | tr -d ' ') in the DOM"
  > done
  aging: 30 bars, 30 in the DOM; 8 rows, 8 in the DOM
  dso: 36 bars, 36 in the DOM; 37 rows, 37 in the DOM
  forecast: 10 bars, 10 in the DOM; 14 rows, 14 in the DOM
  risk: 20 bars, 20 in the DOM; 23 rows, 23 in the DOM
  tax: 0 bars, 0 in the DOM; 19 rows, 19 in the DOM
  payments: 18 bars, 18 in the DOM; 52 rows, 52 in the DOM

And takes a screenshot (tools/report-screenshots.sh keeps one per report in docs/images/):

  $ timeout 60 chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
  >   --hide-scrollbars --window-size=1000,800 --screenshot="$PWD/dso.png" "file://$PWD/dso.html" > /dev/null 2>&1
  $ file dso.png | sed 's/, [0-9]*-bit.*//'
  dso.png: PNG image data, 1000 x 800
