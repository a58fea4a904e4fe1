Every HTML page dues writes escapes everything that comes from the ledger: names,
addresses, descriptions, notes, references, reasons, tax ids, the company's own
details. The ledger here holds script tags, attribute break-outs, entities that must
stay as written, a mustache tag and CJK text (tests/cli/html_ledger.sh).

  $ . "$TESTS/cli/html_ledger.sh"
  $ dues check
  ok: 1 customer, 1 invoice, 1 credit note, 0 payments, 0 refunds in 1 journal file

The pages hold only the tags and attributes dues writes itself, and every hostile text
comes back, once unescaped, exactly as written:

  $ cat > check.py <<'END'
  > import html.parser, sys
  > TAGS = {'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'div', 'strong',
  >         'br', 'h1', 'h2', 'h3', 'dl', 'dt', 'dd', 'p', 'table', 'thead', 'tbody', 'tr',
  >         'th', 'td', 'section', 'footer'}
  > ATTRS = {'lang', 'charset', 'name', 'content', 'class'}
  > class Page(html.parser.HTMLParser):
  >     def __init__(self):
  >         super().__init__(convert_charrefs=True)
  >         self.problems, self.text = [], []
  >     def handle_starttag(self, tag, attrs):
  >         if tag not in TAGS:
  >             self.problems.append('tag <%s>' % tag)
  >         for name, value in attrs:
  >             if name not in ATTRS or any(c in (value or '') for c in '<>"\''):
  >                 self.problems.append('attribute %s=%r in <%s>' % (name, value, tag))
  >     def handle_data(self, data):
  >         self.text.append(data)
  > for path in sys.argv[1:]:
  >     page = Page()
  >     page.feed(open(path, encoding='utf-8').read())
  >     text = ''.join(page.text)
  >     print(path, 'problems:', page.problems or 'none')
  >     for needle in ['<script>document.title=String.fromCharCode(80,87,78,69,68)</script> 北京 {{title}}',
  >                    '"><img src=x onerror="document.body.setAttribute(\'x\'+\'pwned\',\'1\')">',
  >                    '東京都千代田区 &amp; 1-1', "' onfocus='alert(1)", 'Acme <b>Bold</b> & Co',
  >                    '&amp; &lt;b&gt;', '<iframe src=javascript:alert(1)>',
  >                    '</td></tr></table><script>', '<script>alert(4)</script>',
  >                    'x@example.com"><script>', "DE'onmouseover='alert(1)", '"><svg onload=']:
  >         if needle in text:
  >             print('  shown as text:', needle)
  > END
  $ python3 check.py inv.html cn.html st.html
  inv.html problems: none
    shown as text: <script>document.title=String.fromCharCode(80,87,78,69,68)</script> \xe5\x8c\x97\xe4\xba\xac {{title}} (esc)
    shown as text: "><img src=x onerror="document.body.setAttribute('x'+'pwned','1')">
    shown as text: \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\x8d\x83\xe4\xbb\xa3\xe7\x94\xb0\xe5\x8c\xba &amp; 1-1 (esc)
    shown as text: ' onfocus='alert(1)
    shown as text: Acme <b>Bold</b> & Co
    shown as text: &amp; &lt;b&gt;
    shown as text: x@example.com"><script>
    shown as text: DE'onmouseover='alert(1)
    shown as text: "><svg onload=
  cn.html problems: none
    shown as text: <script>document.title=String.fromCharCode(80,87,78,69,68)</script> \xe5\x8c\x97\xe4\xba\xac {{title}} (esc)
    shown as text: "><img src=x onerror="document.body.setAttribute('x'+'pwned','1')">
    shown as text: \xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\x8d\x83\xe4\xbb\xa3\xe7\x94\xb0\xe5\x8c\xba &amp; 1-1 (esc)
    shown as text: ' onfocus='alert(1)
    shown as text: Acme <b>Bold</b> & Co
    shown as text: <iframe src=javascript:alert(1)>
    shown as text: </td></tr></table><script>
    shown as text: x@example.com"><script>
    shown as text: DE'onmouseover='alert(1)
  st.html problems: none
    shown as text: <script>document.title=String.fromCharCode(80,87,78,69,68)</script> \xe5\x8c\x97\xe4\xba\xac {{title}} (esc)
    shown as text: Acme <b>Bold</b> & Co
    shown as text: </td></tr></table><script>
    shown as text: <script>alert(4)</script>
The check does find markup that is not dues's own:

  $ printf '<p class="x" onclick="y">a</p><script>b</script>' > raw.html
  $ python3 check.py raw.html
  raw.html problems: ["attribute onclick='y' in <p>", 'tag <script>']

No tag of the payloads is left in the source:

  $ grep -c '<script\|<img\|<svg\|<iframe\|onerror=\"' inv.html cn.html st.html
  inv.html:0
  cn.html:0
  st.html:0
  [1]
  $ grep -o '&amp;amp; &amp;lt;b&amp;gt;' inv.html
  &amp;amp; &amp;lt;b&amp;gt;
  $ grep -o '<title>[^<]*</title>' st.html
  <title>Statement of account for &lt;script&gt;document.title=String.fromCharCode(80,87,78,69,68)&lt;/script&gt; \xe5\x8c\x97\xe4\xba\xac {{title}} (evil)</title> (esc)
