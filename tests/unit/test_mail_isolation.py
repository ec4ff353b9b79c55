"""The outbox isolates a bad message: every address in a recipients' text is read ("," and ";" both separate), a line
break in a header value is refused in words when the message is queued (or the settings saved), and a message that
fails for a reason of its own when sent is marked failed with that reason while the others go. Real SMTP on
127.0.0.1 (aiosmtpd); rows "stored by an older version" are written with plain SQL, as such a file would hold them."""

# ruff: noqa: F811  (the fixtures come from mail_helpers by import and are taken as parameters)

from __future__ import annotations

import email
import json
import sqlite3
from email.policy import default as default_policy
from pathlib import Path

import pytest

from tests.unit.mail_helpers import (  # noqa: F401
    SENDER,
    UPPER,
    MovingClock,
    Recorder,
    clock,
    configure,
    exports,
    free_port,
    mail,
    smtp_server,
)
from tthc_desktop import i18n
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.errors import DataError
from tthc_desktop.services.mail import MailService
from tthc_desktop.services.mail_dto import MailSettingsInfo

SUBJECT = "Báo cáo kết quả kiểm soát TTHC quý I năm 2026"
BODY = "Kính gửi Văn phòng UBND tỉnh,\n\nUBND xã Hành Dũng gửi kèm báo cáo quý I năm 2026.\n\nTrân trọng."


def database_file(mail: MailService) -> Path:
    return Path(mail._session_factory.kw["bind"].url.database)


def sql(mail: MailService, statement: str, *parameters: object) -> None:
    connection = sqlite3.connect(database_file(mail))
    try:
        connection.execute(statement, parameters)
        connection.commit()
    finally:
        connection.close()


# ---------------------------------------------------------------- recipients


def test_every_address_of_a_recipients_text_receives_the_message(mail: MailService) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    outbox_id = mail.queue(["kstthc@quangngai.example.vn, pvh@huyen.example.vn; Văn phòng <vp@xa.example.vn>",
                            UPPER], SUBJECT, BODY)
    assert [a.split("<")[-1].rstrip(">") for a in mail.outbox_item(outbox_id).to] == [
        "kstthc@quangngai.example.vn", "pvh@huyen.example.vn", "vp@xa.example.vn", "kstthc@quangngai.example.vn"]
    with smtp_server(recorder, port):
        assert mail.send_due().sent == (outbox_id,)
    [received] = recorder.messages
    assert sorted(set(received.rcpt_tos)) == ["kstthc@quangngai.example.vn", "pvh@huyen.example.vn",
                                              "vp@xa.example.vn"]


@pytest.mark.parametrize("text, named", [
    ("Nguyễn, Văn <nv@xa.example.vn>", "Nguyễn"),  # a name with a comma must be quoted
    ("kstthc@quangngai.example.vn pvh@huyen.example.vn", "@huyen.example.vn"),  # no separator
    ("kstthc@quangngai.example.vn, vanphong", "vanphong"),
    ("thư@xa.example.vn", "thư@xa.example.vn"),  # accented letters: the server is spoken to in ASCII
])
def test_an_address_that_cannot_be_read_is_refused_by_name(mail: MailService, text: str, named: str) -> None:
    with pytest.raises(DataError) as refused:
        mail.queue([text], SUBJECT, BODY)
    assert named in str(refused.value)
    assert mail.list_outbox() == []


def test_a_quoted_name_with_a_comma_is_one_address(mail: MailService) -> None:
    outbox_id = mail.queue(['"Nguyễn, Văn" <nv@xa.example.vn>'], SUBJECT, BODY)
    assert mail.outbox_item(outbox_id).to == ('"Nguyễn, Văn" <nv@xa.example.vn>',)


# ---------------------------------------------------------------- header values on one line


@pytest.fixture
def broken_name(tmp_path: Path) -> Path:
    path = tmp_path / "Báo cáo\nquý I.pdf"  # a file name may hold a line break on Linux
    path.write_bytes(b"%PDF-1.4 test")
    return path


@pytest.mark.parametrize("part", ["subject", "subject with Word's line break", "recipient", "attachment"])
def test_a_line_break_in_a_header_is_refused_when_queued(mail: MailService, broken_name: Path, part: str) -> None:
    to, subject, files = [UPPER], SUBJECT, []
    if part == "subject":
        subject = "Báo cáo quý I\nnăm 2026"
    elif part == "subject with Word's line break":
        subject = "Báo cáo quý I\x0bnăm 2026"
    elif part == "recipient":
        to = ["Văn phòng\r\n <kstthc@quangngai.example.vn>"]
    else:
        files = [broken_name]
    i18n.set_language("en")
    with pytest.raises(DataError, match="cannot contain a line break"):
        mail.queue(to, subject, BODY, files)
    assert mail.list_outbox() == []


def test_a_sender_name_with_a_line_break_is_refused_in_the_settings(mail: MailService) -> None:
    with pytest.raises(DataError):
        mail.save_settings(MailSettingsInfo(smtp_host="mail.example.vn", sender_address=SENDER,
                                            sender_name="UBND xã\nHành Dũng"))
    assert mail.settings() == MailSettingsInfo()


# ---------------------------------------------------------------- at send time: the others go


def test_messages_that_fail_for_their_own_reason_do_not_stop_the_others(mail: MailService,
                                                                        exports: list[Path]) -> None:
    """Three reasons of a message's own, at send time: its attachment lost from the content store, its one
    recipient refused by the server (550), an address an older version stored with accents. (A line break an older
    version stored in a header no longer fails at send: text columns read it as a space, db/text.py.)"""
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    unknown = "khong-co@xa.example.vn"
    recorder.refuse_rcpt[unknown] = "550 5.1.1 <khong-co@xa.example.vn>: Recipient address rejected: User unknown"
    first = mail.queue([UPPER], f"{SUBJECT} (0)", BODY, exports[:1])
    lost_file = mail.queue([UPPER], f"{SUBJECT} (1)", BODY, exports[1:2])
    refused = mail.queue([unknown], f"{SUBJECT} (2)", BODY, exports[:1])
    broken_address = mail.queue([UPPER], f"{SUBJECT} (3)", BODY, exports[:1])
    last = mail.queue([UPPER], f"{SUBJECT} (4)", BODY, exports[:1])
    connection = sqlite3.connect(database_file(mail))
    try:
        [(sha,)] = connection.execute("SELECT sha256 FROM outbox_attachment WHERE message_id = ?", (lost_file,))
    finally:
        connection.close()
    mail._store.existing(sha).unlink()  # the workbook only this message attaches, lost from the folder
    # What an older version, which checked nothing of this, could have stored:
    sql(mail, "UPDATE outbox_message SET to_addresses = ? WHERE id = ?", json.dumps(["thư@xa.example.vn"]),
        broken_address)
    i18n.set_language("en")
    with smtp_server(recorder, port):
        summary = mail.send_due()
    assert summary.sent == (first, last)
    assert sorted(summary.failed) == [lost_file, refused, broken_address]
    subjects = [email.message_from_bytes(m.data, policy=default_policy)["Subject"] for m in recorder.messages]
    assert subjects == [f"{SUBJECT} (0)", f"{SUBJECT} (4)"]
    items = {outbox_id: mail.outbox_item(outbox_id) for outbox_id in (lost_file, refused, broken_address)}
    assert {item.state for item in items.values()} == {OutboxState.FAILED}
    assert "is missing from" in items[lost_file].last_error and sha[:12] in items[lost_file].last_error
    assert "550" in items[refused].last_error and "User unknown" in items[refused].last_error
    assert "thư@xa.example.vn" in items[broken_address].last_error and "accented" in items[broken_address].last_error


def test_settings_an_older_version_stored_with_a_line_break_are_read_on_one_line(mail: MailService) -> None:
    """The sender's name an older version stored with a line break (and a header after it) is read on one line
    (db/text.py, OneLine): the round goes on, the name is sent as one header value and nothing is injected."""
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    outbox_id = mail.queue([UPPER], SUBJECT, BODY)
    sql(mail, "UPDATE mail_settings SET sender_name = ?", "UBND xã\nBcc: ai-do@example.vn")
    assert mail.settings().sender_name == "UBND xã Bcc: ai-do@example.vn"
    with smtp_server(recorder, port):
        assert mail.send_due().sent == (outbox_id,)
    [received] = recorder.messages
    message = email.message_from_bytes(received.data, policy=default_policy)
    assert message["From"].addresses[0].display_name == "UBND xã Bcc: ai-do@example.vn"
    assert message["Bcc"] is None and not any(line.lower().startswith(b"bcc:") for line in received.data.splitlines())
    assert received.rcpt_tos == ["kstthc@quangngai.example.vn"]
    assert mail.outbox_item(outbox_id).state == OutboxState.SENT
