"""What goes into a mail header, checked at the door: every recipient (several in one text, separated by "," or ";",
read by `email.utils.getaddresses`), ASCII addresses (smtplib speaks no SMTPUTF8), and no line break in a header
value (subject, sender's name, recipients' names, attachments' names), which would let one message break the SMTP
conversation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import getaddresses, parseaddr

from tthc_desktop.db.models import OutboxMessage
from tthc_desktop.domain.text import printable
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _


def addresses(texts: Sequence[str]) -> list[Address]:
    """Stored 'Name <email>' strings back into addresses (they were checked when queued)."""
    pairs = (parseaddr(text) for text in texts)
    return [Address(display_name=name, addr_spec=spec) for name, spec in pairs]


def checked_address(text: str) -> Address:
    """One address ('Name <name@example.gov.vn>' or the address alone)."""
    pairs = [pair for pair in getaddresses([one_line(_("address"), text)]) if any(pair)]
    if len(pairs) != 1:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(text=text))
    return _address(*pairs[0], text)


def _address(name: str, spec: str, shown: str) -> Address:
    if not spec.isascii():  # smtplib speaks ASCII to the server (no SMTPUTF8)
        raise DataError(_("{text}: an e-mail address with accented letters cannot be sent. Write the address "
                          "without accents (the name before it may keep them).").format(text=shown))
    try:
        address = Address(display_name=name, addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError) as error:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(
            text=shown)) from error
    if not address.username or ("." not in address.domain and address.domain != "localhost"):
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(text=shown))
    return address


def checked_recipients(to: Iterable[str]) -> list[Address]:
    """Every address in `to`: each text may hold several, separated by "," or ";" (as mail programs write them)."""
    texts = [one_line(_("recipients"), text) for text in to if (text or "").strip()]
    found = [_address(name, spec, f"{name} <{spec}>" if name else spec)
             for name, spec in getaddresses(texts) if name or spec]
    if not found:
        raise DataError(_("The message has no recipient. Choose one from the address book or write an address."))
    return found


def one_line(what: str, text: str | None) -> str:
    """`text` for a mail header: NFC, runs of spaces folded; a line break (or a character that acts as one) inside
    is refused in words, since it would end the header and begin another."""
    value = printable(text or "").strip()
    if "\n" in value:
        raise DataError(_("The {what} cannot contain a line break: {text}. Write it on one line.").format(
            what=what, text=" ⏎ ".join(line.strip() for line in value.splitlines())))
    return " ".join(value.split())


def check_sender(name: str | None) -> None:
    if name and "\n" in printable(name):
        raise DataError(_("The sender's name in the mail settings contains a line break. Correct it in Mail "
                          "settings; nothing was sent."))


def check_stored(row: OutboxMessage, attachment_names: Sequence[str]) -> None:
    """The header values of a message stored by an older version, which did not check them when queued."""
    for text in row.to_addresses:
        checked_address(text)
    for what, values in ((_("subject"), [row.subject]), (_("recipients"), row.to_addresses),
                         (_("attachment's name"), attachment_names)):
        for value in values:
            if any(character in value for character in "\r\n"):
                raise DataError(_("The {what} of this message contains a line break: {text}. Queue it again "
                                  "with the {what} on one line.").format(what=what, text=value.replace("\n", " ⏎ ")))
