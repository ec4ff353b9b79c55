"""`tthc-desktop outbox` as a real process on a real database file, against aiosmtpd on 127.0.0.1."""

# ruff: noqa: F811  (the fixtures come from mail_helpers by import and are taken as parameters)

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.unit.mail_helpers import UPPER, Recorder, clock, configure, free_port, mail, smtp_server  # noqa: F401
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.services.mail import MailService

ROOT = Path(__file__).resolve().parents[2]
# What cli.py does once it adds these commands: the same parser shape (--db before the command).
DRIVER = """
import argparse, sys
from pathlib import Path
from tthc_desktop.cli_mail import add_outbox_commands, run_outbox
from tthc_desktop.errors import TthcError

parser = argparse.ArgumentParser(prog="tthc-desktop")
parser.add_argument("--db", type=Path)
add_outbox_commands(parser.add_subparsers(dest="command"))
try:
    sys.exit(run_outbox(parser.parse_args()))
except TthcError as error:
    print(f"Error: {error}", file=sys.stderr)
    sys.exit(1)
"""


def outbox(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TTHC_LANG="en")
    return subprocess.run([sys.executable, "-c", DRIVER, "--db", str(db_path), "outbox", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


def test_an_empty_outbox_says_so(mail: MailService, db_path: Path) -> None:
    result = outbox(db_path)
    assert result.returncode == 0 and result.stdout == "" and "empty" in result.stderr


def test_send_now_then_list_shows_each_message_and_its_state(mail: MailService, db_path: Path) -> None:
    port, recorder = free_port(), Recorder()
    configure(mail, port)
    first = mail.queue([UPPER], "Báo cáo quý I năm 2026", "Kính gửi.")
    down = outbox(db_path, "send")
    assert down.returncode == 1 and f"127.0.0.1:{port}" in down.stderr
    waiting = outbox(db_path, "list")
    assert waiting.stdout.splitlines()[0].split("\t")[:3] == [str(first), "queued", "1"]
    assert f"127.0.0.1:{port}" in waiting.stdout.splitlines()[1]
    second = mail.queue([UPPER], "Biểu 06", "Kính gửi.")
    with smtp_server(recorder, port):
        sent = outbox(db_path, "send")  # "now": the first one's back-off is not waited for
    assert sent.returncode == 0, sent.stderr
    assert "Sent: 2." in sent.stdout
    assert len(recorder.messages) == 2
    lines = outbox(db_path).stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [[str(second), "sent"], [str(first), "sent"]]
    assert lines[0].split("\t")[-1] == "Biểu 06"


def test_retry_and_cancel_from_the_command_line(mail: MailService, db_path: Path) -> None:
    port, recorder = free_port(), Recorder(refuse_rcpt={"kstthc@quangngai.example.vn": "550 5.1.1 No such user"})
    configure(mail, port)
    refused = mail.queue([UPPER], "Báo cáo quý I năm 2026", "Kính gửi.")
    with smtp_server(recorder, port):
        assert outbox(db_path, "send").returncode == 1
        assert mail.outbox_item(refused).state == OutboxState.FAILED
        assert outbox(db_path, "retry", str(refused)).returncode == 0
        assert mail.outbox_item(refused).state == OutboxState.QUEUED
    assert outbox(db_path, "cancel", str(refused)).returncode == 0
    assert mail.list_outbox() == []
    missing = outbox(db_path, "cancel", str(refused))
    assert missing.returncode == 1 and f"Outbox message {refused} does not exist." in missing.stderr
