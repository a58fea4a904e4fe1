dues send takes the SMTP password from [mail] password-command (privacy, issue 20): the
first line the command prints. The password is never in dues.toml, never in argv, and no
output of dues ever shows it, also when the command or the login fails.

  $ . "$TESTS/cli/send_ledger.sh"
  $ openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 \
  >   -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2> /dev/null
  $ SECRET=Tr0ub4dor-and-3-horses
  $ start_server tls --auth billing:$SECRET --cert cert.pem --key key.pem
  $ printf '%s\n' "$SECRET" > ../secret.txt
  $ printf '%s\n' wrong-password > ../wrong.txt

A command that fails, or prints nothing, stops the run; what it printed is not shown:

  $ use_smtp tls <<EOF
  > user = "billing"
  > password-command = "cat ../secret.txt; echo $SECRET >&2; exit 3"
  > ca-file = "cert.pem"
  > EOF
  $ dues send INV-2026-0001 > out.1 2>&1; echo $?
  5
  $ cat out.1
  dues: error: [mail] password-command exited with status 3 (its output is not shown)
  $ sed -i 's/^password-command = .*/password-command = "true"/' dues.toml
  $ dues send INV-2026-0001 > out.2 2>&1; echo $?
  5
  $ cat out.2
  dues: error: [mail] password-command printed no password (its output is not shown)

A wrong password is refused by the server; the right one sends:

  $ sed -i 's|^password-command = .*|password-command = "cat ../wrong.txt"|' dues.toml
  $ dues send INV-2026-0001 > out.3 2>&1; echo $?
  5
  $ sed -i 's|^password-command = .*|password-command = "cat ../secret.txt"|' dues.toml
  $ dues send INV-2026-0001 > out.4 2>&1; echo $?
  0
  $ cat out.4
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via smtp <INV-2026-0001.1@kiefer-ito.example>
  $ dues send INV-2026-0002 --dry-run > out.5 2>&1; echo $?
  0

No output, no file of the ledger and no journal line holds the secret:

  $ grep -rl -- "$SECRET" out.* dues.toml customers.toml journal
  [1]
  $ grep -c -- "wrong-password" out.3
  0
  [1]
  $ stop_server tls
