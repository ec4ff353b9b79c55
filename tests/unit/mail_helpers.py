"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it receives, a test CA, a settable clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tthc_desktop.domain.enums import OrganizationLevel
from tthc_desktop.domain.mail import MailSecurity
from tthc_desktop.services.mail import MailService
from tthc_desktop.services.mail_dto import MailSettingsInfo


class MovingClock:
    """A UTC clock the test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Recorder:
    """Records every message whose data reached the server; can refuse or hold back on request."""

    messages: list[Received] = field(default_factory=list)
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply, e.g. "550 5.1.1 …"
    data_replies: list[str] = field(default_factory=list)  # replies to DATA used first, then "250 …"
    hold_rcpt: int = 0  # how many RCPT commands to hold until `release` is set
    hold_data: int = 0  # how many DATA to hold (after recording the data) until `release` is set
    entered: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def _hold(self) -> None:
        self.entered.set()
        while not self.release.is_set():
            await asyncio.sleep(0.02)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        if self.hold_rcpt:
            self.hold_rcpt -= 1
            await self._hold()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        if self.data_replies:
            return self.data_replies.pop(0)
        # The server has the whole message from here on: this is the copy that counts.
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        if self.hold_data:
            self.hold_data -= 1
            await self._hold()
        return "250 2.0.0 Ok: queued as TEST"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def password_checker(login: str, password: str):  # noqa: ANN201
    def authenticate(server, session, envelope, mechanism, auth_data):  # noqa: ANN001, ANN202
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == login and \
            auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    return authenticate


@contextmanager
def smtp_server(handler: Recorder, port: int, **options: object) -> Iterator[Controller]:
    """aiosmtpd on 127.0.0.1:port; options: tls_context (STARTTLS), ssl_context (implicit TLS), authenticator…"""
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


@dataclass(frozen=True)
class Certificates:
    ca: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca))


def make_certificates(folder: Path) -> Certificates:
    """A throw-away CA and a server certificate for 127.0.0.1 signed by it (cryptography)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TTHC test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    server = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
              .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
              .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=2))
              .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                          x509.DNSName("localhost")]), critical=False)
              .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
              .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
              .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
              .sign(ca_key, hashes.SHA256()))
    paths = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    paths.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return paths


# ---------------------------------------------------------------- fixtures (imported by the mail test modules)

START = dt.datetime(2026, 4, 10, 2, 0, tzinfo=dt.UTC)
SENDER = "vanphong@hanhdung.example.vn"
UPPER = "Văn phòng UBND tỉnh <kstthc@quangngai.example.vn>"


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock(START)


@pytest.fixture
def mail(services, clock: MovingClock) -> MailService:  # noqa: ANN001
    services.organization.create("Hành Dũng", OrganizationLevel.COMMUNE, province="Quảng Ngãi")
    return MailService(services.database.session_factory, clock=clock)


@pytest.fixture
def keyring_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """keyrings.alt's file backend in a folder of its own (not the data folder), set with keyring's set_keyring."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path_factory.mktemp("credentials") / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    yield Path(backend.file_path)
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def exports(tmp_path: Path) -> list[Path]:
    """A real PDF and a real workbook, as the report export writes them, under Vietnamese names."""
    from openpyxl import Workbook
    from reportlab.pdfgen.canvas import Canvas

    folder = tmp_path / "exports"
    folder.mkdir()
    pdf = folder / "Báo cáo quý I năm 2026.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "Bao cao kiem soat TTHC quy I nam 2026")
    canvas.save()
    xlsx = folder / "Biểu 06.xlsx"
    book = Workbook()
    book.active.append(["Lĩnh vực", "Tiếp nhận", "Đã giải quyết"])
    book.active.append(["Hộ tịch", 120, 118])
    book.save(xlsx)
    return [pdf, xlsx]


def configure(mail: MailService, port: int, security: MailSecurity = MailSecurity.NONE,
              username: str | None = None) -> MailSettingsInfo:
    return mail.save_settings(MailSettingsInfo(
        smtp_host="127.0.0.1", smtp_port=port, security=security, username=username, sender_address=SENDER,
        sender_name="UBND xã Hành Dũng"))
