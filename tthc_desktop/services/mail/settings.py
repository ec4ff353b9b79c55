"""How mail leaves: the commune's server, sender and templates, as stored and as checked before they are saved.
The password is not here (credentials.py)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import MailSettings
from tthc_desktop.domain.mail import PLACEHOLDERS, MailSecurity, unknown_placeholders
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.services.mail.addresses import checked_address, one_line
from tthc_desktop.services.mail_dto import MailSettingsInfo

FIELDS = ("smtp_host", "smtp_port", "security", "username", "sender_address", "sender_name", "subject_template",
          "body_template")


def settings_row(session: Session) -> MailSettings | None:
    return session.scalars(sa.select(MailSettings).order_by(MailSettings.id)).first()


def stored_settings(session: Session) -> MailSettingsInfo:
    """The commune's settings, or the defaults when none are saved."""
    row = settings_row(session)
    return settings_info(row) if row else MailSettingsInfo()


def settings_info(row: MailSettings) -> MailSettingsInfo:
    return MailSettingsInfo(
        smtp_host=row.smtp_host, smtp_port=row.smtp_port, security=row.security, username=row.username,
        sender_address=row.sender_address, sender_name=row.sender_name, subject_template=row.subject_template,
        body_template=row.body_template,
    )


def checked_settings(settings: MailSettingsInfo) -> MailSettingsInfo:
    host = (settings.smtp_host or "").strip()
    if any(character.isspace() for character in host):
        raise DataError(_("The mail server's name cannot contain spaces: {host}").format(host=host))
    if not 1 <= int(settings.smtp_port) <= 65535:
        raise DataError(_("The port must be a number from 1 to 65535."))
    security = MailSecurity(settings.security)
    username = (settings.username or "").strip() or None
    if username and security == MailSecurity.NONE:
        raise DataError(_("A password is never sent unencrypted: choose SSL or STARTTLS, or clear the user name."))
    sender = checked_address(settings.sender_address).addr_spec if settings.sender_address.strip() else ""
    for label, template in ((_("subject"), settings.subject_template), (_("body"), settings.body_template)):
        unknown = unknown_placeholders(template)
        if unknown:
            raise DataError(_("The {part} template uses {names}; the placeholders are {known}.").format(
                part=label, names=", ".join(unknown), known=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
    return MailSettingsInfo(
        smtp_host=host, smtp_port=int(settings.smtp_port), security=security, username=username,
        sender_address=sender, sender_name=one_line(_("sender's name"), settings.sender_name) or None,
        subject_template=" ".join((clean(settings.subject_template) or "").split()),
        body_template=clean(settings.body_template) or "",
    )
