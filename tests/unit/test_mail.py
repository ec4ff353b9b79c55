"""Mail: settings, address book, the outbox and real SMTP on 127.0.0.1 (aiosmtpd), plain, STARTTLS and SSL."""

# ruff: noqa: F811  (the fixtures come from mail_helpers by import and are taken as parameters)

from __future__ import annotations

import base64
import email
import sqlite3
from datetime import timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest

from tests.unit.mail_helpers import (  # noqa: F401
    SENDER,
    UPPER,
    Certificates,
    MovingClock,
    Recorder,
    certificates,
    clock,
    configure,
    exports,
    free_port,
    keyring_file,
    mail,
    password_checker,
    smtp_server,
)
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import MailSecurity, retry_delay
from tthc_desktop.errors import DataError, NotFoundError, TthcError
from tthc_desktop.services.mail import MailService, PasswordNeededError
from tthc_desktop.services.mail_dto import MailSettingsInfo, SendSummary

SUBJECT = "Báo cáo kết quả kiểm soát TTHC quý I năm 2026"
BODY = "Kính gửi Văn phòng UBND tỉnh,\n\nUBND xã Hành Dũng gửi kèm báo cáo quý I năm 2026.\n\nTrân trọng."


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=default_policy)  # type: ignore[return-value]


def body_of(message: email.message.EmailMessage) -> str:
    """The text part, with the CRLF line ends of mail turned back into the app's."""
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n").strip()


def attachments_of(message: email.message.EmailMessage) -> dict[str, bytes]:
    return {part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()}


# ---------------------------------------------------------------- settings, password, address book


def test_settings_start_from_defaults_and_are_saved(mail: MailService) -> None:
    assert mail.settings() == MailSettingsInfo() and not mail.settings().configured
    saved = configure(mail, 2525, MailSecurity.STARTTLS, username="vanphong")
    assert mail.settings() == saved
    assert (saved.smtp_port, saved.security, saved.credential_name) == (2525, MailSecurity.STARTTLS,
                                                                         "vanphong@127.0.0.1")


@pytest.mark.parametrize("change", [
    {"security": MailSecurity.NONE, "username": "vanphong"},  # a password would travel in clear text
    {"subject_template": "{report} {quarter}"},  # not a placeholder
    {"body_template": "Kính gửi {"},  # malformed
    {"sender_address": "vanphong"},
    {"smtp_port": 70000},
])
def test_settings_that_cannot_work_are_refused(mail: MailService, change: dict) -> None:  # type: ignore[type-arg]
    good = dict(smtp_host="mail.example.vn", smtp_port=587, security=MailSecurity.STARTTLS, sender_address=SENDER)
    with pytest.raises(DataError):
        mail.save_settings(MailSettingsInfo(**{**good, **change}))
    assert mail.settings() == MailSettingsInfo()


def test_the_templates_fill_in_the_commune_period_and_report(mail: MailService) -> None:
    subject, body = mail.compose("Báo cáo kết quả kiểm soát TTHC", "quý I năm 2026")
    assert subject == "Báo cáo kết quả kiểm soát TTHC quý I năm 2026 - UBND xã Hành Dũng"
    assert "Ủy ban nhân dân xã Hành Dũng gửi kèm theo thư này Báo cáo kết quả kiểm soát TTHC quý I năm 2026." in body
    mail.save_settings(MailSettingsInfo(subject_template="[{commune}] {report}", body_template="{report}: {period}"))
    assert mail.compose("Biểu 06", "tháng 3") == ("[xã Hành Dũng] Biểu 06", "Biểu 06: tháng 3")


def test_the_password_goes_to_the_credential_store_only(mail: MailService, keyring_file: Path, exports: list[Path],
                                                          db_path: Path) -> None:
    import keyring

    secret = "Rieng-tu-2026!xq7"
    configure(mail, free_port(), MailSecurity.STARTTLS, username="vanphong")
    assert not mail.has_password()
    with pytest.raises(DataError):
        mail.set_password("mật-khẩu")  # smtplib's login carries ASCII only
    mail.set_password(secret)
    assert mail.has_password() and keyring.get_password("TTHC Desktop", "vanphong@127.0.0.1") == secret
    assert keyring_file.is_file() and not keyring_file.is_relative_to(db_path.parent)
    outbox_id = mail.queue([UPPER], SUBJECT, BODY, exports)
    assert mail.send_due().deferred == (outbox_id,)  # nothing listens: it got as far as connecting, password in hand
    mail.write_eml(db_path.parent / "draft.eml", outbox_id)
    needles = [secret.encode(), secret.encode("utf-16-le"), base64.b64encode(secret.encode())]
    scanned = [path for path in db_path.parent.rglob("*") if path.is_file()]
    assert db_path in scanned and len(scanned) >= 4  # the database, its WAL, the stored attachments, the draft
    for path in scanned:
        data = path.read_bytes()
        assert not any(needle in data for needle in needles), path
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        columns = [row[1] for table in tables for row in connection.execute(f'PRAGMA table_info("{table}")')]
    assert "mail_settings" in tables and "username" in columns
    assert not [column for column in columns if "pass" in column or "secret" in column]
    mail.forget_password()
    assert not mail.has_password()


def test_without_a_credential_store_the_password_is_asked_for_each_time(mail: MailService,
                                                                         certificates: Certificates) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoStore

    previous = keyring.get_keyring()
    keyring.set_keyring(NoStore())
    try:
        service = MailService(mail._session_factory, ssl_context=certificates.client_context)
        port, recorder = free_port(), Recorder()
        configure(service, port, MailSecurity.STARTTLS, username="vanphong")
        assert not service.credential_store_available() and not service.has_password()
        with pytest.raises(TthcError):
            service.set_password("secret")
        service.queue([UPPER], SUBJECT, BODY)
        with smtp_server(recorder, port, tls_context=certificates.server_context(), require_starttls=True,
                         authenticator=password_checker("vanphong", "secret")):
            with pytest.raises(PasswordNeededError):
                service.send_due()
            assert service.list_outbox()[0].state == OutboxState.QUEUED and service.list_outbox()[0].attempts == 0
            assert service.send_due(password="secret").sent == (1,)
        assert len(recorder.messages) == 1
    finally:
        keyring.set_keyring(previous)


def test_the_address_book_keeps_offices_and_proposes_the_defaults(mail: MailService) -> None:
    district = mail.add_contact("Phòng Văn hóa", "pvh@huyen.example.vn", office="UBND huyện")
    province = mail.add_contact("Bộ phận KSTTHC", "kstthc@quangngai.example.vn", office="Văn phòng UBND tỉnh",
                                note="Nhận báo cáo quý", is_default=True)
    assert [c.id for c in mail.contacts()] == [province.id, district.id]  # defaults first
    assert mail.default_recipients() == ["Bộ phận KSTTHC <kstthc@quangngai.example.vn>"]
    with pytest.raises(DataError):
        mail.add_contact("Trùng", "KSTTHC@quangngai.example.vn")
    with pytest.raises(DataError):
        mail.add_contact("Sai", "không phải địa chỉ")
    changed = mail.update_contact(district.id, "Phòng Tư pháp", "ptp@huyen.example.vn", office="UBND huyện",
                                  is_default=True)
    assert changed.email == "ptp@huyen.example.vn" and len(mail.default_recipients()) == 2
    mail.delete_contact(province.id)
    assert [c.name for c in mail.contacts()] == ["Phòng Tư pháp"]
    with pytest.raises(NotFoundError):
        mail.delete_contact(province.id)


# ---------------------------------------------------------------- queueing and building


def test_a_queued_message_keeps_its_attachments_after_the_exports_are_deleted(mail: MailService,
                                                                              exports: list[Path]) -> None:
    contents = {path.name: path.read_bytes() for path in exports}
    outbox_id = mail.queue([UPPER], SUBJECT, BODY, exports)
    for path in exports:
        path.unlink()
    item = mail.outbox_item(outbox_id)
    assert item.state == OutboxState.QUEUED and item.attempts == 0 and item.next_attempt_at is None
    assert [a.filename for a in item.attachments] == list(contents)
    assert attachments_of(mail.build_message(outbox_id)) == contents


def test_a_message_is_built_to_the_same_bytes_every_time(mail: MailService, exports: list[Path],
                                                         clock: MovingClock) -> None:
    configure(mail, 25)
    outbox_id = mail.queue([UPPER, "pvh@huyen.example.vn"], SUBJECT, BODY, exports)
    first = mail.build_message(outbox_id).as_bytes()
    clock.advance(hours=5)
    assert mail.build_message(outbox_id).as_bytes() == first
    message = parsed(first)
    assert message["Message-ID"] == mail.outbox_item(outbox_id).message_id
    assert message["Date"].datetime == clock.now - timedelta(hours=5)
    assert message["Subject"] == SUBJECT and message["From"].addresses[0].addr_spec == SENDER
    assert [a.addr_spec for a in message["To"].addresses] == ["kstthc@quangngai.example.vn", "pvh@huyen.example.vn"]
    assert body_of(message) == BODY


def test_a_message_needs_a_recipient_a_subject_and_readable_files(mail: MailService, tmp_path: Path) -> None:
    with pytest.raises(DataError):
        mail.queue([], SUBJECT, BODY)
    with pytest.raises(DataError):
        mail.queue([UPPER], "  ", BODY)
    with pytest.raises(DataError):
        mail.queue([UPPER], SUBJECT, BODY, [tmp_path / "missing.pdf"])
    with pytest.raises(NotFoundError):
        mail.queue([UPPER], SUBJECT, BODY, report_id=99)
    assert mail.list_outbox() == []


# ---------------------------------------------------------------- sending over real SMTP


def test_a_message_with_a_pdf_and_a_workbook_arrives_byte_identical_over_starttls(
        mail: MailService, exports: list[Path], certificates: Certificates, keyring_file: Path) -> None:
    service = MailService(mail._session_factory, clock=mail._clock, ssl_context=certificates.client_context)
    port, recorder = free_port(), Recorder()
    configure(service, port, MailSecurity.STARTTLS, username="vanphong")
    service.set_password("dung-mat-khau")
    outbox_id = service.queue([UPPER, "pvh@huyen.example.vn"], SUBJECT, BODY, exports)
    expected = service.build_message(outbox_id).as_bytes()
    with smtp_server(recorder, port, tls_context=certificates.server_context(), require_starttls=True,
                     authenticator=password_checker("vanphong", "dung-mat-khau")):
        summary = service.send_due()
    assert summary.sent == (outbox_id,) and summary.clean
    [received] = recorder.messages
    assert received.data == expected
    assert received.mail_from == SENDER
    assert received.rcpt_tos == ["kstthc@quangngai.example.vn", "pvh@huyen.example.vn"]
    assert attachments_of(parsed(received.data)) == {path.name: path.read_bytes() for path in exports}
    item = service.outbox_item(outbox_id)
    assert item.state == OutboxState.SENT and item.sent_at == mail._clock() and item.attempts == 1
    assert item.history[-1].reply == "250 2.0.0 Ok: queued as TEST" and item.last_error is None


def test_a_message_goes_over_implicit_tls(mail: MailService, exports: list[Path], certificates: Certificates,
                                          keyring_file: Path) -> None:
    service = MailService(mail._session_factory, ssl_context=certificates.client_context)
    port, recorder = free_port(), Recorder()
    configure(service, port, MailSecurity.SSL, username="vanphong")
    service.set_password("bi-mat")
    outbox_id = service.queue([UPPER], SUBJECT, BODY, exports)
    # auth_require_tls=False: aiosmtpd 1.4 sees STARTTLS only, not a connection that is TLS from the start
    with smtp_server(recorder, port, ssl_context=certificates.server_context(), auth_require_tls=False,
                     authenticator=password_checker("vanphong", "bi-mat")):
        assert service.send_due().sent == (outbox_id,)
    assert [m.data for m in recorder.messages] == [service.build_message(outbox_id).as_bytes()]


def test_a_server_whose_certificate_cannot_be_verified_is_not_sent_to(mail: MailService,
                                                                       certificates: Certificates) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port, MailSecurity.STARTTLS)  # the default context does not trust the test CA
    outbox_id = mail.queue([UPPER], SUBJECT, BODY)
    with smtp_server(recorder, port, tls_context=certificates.server_context(), require_starttls=True):
        assert mail.send_due().failed == (outbox_id,)
    item = mail.outbox_item(outbox_id)
    assert item.state == OutboxState.FAILED and "127.0.0.1" in item.last_error and "certificate" in item.last_error
    assert recorder.messages == []


def test_ssl_chosen_for_a_plain_port_fails_and_says_to_check_the_setting(mail: MailService) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port, MailSecurity.SSL)
    first, second = mail.queue([UPPER], SUBJECT, BODY), mail.queue([UPPER], SUBJECT, BODY)
    with smtp_server(recorder, port):
        summary = mail.send_due()
    assert summary.failed == (first,) and summary.skipped == (second,)  # the same setting would fail it too
    assert f"127.0.0.1:{port}" in mail.outbox_item(first).last_error
    assert mail.outbox_item(second).attempts == 0 and recorder.messages == []


def test_a_wrong_password_fails_with_the_servers_reason(mail: MailService, certificates: Certificates,
                                                        keyring_file: Path) -> None:
    service = MailService(mail._session_factory, ssl_context=certificates.client_context)
    port, recorder = free_port(), Recorder()
    configure(service, port, MailSecurity.STARTTLS, username="vanphong")
    service.set_password("sai")
    outbox_id = service.queue([UPPER], SUBJECT, BODY)
    with smtp_server(recorder, port, tls_context=certificates.server_context(), require_starttls=True,
                     authenticator=password_checker("vanphong", "dung")):
        assert service.send_due().failed == (outbox_id,)
    item = service.outbox_item(outbox_id)
    assert item.state == OutboxState.FAILED and item.last_error.startswith("535")
    assert recorder.messages == []


def test_with_the_server_down_a_message_waits_and_goes_when_it_is_back(mail: MailService, exports: list[Path],
                                                                         clock: MovingClock) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    first, second = mail.queue([UPPER], SUBJECT, BODY, exports), mail.queue([UPPER], "Biểu 06", BODY)
    summary = mail.send_due()
    assert summary.deferred == (first,) and summary.skipped == (second,)  # one refused connection is enough
    item = mail.outbox_item(first)
    assert item.state == OutboxState.QUEUED and item.attempts == 1
    assert f"127.0.0.1:{port}" in item.last_error
    assert item.next_attempt_at == clock.now + timedelta(minutes=1)
    clock.advance(seconds=30)
    assert mail.send_due().deferred == (second,)  # the first one's minute has not passed
    assert mail.outbox_item(first).attempts == 1
    with smtp_server(recorder, port):
        clock.advance(minutes=1)  # both minutes have passed now
        assert mail.send_due().sent == (first, second)
        clock.advance(hours=2)
        assert mail.send_due() == SendSummary()  # nothing left to do, nothing sent twice
    assert [m.data for m in recorder.messages] == [mail.build_message(first).as_bytes(),
                                                   mail.build_message(second).as_bytes()]
    sent = mail.outbox_item(first)
    assert sent.state == OutboxState.SENT and sent.attempts == 2 and sent.sent_at == clock.now - timedelta(hours=2)


def test_back_off_doubles_up_to_an_hour(mail: MailService, clock: MovingClock) -> None:
    configure(mail, free_port())
    outbox_id = mail.queue([UPPER], SUBJECT, BODY)
    waits = []
    for _round in range(8):
        mail.send_due(force=True)
        item = mail.outbox_item(outbox_id)
        waits.append(int((item.next_attempt_at - clock.now).total_seconds() // 60))
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]
    assert retry_delay(100) == timedelta(hours=1)
    assert [attempt.outcome.value for attempt in mail.outbox_item(outbox_id).history] == ["deferred"] * 8


def test_a_temporary_refusal_is_retried_and_a_permanent_one_waits_for_the_clerk(mail: MailService,
                                                                               clock: MovingClock) -> None:
    port = free_port()
    recorder = Recorder(data_replies=["451 4.3.0 Try again later"],
                        refuse_rcpt={"nobody@huyen.example.vn": "550 5.1.1 No such user"})
    configure(mail, port)
    later = mail.queue([UPPER], SUBJECT, BODY)
    unknown = mail.queue(["nobody@huyen.example.vn"], SUBJECT, BODY)
    with smtp_server(recorder, port):
        summary = mail.send_due()
        assert (summary.deferred, summary.failed) == ((later,), (unknown,))
        assert mail.outbox_item(later).last_error == "451 4.3.0 Try again later"
        failed = mail.outbox_item(unknown)
        assert failed.state == OutboxState.FAILED and "550 5.1.1 No such user" in failed.last_error
        assert failed.next_attempt_at is None and not failed.needs_checking
        clock.advance(hours=2)
        assert mail.send_due().sent == (later,)  # the failed one stays failed
        assert mail.outbox_item(unknown).state == OutboxState.FAILED
        recorder.refuse_rcpt.clear()
        assert mail.retry(unknown).state == OutboxState.QUEUED
        assert mail.send_due().sent == (unknown,)
    assert len(recorder.messages) == 2


def test_some_refused_recipients_are_noted_on_a_sent_message(mail: MailService) -> None:
    port, recorder = free_port(), Recorder(refuse_rcpt={"nobody@huyen.example.vn": "550 5.1.1 No such user"})
    configure(mail, port)
    outbox_id = mail.queue([UPPER, "nobody@huyen.example.vn"], SUBJECT, BODY)
    with smtp_server(recorder, port):
        assert mail.send_due().sent == (outbox_id,)
    item = mail.outbox_item(outbox_id)
    assert item.state == OutboxState.SENT and "nobody@huyen.example.vn: 550" in item.last_error
    assert recorder.messages[0].rcpt_tos == ["kstthc@quangngai.example.vn"]


def test_retry_and_cancel_respect_what_has_gone(mail: MailService) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    sent, waiting = mail.queue([UPPER], SUBJECT, BODY), mail.queue([UPPER], "Biểu 06", BODY)
    with smtp_server(recorder, port):
        mail.send_due()
    assert {item.id: item.state for item in mail.list_outbox()} == {waiting: OutboxState.SENT,
                                                                   sent: OutboxState.SENT}
    with pytest.raises(DataError):
        mail.retry(sent)
    with pytest.raises(DataError):
        mail.cancel(sent)
    third = mail.queue([UPPER], "Thư thứ ba", BODY)
    mail.cancel(third)
    assert [item.id for item in mail.list_outbox()] == [waiting, sent]  # newest first
    with pytest.raises(NotFoundError):
        mail.retry(third)


def test_a_second_sender_waits_for_the_first(mail: MailService, db_path: Path) -> None:
    from filelock import FileLock

    configure(mail, free_port())
    outbox_id = mail.queue([UPPER], SUBJECT, BODY)
    with FileLock(db_path.parent / f"{db_path.name}.sending.lock", timeout=0):
        summary = mail.send_due()
    assert summary.busy and not summary.clean
    assert mail.outbox_item(outbox_id).attempts == 0


def test_sending_needs_a_server_and_a_sender(mail: MailService) -> None:
    mail.queue([UPPER], SUBJECT, BODY)
    with pytest.raises(DataError):
        mail.send_due()


# ---------------------------------------------------------------- drafts for the clerk's own mail program


def test_an_eml_draft_of_a_queued_message_is_unsent_and_carries_the_files(mail: MailService, exports: list[Path],
                                                                          tmp_path: Path) -> None:
    configure(mail, 25)
    outbox_id = mail.queue([UPPER], SUBJECT, BODY, exports)
    path = mail.write_eml(tmp_path / "nháp.eml", outbox_id)
    draft = parsed(path.read_bytes())
    assert draft["X-Unsent"] == "1"
    assert draft["Message-ID"] is None and draft["Date"] is None and draft["From"] is None
    assert draft["Subject"] == SUBJECT and draft["To"].addresses[0].display_name == "Văn phòng UBND tỉnh"
    assert attachments_of(draft) == {p.name: p.read_bytes() for p in exports}
    assert mail.outbox_item(outbox_id).state == OutboxState.QUEUED  # a draft sends nothing


def test_an_eml_draft_can_be_made_without_queueing(mail: MailService, exports: list[Path], tmp_path: Path) -> None:
    path = mail.write_eml(tmp_path / "draft.eml", to=[UPPER], subject=SUBJECT, body=BODY, attachments=exports[:1])
    draft = parsed(path.read_bytes())
    assert draft["X-Unsent"] == "1" and draft["Subject"] == SUBJECT
    assert body_of(draft) == BODY
    assert attachments_of(draft) == {exports[0].name: exports[0].read_bytes()}
    assert mail.list_outbox() == []
