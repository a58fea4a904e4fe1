dues send when the server says no: a refused recipient, a 4xx to DATA, a dropped
connection, no server, a server that never answers. Each exits 5 with the server's
words; what was accepted before stays recorded, nothing else is.

  $ . "$TESTS/cli/send_ledger.sh"
  $ sed -i 's/^country = "JP"/country = "JP"\nemails = ["keiri@tokyo.example"]/' customers.toml
  $ cp journal/2026.dues journal.before

A batch of three where the second customer's address is refused (550): the first is
sent and recorded, the second is not, the third is not attempted.

  $ start_server refuse --refuse caiwu@beijing.example
  $ use_smtp refuse <<< 'security = "none"'
  $ dues send INV-2026-0001 INV-2026-0002 INV-2026-0003
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via smtp <INV-2026-0001.1@kiefer-ito.example>
  dues: error: INV-2026-0002 was not sent \(smtp\): 127.0.0.1:[0-9]+: RCPT failed: 550 \(server said: 550 5.1.1 <caiwu@beijing.example>: Recipient address rejected: User unknown\); 1 of 3 sent and recorded, 1 not attempted (re)
  [5]
  $ ls refuse/*.eml
  refuse/1.eml
  $ diff -U0 journal.before journal/2026.dues | grep '^[+-][^+-]'
  +2026-03-10 sent INV-2026-0001 to "buchhaltung@mueller.example" cc "chef@mueller.example" via smtp message-id "<INV-2026-0001.1@kiefer-ito.example>"
  $ stop_server refuse

Run again once the address is fixed: the first is not sent twice.

  $ start_server ok
  $ use_smtp ok <<< 'security = "none"'
  $ dues send --unsent
  sent INV-2026-0002 to caiwu@beijing.example via smtp <INV-2026-0002.1@kiefer-ito.example>
  sent CN-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via smtp <CN-2026-0001.1@kiefer-ito.example>
  sent INV-2026-0003 to keiri@tokyo.example via smtp <INV-2026-0003.1@kiefer-ito.example>
  $ stop_server ok
  $ cp journal/2026.dues journal.before
  $ dues send INV-2026-0001 --resend --dry-run > /dev/null

A temporary failure (451 to DATA), then a connection dropped in the middle: nothing is
recorded.

  $ start_server busy --fail-data 451
  $ use_smtp busy <<< 'security = "none"'
  $ dues send INV-2026-0001 --resend
  dues: error: INV-2026-0001 was not sent \(smtp\): 127.0.0.1:[0-9]+: Weird server reply \(server said: 451 4.3.0 Mailbox temporarily unavailable, try later\); 0 of 1 sent and recorded (re)
  [5]
  $ stop_server busy
  $ start_server drop --drop
  $ use_smtp drop <<< 'security = "none"'
  $ dues send INV-2026-0001 --resend
  dues: error: INV-2026-0001 was not sent \(smtp\): 127.0.0.1:[0-9]+: response reading failed.*; 0 of 1 sent and recorded (re)
  [5]
  $ stop_server drop

No server at all, and one that accepts the connection but never answers (timeout = 1).

  $ dues send INV-2026-0001 --resend
  dues: error: INV-2026-0001 was not sent \(smtp\): 127.0.0.1:[0-9]+: Failed to connect to 127.0.0.1 port [0-9]+ after [0-9]+ ms: Couldn't connect to server; 0 of 1 sent and recorded (re)
  [5]
  $ /usr/bin/python3 -c 'import socket, sys, time
  > s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
  > open("silent-port", "w").write(str(s.getsockname()[1])); time.sleep(30)' &
  $ for _ in $(seq 100); do [[ -s silent-port ]] && break; sleep 0.05; done
  $ sed -i "s/^port = .*/port = $(cat silent-port)/; s/^timeout = .*/timeout = 1/" dues.toml
  $ dues send INV-2026-0001 --resend
  dues: error: INV-2026-0001 was not sent \(smtp\): 127.0.0.1:[0-9]+: Operation timed out after [0-9]+ milliseconds with 0 bytes received; 0 of 1 sent and recorded (re)
  [5]
  $ kill %1
  $ diff journal.before journal/2026.dues
  $ dues check
  ok: 3 customers, 3 invoices, 1 credit note, 0 payments, 0 refunds in 1 journal file
