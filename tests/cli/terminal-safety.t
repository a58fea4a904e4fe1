Text for people goes to a terminal, and terminals obey escape sequences: a customer
name or a bank reference holding ESC [2J would clear the screen, ESC ] 0; retitle the
window, CR overwrite a line. Every table, text view and error message prints control
characters as U+FFFD (TAB, CR and LF as a space) instead.

  $ export DUES_TODAY=2024-03-31
  $ mkdir -p books/journal && cd books
  $ cat > dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Acme\u001b[31m GmbH"
  > currency = "EUR"
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > 
  > [bank.simple]
  > date = "Date"
  > amount = "Amount"
  > currency = "EUR"
  > payer-name = "Name"
  > reference = "Text"
  > END
  $ cat > customers.toml <<'END'
  > [evil]
  > name = "Evil\u001b[2J\u001b]0;owned\u0007 Corp\rGood Corp"
  > address = "Street 1\u009b31m\nCity"
  > END
  $ dues invoice new evil --date 2024-03-01 --due 2024-03-31 --item $'Work\x1b[1mlabour:1:100.00' --note $'Thanks\x1b[5m!' > /dev/null
  $ printf 'Date,Name,Text,Amount\n2024-03-18,\033[8mhidden,INV-2024-0001 \033]0;owned\007,100.00\n18.03.2024\033[2J,x,y,1.00\n' > ../march.csv

  $ has_control() { python3 -c 'import sys; d = sys.stdin.buffer.read().decode(); print(sum(1 for c in d if (ord(c) < 32 and c != "\n") or 127 <= ord(c) < 160), "control characters")'; }
  $ dues customer list | has_control
  0 control characters
  $ dues customer show evil | has_control
  0 control characters
  $ dues customer show evil | head -3
  id:            evil
  name:          Evil\xef\xbf\xbd[2J\xef\xbf\xbd]0;owned\xef\xbf\xbd Corp Good Corp (esc)
  address:       Street 1\xef\xbf\xbd31m (esc)
  $ dues aging | has_control
  0 control characters
  $ dues aging --detail | grep Evil
  evil      Evil\xef\xbf\xbd[2J\xef\xbf\xbd]0;owned\xef\xbf\xbd Corp Goo\xe2\x80\xa6   100.00  0.00   0.00   0.00  0.00    0.00          100.00 (esc)
  $ dues invoice list | has_control
  0 control characters
  $ dues invoice show INV-2024-0001 | has_control
  0 control characters
  $ dues invoice render INV-2024-0001 | has_control
  0 control characters
  $ dues invoice render INV-2024-0001 | head -6
  Acme\xef\xbf\xbd[31m GmbH (esc)
  
  INVOICE INV-2024-0001
  
  Evil\xef\xbf\xbd[2J\xef\xbf\xbd]0;owned\xef\xbf\xbd Corp Good Corp (esc)
  Street 1\xef\xbf\xbd31m (esc)
  $ dues statement evil | has_control
  0 control characters
  $ dues statement evil | head -1
  Statement of account for Evil\xef\xbf\xbd[2J\xef\xbf\xbd]0;owned\xef\xbf\xbd Corp Good Corp (evil) (esc)

A bank export with escape sequences in its cells: the plan, the profile check and the
error message about the bad date cell.

  $ dues reconcile ../march.csv --profile simple 2>&1 | has_control
  0 control characters
  $ dues reconcile --profile-check ../march.csv --profile simple 2>&1 | has_control
  0 control characters
  $ dues reconcile ../march.csv --profile simple > /dev/null
  dues: error: ../march.csv:3:1: not a date in the format '%Y-%m-%d': '18.03.2024\xef\xbf\xbd[2J' (esc)
  dues: error: the bank file ../march.csv has 1 error; nothing was recorded
  [3]
  $ dues reconcile --profile-check ../march.csv --profile simple | grep receipt
  dues: error: ../march.csv:3:1: not a date in the format '%Y-%m-%d': '18.03.2024\xef\xbf\xbd[2J' (esc)
     2  receipt  2024-03-18  100.00 EUR       \xef\xbf\xbd[8mhidden                       INV-2024-0001 \xef\xbf\xbd]0;owned\xef\xbf\xbd (esc)

JSON and CSV are for programs and keep the text exactly (JSON escapes it, \u001b):

  $ dues customer list --format json | grep name
      "name": "Evil\u001b[2J\u001b]0;owned\u0007 Corp\rGood Corp",
