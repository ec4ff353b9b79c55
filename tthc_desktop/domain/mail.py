"""Mail rules without any I/O: connection security, the outbox's attempt phases, templates and back-off.

The default subject and body are document text (what the commune writes to the upper level), so they are data in
Vietnamese here, not UI strings; the clerk edits them in the mail settings.
"""

from __future__ import annotations

import re
import string
from datetime import timedelta
from enum import StrEnum


class MailSecurity(StrEnum):
    SSL = "ssl"  # TLS from the first byte (port 465)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    NONE = "none"  # an office relay on the local network; never with a password


DEFAULT_PORTS = {MailSecurity.SSL: 465, MailSecurity.STARTTLS: 587, MailSecurity.NONE: 25}


class SendPhase(StrEnum):
    """How far one attempt got; each phase is committed before its first step, so a crash leaves the last one begun."""

    CONNECTING = "connecting"  # connect, TLS, login, MAIL FROM, RCPT TO: nothing can be delivered yet
    DATA = "data"  # the message is being handed over: from here on the server may deliver it


class AttemptOutcome(StrEnum):
    SENT = "sent"
    DEFERRED = "deferred"  # a temporary problem: queued again with back-off
    FAILED = "failed"  # refused for good (5xx) or unusable settings: waits for the clerk
    INTERRUPTED = "interrupted"  # the sender stopped before the DATA phase: nothing delivered, queued again
    UNCONFIRMED = "unconfirmed"  # handed over but no answer came (crash, broken line): may have been delivered


PLACEHOLDERS = ("commune", "period", "report")

DEFAULT_SUBJECT_TEMPLATE = "{report} {period} - UBND {commune}"
DEFAULT_BODY_TEMPLATE = (
    "Kính gửi Quý cơ quan,\n"
    "\n"
    "Ủy ban nhân dân {commune} gửi kèm theo thư này {report} {period}.\n"
    "\n"
    "Trân trọng."
)

FIRST_DELAY = timedelta(minutes=1)
LONGEST_DELAY = timedelta(hours=1)


def unknown_placeholders(template: str) -> list[str]:
    """Names in braces that are not placeholders, and malformed braces as the text itself ('{' alone)."""
    try:
        fields = [field for _text, field, _spec, _conv in string.Formatter().parse(template) if field is not None]
    except ValueError:
        return [template]
    return [field or "{}" for field in fields if field not in PLACEHOLDERS]


def render(template: str, values: dict[str, str]) -> str:
    """The template with its placeholders filled; a placeholder without a value is left out with its space. A
    report named by its subject already says its period ("Báo cáo số 05/BC-UBND … quý III năm 2026"): the
    {period} right after it is not said twice."""
    report, period = values.get("report", ""), values.get("period", "")
    if period and report.rstrip(" .").endswith(period):
        template = re.sub(r"\{report\}\s*\{period\}", "{report}", template)
    text = template.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.strip().splitlines())


def retry_delay(failed_attempts: int) -> timedelta:
    """1, 2, 4, 8 … minutes after the 1st, 2nd, 3rd … failure, never more than an hour."""
    exponent = max(0, failed_attempts - 1)
    if exponent >= 7:  # 2**6 = 64 min is already over the cap; avoids huge powers
        return LONGEST_DELAY
    return min(FIRST_DELAY * (1 << exponent), LONGEST_DELAY)


def is_permanent(code: int | None) -> bool:
    """SMTP 5xx replies are refusals for good; 4xx (and no reply at all) may work later."""
    return code is not None and 500 <= code < 600
