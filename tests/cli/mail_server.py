"""A real SMTP server for the dues send tests (python3-aiosmtpd; run it with /usr/bin/python3).

mail_server.py DIR [--refuse ADDRESS] [--fail-data CODE] [--drop] [--auth USER:PASS --cert C --key K]

Listens on 127.0.0.1 on a free port, writes the port to DIR/port once it accepts
connections, and saves each message it accepts as DIR/N.eml with its envelope in
DIR/N.envelope (MAIL FROM, then one RCPT TO per line). --refuse answers 550 to that
recipient; --fail-data answers CODE to DATA; --drop closes the connection at DATA;
--auth requires STARTTLS and then AUTH PLAIN/LOGIN with that user and password.
Stops on SIGTERM.
"""
import argparse
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("dir")
parser.add_argument("--refuse")
parser.add_argument("--fail-data")
parser.add_argument("--drop", action="store_true")
parser.add_argument("--auth")
parser.add_argument("--cert")
parser.add_argument("--key")
args = parser.parse_args()


class Handler:
    count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == args.refuse:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if args.drop:
            server.transport.close()
            return "421 closing"
        if args.fail_data:
            return "%s 4.3.0 Mailbox temporarily unavailable, try later" % args.fail_data
        Handler.count += 1
        base = os.path.join(args.dir, str(Handler.count))
        with open(base + ".eml", "wb") as out:
            out.write(envelope.original_content)
        with open(base + ".envelope", "w") as out:
            out.write("\n".join([envelope.mail_from] + envelope.rcpt_tos) + "\n")
        return "250 2.0.0 Ok: queued as %d" % Handler.count


def authenticate(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword):
        user, password = args.auth.split(":", 1)
        if auth_data.login.decode() == user and auth_data.password.decode() == password:
            return AuthResult(success=True)
    return AuthResult(success=False, handled=False)


probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()

options = {}
if args.auth:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    options = dict(tls_context=context, require_starttls=True, authenticator=authenticate,
                   auth_required=True, auth_require_tls=True)
controller = Controller(Handler(), hostname="127.0.0.1", port=port,
                        data_size_limit=10_000_000, **options)
controller.start()
with open(os.path.join(args.dir, "port.tmp"), "w") as out:
    out.write(str(port))
os.rename(os.path.join(args.dir, "port.tmp"), os.path.join(args.dir, "port"))

stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
stop.wait()
controller.stop()
sys.exit(0)
