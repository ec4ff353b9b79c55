"""A sender killed mid-send (kill -9, a real process) never makes the server receive the message twice."""

# ruff: noqa: F811  (the fixtures come from mail_helpers by import and are taken as parameters)

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.mail_helpers import UPPER, Recorder, clock, configure, free_port, mail, smtp_server  # noqa: F401
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import AttemptOutcome
from tthc_desktop.services.mail import MailService

ROOT = Path(__file__).resolve().parents[2]
SENDER = """
import sys
from pathlib import Path
from tthc_desktop.services.database import Database
from tthc_desktop.services.mail import MailService

database = Database.open(Path(sys.argv[1]))
print(MailService(database.session_factory).send_due(), flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is the POSIX way to stop a process dead")


def send_in_a_process_and_kill_it(db_path: Path, recorder: Recorder) -> None:
    """Start a sender, wait until the server holds it, then kill it without a chance to write anything."""
    process = subprocess.Popen([sys.executable, "-c", SENDER, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        assert recorder.entered.wait(timeout=120), process.stderr.read() if process.poll() is not None else ""
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL


def test_killed_while_the_server_takes_the_data_it_is_not_sent_again(mail: MailService, db_path: Path) -> None:
    port, recorder = free_port(), Recorder(hold_data=1)
    configure(mail, port)
    outbox_id = mail.queue([UPPER], "Báo cáo quý I năm 2026", "Kính gửi Văn phòng UBND tỉnh.")
    with smtp_server(recorder, port):
        send_in_a_process_and_kill_it(db_path, recorder)
        left = mail.outbox_item(outbox_id)
        assert left.state == OutboxState.SENDING and left.history[-1].reached_data  # written before the data
        recorder.release.set()  # the worst case: the server keeps the copy it had whole
        summary = mail.send_due()
        assert summary.failed == (outbox_id,) and summary.sent == ()
        later = mail.send_due(force=True)
        assert later.sent == () and later.failed == ()
    assert len(recorder.messages) == 1  # the one copy the server got before the sender died
    item = mail.outbox_item(outbox_id)
    assert item.state == OutboxState.FAILED and item.needs_checking
    assert "Message-ID" in item.last_error and item.history[-1].outcome == AttemptOutcome.UNCONFIRMED


def test_killed_before_the_data_it_is_sent_once_on_the_next_round(mail: MailService, db_path: Path) -> None:
    port, recorder = free_port(), Recorder(hold_rcpt=1)
    configure(mail, port)
    outbox_id = mail.queue([UPPER], "Báo cáo quý I năm 2026", "Kính gửi Văn phòng UBND tỉnh.")
    with smtp_server(recorder, port):
        send_in_a_process_and_kill_it(db_path, recorder)
        left = mail.outbox_item(outbox_id)
        assert left.state == OutboxState.SENDING and not left.history[-1].reached_data
        recorder.release.set()
        summary = mail.send_due()
        assert summary.requeued_after_crash == (outbox_id,) and summary.sent == (outbox_id,)
        assert mail.send_due(force=True).sent == ()
    assert len(recorder.messages) == 1
    item = mail.outbox_item(outbox_id)
    assert item.state == OutboxState.SENT and item.attempts == 2
    assert [a.outcome for a in item.history] == [AttemptOutcome.INTERRUPTED, AttemptOutcome.SENT]
    assert recorder.messages[0].data == mail.build_message(outbox_id).as_bytes()


def test_a_line_that_breaks_after_the_data_is_not_retried_blindly(mail: MailService) -> None:
    """Same doubt without a crash: the server took the data and the answer never came."""
    port, recorder = free_port(), Recorder(hold_data=1)
    configure(mail, port)
    outbox_id = mail.queue([UPPER], "Báo cáo quý I năm 2026", "Kính gửi Văn phòng UBND tỉnh.")
    quick = MailService(mail._session_factory, clock=mail._clock, timeout=1.0)  # gives up waiting after 1 s
    with smtp_server(recorder, port):
        summary = quick.send_due()
        recorder.release.set()
        assert summary.failed == (outbox_id,)
        assert quick.send_due(force=True).sent == ()
    assert len(recorder.messages) == 1
    assert quick.outbox_item(outbox_id).needs_checking
