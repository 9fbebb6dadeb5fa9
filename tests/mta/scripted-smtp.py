#!/usr/bin/python3
"""A small SMTP server that plays a remote mail host for capture-bounces.

It answers RCPT TO and the end of DATA with a reply chosen by the recipient's local part (the part before any '+'),
so that an MTA relaying to it meets every kind of refusal. Any other local part is accepted.
Usage: scripted-smtp.py ADDRESS PORT [SIZE_LIMIT]   (needs Debian's python3-aiosmtpd)
"""
import asyncio
import sys

from aiosmtpd.smtp import SMTP

HOSTNAME = "mx.remote.example.net"

# Replies given at RCPT TO. "{rcpt}" becomes the recipient's address.
RCPT_REPLIES = {
    "nouser": "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
    "full": "552 5.2.2 <{rcpt}>: Mailbox full",
    "fulltemp": "452 4.2.2 <{rcpt}>: Mailbox full",
    "relay": "554 5.7.1 <{rcpt}>: Relay access denied",
    "blocked": "550 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org",
    "later": "451 4.3.0 <{rcpt}>: Temporary lookup failure",
    # Longer than 100 characters, so that the relaying MTA has to wrap it in its bounce.
    "long": "550 5.1.1 <{rcpt}>: The e-mail account that you tried to reach does not exist at this site;"
            " please check the spelling of the address and try again",
}

# Replies given after the message text (end of DATA) when any recipient has one of these local parts.
DATA_REPLIES = {
    "big": "552 5.3.4 Message size exceeds fixed limit",
    # A multi-line reply in the style of a large webmail provider.
    "dmarc": "\r\n".join([
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
        "550-5.7.26",
        "550-5.7.26  Authentication results:",
        "550-5.7.26  DKIM = did not pass",
        "550-5.7.26  SPF [example.org] with ip: [127.0.0.1] = did not pass",
        "550-5.7.26",
        "550-5.7.26  For instructions on setting up authentication, go to",
        "550 5.7.26  https://support.google.com/mail/answer/81126#authentication x12si345678abc.42 - gsmtp",
    ]),
}


def local_part(address):
    return address.rsplit("@", 1)[0].split("+", 1)[0].lower()


class Scripted:
    def __init__(self):
        self.serial = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = RCPT_REPLIES.get(local_part(address), "").format(rcpt=address)
        print(f"RCPT {address} -> {reply or '250'}", file=sys.stderr, flush=True)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            reply = DATA_REPLIES.get(local_part(address))
            if reply:
                print(f"DATA for {address} -> {reply.splitlines()[0]}", file=sys.stderr, flush=True)
                return reply
        self.serial += 1
        print(f"DATA accepted for {', '.join(envelope.rcpt_tos)}", file=sys.stderr, flush=True)
        return f"250 2.0.0 Ok: queued as 4F2A1C{self.serial:04X}"


async def main(address, port, size_limit):
    handler = Scripted()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname=HOSTNAME, ident="ESMTP", data_size_limit=size_limit), address, port)
    print(f"listening on {address}:{port}", file=sys.stderr, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 20000))
