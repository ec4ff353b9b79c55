"""One SMTP transaction (SSL or STARTTLS), split where smtplib.sendmail would not let the outbox record the DATA
phase, and what a failure means for the clerk: its reason in words, and whether it is for good (a 5xx reply, a
certificate that cannot be verified) or worth another try (no network, a 4xx reply)."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from tthc_desktop.domain.mail import MailSecurity, is_permanent
from tthc_desktop.i18n import _
from tthc_desktop.services.mail_dto import MailSettingsInfo

TIMEOUT_SECONDS = 30.0

Refused = dict[str, tuple[int, bytes]]  # recipient -> (code, reply) of a recipient the server refused


@dataclass
class Progress:
    """How far one SMTP transaction got, for deciding what a failure means."""

    before_data: Callable[[], None]
    transaction_started: bool = False  # the server accepted MAIL FROM: it is reachable and takes our login
    data_started: bool = False  # the DATA phase was committed and the message is being handed over


@dataclass(frozen=True)
class Transport:
    ssl_context: Callable[[], ssl.SSLContext] = ssl.create_default_context
    timeout: float = TIMEOUT_SECONDS

    def transmit(self, settings: MailSettingsInfo, password: str | None, recipients: list[str], data: bytes,
                 progress: Progress) -> tuple[str, Refused]:
        """One SMTP transaction: (the server's reply to the data, the recipients it refused)."""
        smtp = self.connect(settings)
        try:
            if settings.security == MailSecurity.STARTTLS:
                smtp.starttls(context=self.ssl_context())
            if settings.username:
                smtp.login(settings.username, password or "")
            smtp.ehlo_or_helo_if_needed()
            code, reply = smtp.mail(settings.sender_address)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, settings.sender_address)
            progress.transaction_started = True
            refused: Refused = {}
            for recipient in recipients:
                code, reply = smtp.rcpt(recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, reply)
            if len(refused) == len(recipients):
                with suppress(smtplib.SMTPException, OSError):
                    smtp.rset()
                raise smtplib.SMTPRecipientsRefused(refused)
            progress.before_data()
            progress.data_started = True
            code, reply = smtp.data(data)
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except BaseException:
            smtp.close()
            raise
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()  # the message was accepted; a failed goodbye changes nothing
        return f"{code} {reply_text(reply)}", refused

    def connect(self, settings: MailSettingsInfo) -> smtplib.SMTP:
        if settings.security == MailSecurity.SSL:
            return smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=self.timeout,
                                    context=self.ssl_context())
        return smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=self.timeout)


def reply_text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def refused_note(refused: Refused) -> str | None:
    """The recipients the server refused while it took the message for the others, for the outbox's record."""
    return "; ".join(f"{address}: {code} {reply_text(text)}" for address, (code, text) in refused.items()) or None


def failure(error: Exception, settings: MailSettingsInfo) -> tuple[int | None, str, bool]:
    """(SMTP code, the reason as the clerk sees it, refused for good?)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        text = "; ".join(f"{address}: {code} {reply_text(reply)}"
                         for address, (code, reply) in error.recipients.items())
        return (codes[0] if codes else None), text, all(is_permanent(code) for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code, f"{error.smtp_code} {reply_text(error.smtp_error)}", is_permanent(error.smtp_code)
    if isinstance(error, ssl.SSLCertVerificationError):
        return None, _("The certificate of the mail server {host} could not be verified ({reason}). Check the "
                       "server's name and the security setting.").format(host=settings.smtp_host,
                                                                         reason=error.verify_message), True
    if isinstance(error, ssl.SSLError):  # e.g. SSL chosen for a STARTTLS port: retrying will not help
        return None, _("The secure connection to the mail server {host}:{port} failed ({reason}). Check the port "
                       "and the security setting.").format(host=settings.smtp_host, port=settings.smtp_port,
                                                           reason=error.reason or error), True
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return None, _("The mail server {host} does not offer what the settings ask for ({reason}). Check the "
                       "security setting.").format(host=settings.smtp_host, reason=error), True
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return None, _("The mail server {host} closed the connection ({reason}).").format(
            host=settings.smtp_host, reason=str(error) or "-"), False
    if isinstance(error, OSError):
        return None, _("Cannot reach the mail server {host}:{port} ({reason}).").format(
            host=settings.smtp_host, port=settings.smtp_port, reason=error.strerror or error), False
    return None, str(error), False
