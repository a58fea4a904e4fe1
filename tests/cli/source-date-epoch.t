Reproducible documents (issue 12): a PDF or xlsx says it was made at SOURCE_DATE_EPOCH
when that is set, else on the document's (the report's) date at 00:00:00 UTC, never at
the clock's time, so two renders give the same bytes. A message's Date: header is the
time it is sent; with --today/DUES_TODAY it is that day at 00:00:00 UTC.

  $ . "$TESTS/cli/send_ledger.sh"
  $ cat >> dues.toml <<'EOF'
  > [mail]
  > transport = "outbox"
  > from = "Kiefer & Ito <billing@kiefer-ito.example>"
  > EOF

Without SOURCE_DATE_EPOCH the PDF's dates are the invoice's:

  $ dues invoice render INV-2026-0001 --format pdf --output plain.pdf
  $ pdfinfo -isodates plain.pdf | grep -E '^(CreationDate|ModDate):'
  CreationDate:    2026-03-02T00:00:00Z
  ModDate:         2026-03-02T00:00:00Z

With it (1767225600 is 2026-01-01 00:00:00 UTC, plus 3723 s), two renders a second
apart give the same bytes, and the dates inside follow SOURCE_DATE_EPOCH:

  $ export SOURCE_DATE_EPOCH=1767229323
  $ dues invoice render INV-2026-0001 --format pdf --output one.pdf
  $ sleep 1
  $ dues invoice render INV-2026-0001 --format pdf --output two.pdf
  $ cmp one.pdf two.pdf && echo same
  same
  $ cmp -s one.pdf plain.pdf || echo differs from the one without
  differs from the one without
  $ pdfinfo -isodates one.pdf | grep -E '^(CreationDate|ModDate):'
  CreationDate:    2026-01-01T01:02:03Z
  ModDate:         2026-01-01T01:02:03Z
  $ dues statement acme --format pdf > s1.pdf
  $ sleep 1
  $ dues statement acme --format pdf > s2.pdf
  $ cmp s1.pdf s2.pdf && echo same
  same
  $ pdfinfo -isodates s1.pdf | grep -E '^CreationDate:'
  CreationDate:    2026-01-01T01:02:03Z

A workbook's docProps say SOURCE_DATE_EPOCH too (libxlsxwriter would put the clock's
time there), and without it the report's day:

  $ dues aging --format xlsx > a1.xlsx
  $ sleep 1
  $ dues aging --format xlsx > a2.xlsx
  $ cmp a1.xlsx a2.xlsx && echo same
  same
  $ unzip -p a1.xlsx docProps/core.xml | grep -o '<dcterms:[a-z]*[^>]*>[^<]*' | sed 's/ xsi:type="dcterms:W3CDTF"//'
  <dcterms:created>2026-01-01T01:02:03Z
  <dcterms:modified>2026-01-01T01:02:03Z
  $ env -u SOURCE_DATE_EPOCH dues statement acme --format xlsx > s1.xlsx
  $ sleep 1
  $ env -u SOURCE_DATE_EPOCH dues statement acme --format xlsx | cmp - s1.xlsx && echo same
  same
  $ unzip -p s1.xlsx docProps/core.xml | grep -o '<dcterms:created[^>]*>[^<]*' | sed 's/.*>//'
  2026-03-10T00:00:00Z

Sending: the attached PDF follows SOURCE_DATE_EPOCH; the Date: header does not (it
says when the message was sent). With DUES_TODAY it is that day at midnight:

  $ dues send INV-2026-0001
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via outbox <INV-2026-0001.1@kiefer-ito.example>
  $ grep '^Date:' outbox/INV-2026-0001.eml | tr -d '\r'
  Date: Tue, 10 Mar 2026 00:00:00 +0000
  $ /usr/bin/python3 - outbox/INV-2026-0001.eml > attached.pdf <<'EOF'
  > import email, sys
  > message = email.message_from_binary_file(open(sys.argv[1], "rb"))
  > part = next(p for p in message.walk() if p.get_content_type() == "application/pdf")
  > sys.stdout.buffer.write(part.get_payload(decode=True))
  > EOF
  $ cmp attached.pdf one.pdf && echo the same bytes as the rendered one
  the same bytes as the rendered one

Without --today or DUES_TODAY the header is the clock's time, to the second, in UTC:

  $ before=$(date -u +%s)
  $ env -u DUES_TODAY dues send INV-2026-0002 --dry-run > dry.eml
  $ after=$(date -u +%s)
  $ sent=$(date -u -d "$(sed -n 's/^Date: //p' dry.eml)" +%s)
  $ [ "$before" -le "$sent" ] && [ "$sent" -le "$after" ] && echo between before and after
  between before and after
  $ sed -n 's/^Date: //p' dry.eml | grep -cE '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} \+0000$'
  1

A value that is not a number of seconds is an environment error, before anything is
written:

  $ SOURCE_DATE_EPOCH=yesterday dues invoice render INV-2026-0001 --format pdf > /dev/null
  dues: error: SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 00:00:00 UTC (at most 253402300799), not 'yesterday'
  [5]
  $ SOURCE_DATE_EPOCH= dues invoice render INV-2026-0001 --format pdf | cmp - plain.pdf && echo empty means not set
  empty means not set
