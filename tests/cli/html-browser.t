The HTML pages in a real browser with JavaScript on: headless Chromium loads each page
and prints its DOM after scripts ran. The payloads of tests/cli/html_ledger.sh would set
the title to PWNED or add an attribute xpwned to <body>; neither word is in the source,
so either in the DOM would mean a script ran. Skipped without Debian's chromium.

  $ command -v chromium > /dev/null || exit 80
  $ export HOME=$PWD
  $ . "$TESTS/cli/html_ledger.sh"
  $ dom() { timeout 60 chromium --headless=new --no-sandbox --disable-gpu \
  >   --disable-dev-shm-usage --dump-dom "file://$PWD/$1" 2> /dev/null; }

First, that scripts do run: the same payloads written raw into a page fire.

  $ printf '<html><body><script>document.title=String.fromCharCode(80,87,78,69,68)</script><img src=x onerror="document.body.setAttribute(%sx%s+%spwned%s,%s1%s)"></body></html>' "'" "'" "'" "'" "'" "'" > raw.html
  $ dom raw.html | grep -o 'PWNED\|xpwned="1"' | sort
  PWNED
  xpwned="1"

dues's pages: the payloads are text, nothing ran.

  $ for page in inv.html cn.html st.html; do dom $page > $page.dom; echo "$page: $(wc -c < $page.dom | tr -d ' ') bytes of DOM, $(grep -c 'PWNED\|xpwned' $page.dom) with PWNED or xpwned"; done
  inv.html: 4128 bytes of DOM, 0 with PWNED or xpwned
  cn.html: 3576 bytes of DOM, 0 with PWNED or xpwned
  st.html: 2606 bytes of DOM, 0 with PWNED or xpwned
