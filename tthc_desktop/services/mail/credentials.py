"""The SMTP password: kept in the operating system's credential store (keyring) under the service "TTHC Desktop" and
the user name "<login>@<server>", never in the database nor in a file of ours. With no credential store the caller
passes the password to `MailService.send_due` (the window asks for it each time)."""

from __future__ import annotations

from tthc_desktop.errors import DataError, TthcError
from tthc_desktop.i18n import _

KEYRING_SERVICE = "TTHC Desktop"


class PasswordNeededError(TthcError):
    """The server needs a password and the credential store has none: ask the clerk and pass it to send_due."""


def check_password(password: str) -> None:
    """SMTP login (smtplib's AUTH) carries ASCII only: say so before any message is touched."""
    if not password.isascii():
        raise DataError(_("The password contains letters with accents or other characters the mail server's login "
                          "cannot carry. Change it at the mail provider to plain letters, digits and signs."))


def keep_password(name: str, password: str) -> None:
    """Keep `password` in the credential store under the credential `name`; refused in words when it cannot."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    check_password(password)
    try:
        keyring.set_password(KEYRING_SERVICE, name, password)
    except NoKeyringError as error:
        raise TthcError(_("This computer has no credential store, so the password cannot be kept. "
                          "TTHC Desktop will ask for it each time mail is sent.")) from error
    except KeyringError as error:
        raise TthcError(_("The credential store refused the password ({reason}). Nothing was kept.")
                        .format(reason=error)) from error


def kept_password(name: str | None) -> str | None:
    """The password kept for the credential `name`; None when there is none, or no store."""
    if name is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except KeyringError:
        return None


def forget_password(name: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(KEYRING_SERVICE, name)
    except KeyringError:
        pass  # nothing kept, or no store: either way nothing is left


def credential_store_available() -> bool:
    import keyring
    from keyring.backends.fail import Keyring as NoStore

    return not isinstance(keyring.get_keyring(), NoStore)
