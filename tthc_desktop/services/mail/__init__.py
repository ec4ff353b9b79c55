"""Mail to the upper level: SMTP settings, an address book, and an outbox that never sends a message twice.

Every message is queued first (a row of `outbox_message`, its attachments copied into the content store in the same
transaction, so the bytes outlive the exported file). `send_due` sends what is due over SMTP (SSL or STARTTLS); a
temporary failure (no network, a 4xx reply) queues the message again after 1, 2, 4 … minutes, at most an hour; a
refusal for good (a 5xx reply, a certificate that cannot be verified) marks it failed with the server's reason until
the clerk presses Retry. The password lives in the operating system's credential store (keyring) under the service
"TTHC Desktop" and the user name "<login>@<server>"; never in the database nor in a file of ours. With no credential
store the caller passes the password to `send_due` (the window asks for it each time).

A message is built the same way every time (stored Message-ID, Date fixed when queued, MIME boundary derived from
the Message-ID), so every attempt hands the server the same bytes while the sender in the settings stays the same.

Why a crash never sends twice (the choice the outbox makes):
- One sender at a time: `send_due` holds an operating-system file lock beside the database. The system drops it when
  the process dies, so a message found in state SENDING while we hold the lock was left by a dead sender.
- Each attempt is a row of `outbox_attempt` whose phase is committed before the step it names: CONNECTING before the
  connection (and login, MAIL FROM, RCPT TO); DATA after the server accepted sender and recipients, just before the
  message is handed over. The outcome is committed after the server's reply.
- Found SENDING in phase CONNECTING: the server never received the message (an SMTP server delivers nothing from a
  transaction whose data it did not receive to the end), so it is queued again and sent normally.
- Found SENDING in phase DATA, or a connection that broke after the data was handed over without a reply: the server
  may have delivered it. It is NOT sent again by itself; it is marked failed with a reason that asks the clerk to ask
  the recipient first. Retry then sends it again with the same Message-ID and Date, which lets a receiving system
  or reader recognise a duplicate, but nothing here counts on that.

A message is checked when it is queued: every recipient (several in one text, separated by "," or ";", read by
`email.utils.getaddresses`), and no line break in a header (subject, sender's name, recipients' names, attachments'
names), which would let one message break the SMTP conversation. A message that still cannot be sent for a reason
of its own (stored by an older version, refused by the server) is marked failed with that reason while the others
go; a problem of the settings stops the round before any message is touched.

"Open in my mail program" writes an .eml draft (X-Unsent: 1, no Message-ID, no Date, no From) that Outlook and other
mail programs open as a new message from the clerk's own account, for offices that use webmail or Outlook profiles.

The package, by job: `settings.py` (server, sender, templates), `credentials.py` (the password in keyring),
`contacts.py` (address book), `addresses.py` (header values checked at the door), `message.py` (MIME bytes, .eml
drafts), `outbox.py` (messages and attempts as stored), `smtp.py` (one SMTP transaction, what a failure means),
`lock.py` (one sender at a time), `service.py` (`MailService`, the door the window and the CLI use).
"""

from __future__ import annotations

from tthc_desktop.services.mail.credentials import KEYRING_SERVICE, PasswordNeededError
from tthc_desktop.services.mail.message import KNOWN_TYPES, POLICY
from tthc_desktop.services.mail.service import MailService
from tthc_desktop.services.mail.smtp import TIMEOUT_SECONDS

__all__ = ["KEYRING_SERVICE", "KNOWN_TYPES", "POLICY", "TIMEOUT_SECONDS", "MailService", "PasswordNeededError"]
