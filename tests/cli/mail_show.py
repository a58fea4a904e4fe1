"""Prints what a received message says, decoded, for the dues send tests
(run with /usr/bin/python3): the headers, the body text, each attachment's decoded file
name, type and size, and the text of an HTML attachment (tags removed) or of a PDF
(pdftotext).

mail_show.py FILE.eml [--body] [--attachment-text]
"""
import email
import email.policy
import re
import subprocess
import sys

path = sys.argv[1]
with open(path, "rb") as f:
    raw = f.read()
message = email.message_from_bytes(raw, policy=email.policy.default)
for line in raw.split(b"\r\n"):
    if len(line) > 78:
        print("line longer than 78 characters:", line[:40])
    if any(byte > 127 for byte in line):
        print("8-bit byte in:", line[:40])
for name in ["From", "Reply-To", "To", "Cc", "Bcc", "Subject", "Message-ID", "Date"]:
    for value in message.get_all(name, []):
        print("%s: %s" % (name, value))
print("Content-Type:", message.get_content_type())
body = message.get_body(preferencelist=("plain",))
if "--body" in sys.argv:
    print("--- body")
    print(body.get_content().replace("\r\n", "\n").rstrip("\n"))
for part in message.iter_attachments():
    data = part.get_content()
    print("attachment: %s (%s, %d bytes)" % (part.get_filename(), part.get_content_type(), len(data)))
    if "--attachment-text" in sys.argv:
        if part.get_content_type() == "application/pdf":
            text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data,
                                  capture_output=True, check=True).stdout.decode()
        else:
            text = data if isinstance(data, str) else data.decode()
            text = re.sub(r"(?s)<style.*?</style>", "", text)
            text = re.sub(r"<[^>]+>", " ", text)
        print("attachment text:", " ".join(text.split()))
