# A ledger whose every text is hostile HTML, for html-safety.t and html-browser.t:
# `. "$TESTS/cli/html_ledger.sh"` creates ./books, cds into it and renders inv.html,
# cn.html and st.html. The payloads would change the page if they ran: a script sets
# the title to PWNED, an onerror handler adds an attribute "xpwned" to <body>; neither
# word appears in the source, so finding one after loading proves a script ran.
mkdir -p books/journal
cd books || exit 1
cat > dues.toml <<'END'
format = 1

[company]
name = "Acme <b>Bold</b> & Co"
address = """
Hauptstraße 1 "><img src=x onerror="document.body.setAttribute('x'+'pwned','1')">
10115 Berlin"""
currency = "EUR"
iban = "DE02 1203 0000 0000 2020 51"
email = "x@example.com\"><script>document.title=String.fromCharCode(80,87,78,69,68)</script>"
tax-id = "DE'onmouseover='alert(1)"

[defaults]
terms = "net30"

[terms.net30]
days = 30

[series.invoice]
format = "INV-{year}-{seq:04}"

[series.credit]
format = "CN-{year}-{seq:04}"
END
cat > customers.toml <<'END'
[evil]
name = "<script>document.title=String.fromCharCode(80,87,78,69,68)</script> 北京 {{title}}"
address = """
"><img src=x onerror="document.body.setAttribute('x'+'pwned','1')">
東京都千代田区 &amp; 1-1"""
tax-id = "' onfocus='alert(1)"
END
DUES_TODAY=2026-03-31 dues invoice new evil --date 2026-01-05 \
  --item "<script>document.title=String.fromCharCode(80,87,78,69,68)</script> 设计:1:10.00" \
  --item "&amp; &lt;b&gt;:2:5.00" --note "\"><svg onload=\"document.body.setAttribute('x'+'pwned','1')\">" \
  --po "<img src=x onerror=\"document.body.setAttribute('x'+'pwned','1')\">" > /dev/null
DUES_TODAY=2026-03-31 dues credit INV-2026-0001 --item "<iframe src=javascript:alert(1)>:1:5.00" \
  --reason "</td></tr></table><script>document.title=String.fromCharCode(80,87,78,69,68)</script>" \
  --date 2026-01-10 > /dev/null
DUES_TODAY=2026-03-31 dues writeoff INV-2026-0001 --reason "<script>alert(4)</script>" \
  --date 2026-02-01 > /dev/null
DUES_TODAY=2026-03-31 dues invoice render INV-2026-0001 --format html > inv.html
DUES_TODAY=2026-03-31 dues invoice render CN-2026-0001 --format html > cn.html
DUES_TODAY=2026-03-31 dues statement evil --format html > st.html
