dues send to an SMTP server that requires STARTTLS and AUTH (a throw-away certificate,
trusted through [mail] ca-file). The password comes from the environment variable that
password-env names, never from dues.toml.

  $ . "$TESTS/cli/send_ledger.sh"
  $ openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 \
  >   -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 2> /dev/null
  $ start_server tls --auth billing:s3cret --cert cert.pem --key key.pem

A password written in dues.toml is refused where it stands.

  $ use_smtp tls <<'EOF'
  > user = "billing"
  > password = "s3cret"
  > EOF
  $ dues send INV-2026-0001
  dues: error: dues.toml:28:12: 'password' does not belong in dues.toml, which lives in git: name an environment variable with 'password-env', or use 'netrc = true'
  dues: error: the ledger has 1 error; nothing was changed
  [3]

  $ use_smtp tls <<'EOF'
  > user = "billing"
  > password-env = "DUES_TEST_SMTP_PASSWORD"
  > ca-file = "cert.pem"
  > EOF
  $ dues send INV-2026-0001
  dues: error: the SMTP password's environment variable DUES_TEST_SMTP_PASSWORD is not set ([mail] password-env)
  [5]
  $ DUES_TEST_SMTP_PASSWORD=wrong dues send INV-2026-0001
  dues: error: INV-2026-0001 was not sent \(smtp\): 127\.0\.0\.1:[0-9]+: Login denied \(server said: 535 5\.7\.8 Authentication credentials invalid\); 0 of 1 sent and recorded (re)
  [5]
  $ DUES_TEST_SMTP_PASSWORD=s3cret dues send INV-2026-0001
  sent INV-2026-0001 to buchhaltung@mueller.example, cc chef@mueller.example via smtp <INV-2026-0001.1@kiefer-ito.example>
  $ show tls/1.eml | grep Subject
  Subject: Rechnung INV-2026-0001 von Kiefer & Ito Design GbR
  $ grep -c ' sent ' journal/2026.dues
  1

Without the certificate the server's is not trusted; with security = "none" a server that
demands STARTTLS answers 530 before any password is offered.

  $ sed -i '/^ca-file/d' dues.toml
  $ DUES_TEST_SMTP_PASSWORD=s3cret dues send INV-2026-0002
  dues: error: INV-2026-0002 was not sent \(smtp\): 127\.0\.0\.1:[0-9]+: SSL certificate problem: self-signed certificate; 0 of 1 sent and recorded (re)
  [5]
  $ sed -i 's/^transport = "smtp"/transport = "smtp"\nsecurity = "none"/' dues.toml
  $ DUES_TEST_SMTP_PASSWORD=s3cret dues send INV-2026-0002
  dues: error: INV-2026-0002 was not sent \(smtp\): 127\.0\.0\.1:[0-9]+: MAIL failed: 530 \(server said: 530 Must issue a STARTTLS command first\); 0 of 1 sent and recorded (re)
  [5]
  $ grep -c ' sent ' journal/2026.dues
  1
  $ stop_server tls
