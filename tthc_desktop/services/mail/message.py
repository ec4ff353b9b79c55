"""A message as bytes: built the same way every time (stored Message-ID, Date fixed when queued, MIME boundary
derived from the Message-ID), so every attempt hands the server the same bytes while the sender in the settings
stays the same. And the unsent draft (.eml) for the clerk's own mail program."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from datetime import datetime
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _

# 7bit: non-ASCII text goes as quoted-printable or base64, so any server takes it; CRLF line ends. Headers that may
# hold Vietnamese are stored ready-folded and never refolded (see text_header).
POLICY = SMTP.clone(cte_type="7bit", refold_source="none")
# The types this app exports, fixed here so a message's bytes do not depend on the machine's MIME table.
KNOWN_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip",
    ".csv": "text/csv",
    ".txt": "text/plain",
}

Attachment = tuple[str, bytes]  # (file name as the recipient sees it, its bytes)


def outbox_message(sender: Address | None, to: Sequence[Address], subject: str, queued_at: datetime,
                   message_id: str, body: str, files: Sequence[Attachment]) -> EmailMessage:
    """The message exactly as it is (or was) handed to the server; `queued_at` (aware) is its Date."""
    headers: list[tuple[str, str]] = []
    if sender is not None:
        headers.append(("From", address_header([sender])))
    headers += [("To", address_header(to)), ("Subject", text_header("Subject", subject)),
                ("Date", format_datetime(queued_at)), ("Message-ID", message_id)]
    boundary = "=_tthc_" + hashlib.sha256(message_id.encode()).hexdigest()[:40]
    return mime_message(headers, body, files, boundary)


def draft(to: Sequence[Address], subject: str, body: str, files: Sequence[Attachment]) -> EmailMessage:
    """An unsent draft (X-Unsent: 1, no Message-ID, no Date, no From) that Outlook and other mail programs open as
    a new message from the clerk's own account."""
    headers = [("X-Unsent", "1")]
    if to:
        headers.append(("To", address_header(to)))
    headers.append(("Subject", text_header("Subject", subject)))
    return mime_message(headers, body, files)


def file_name(path: Path) -> str:
    return clean(path.name) or "attachment"


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise DataError(_("Cannot read {path} ({reason}). Nothing was attached.").format(
            path=path, reason=error.strerror or error)) from error


def mime_type(filename: str) -> tuple[str, str]:
    suffix = Path(filename).suffix.lower()
    kind = KNOWN_TYPES.get(suffix) or mimetypes.MimeTypes().guess_type(filename)[0] or "application/octet-stream"
    main, _slash, sub = kind.partition("/")
    return main, sub


def text_header(name: str, text: str) -> str:
    """RFC 2047 words made and folded by the classic email.header.Header.

    Python 3.11's newer folder damages non-ASCII headers when it folds them (a space lost between words of a long
    Subject; in address lists a quoted addr-spec or an encoded comma: CPython gh-100884, gh-121284), so the headers
    that may hold Vietnamese are written ready-folded and stored raw.
    """
    return Header(text, "us-ascii" if text.isascii() else "utf-8", header_name=name).encode(linesep="\n")


def address_header(addresses: Sequence[Address]) -> str:
    """One address per line; a Vietnamese name as encoded words, the address itself never touched."""
    items = []
    for address in addresses:
        name, spec = address.display_name, address.addr_spec
        if not name or name.isascii():
            items.append(formataddr((name, spec)))
            continue
        encoded = Header(name, "utf-8", maxlinelen=60).encode(linesep="\n")
        last_line = encoded.rsplit("\n", 1)[-1]
        items.append(f"{encoded}{' ' if len(last_line) + len(spec) < 62 else chr(10) + ' '}<{spec}>")
    return ",\n ".join(items)


def mime_message(headers: Sequence[tuple[str, str]], body: str, files: Sequence[Attachment],
                 boundary: str | None = None) -> EmailMessage:
    """Headers (ready-folded) in the given order, the text, then the attachments; a fixed boundary keeps the bytes
    stable. An attachment's name is given twice: RFC 2231 in Content-Disposition, RFC 2047 in Content-Type's name,
    which is what older mail programs read."""
    message = EmailMessage(policy=POLICY)
    for name, value in headers:
        message.set_raw(name, value)
    message.set_content(body + "\n")
    for filename, data in files:
        main, sub = mime_type(filename)
        message.add_attachment(data, maintype=main, subtype=sub, filename=filename)
        parts = message.get_payload()  # multipart now: the list of its parts, each an EmailMessage
        assert isinstance(parts, list)
        part = parts[-1]
        assert isinstance(part, EmailMessage)
        del part["Content-Type"]
        part.set_raw("Content-Type", f'{main}/{sub};\n name="{text_header("Content-Type", filename)}"')
    if files and boundary:
        message.set_boundary(boundary)
    return message
