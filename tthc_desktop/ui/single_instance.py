"""One window per database: a second start on the same file brings the first window to the front and quits.

A QLockFile (stale once its process is gone, so a crash never locks the clerk out) decides who is first; the first
listens on a QLocalServer named after the database, and a second start sends it "raise". The window starts with the
lock alone (`acquire(listen=False)`) and listens once its first view is painted (`listen`): QtNetwork is not
needed before (a second start meanwhile finds the lock taken and waits for the first to answer).
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from tthc_desktop.paths import database_key, state_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
ANSWER = b"ok\n"
WAIT_FOR_FIRST_S = 5.0  # the first may still be starting: its lock is taken before it listens


def server_name(database: Path) -> str:
    """Per user and per database (local sockets of two users on one machine must not meet)."""
    import getpass

    user = hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:8]
    return f"tthc-desktop-{user}-{database_key(database)}"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = Path(database).expanduser().resolve()
        folder = state_dir() / "instances"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # then tryLock fails with another error than "held", and the app runs unguarded
            log.warning("Cannot create %s: %s", folder, error)
        self._lock = QLockFile(str(folder / f"{database_key(self.database)}.lock"))
        self._lock.setStaleLockTime(0)  # held for the whole session: only a dead owner makes it stale
        self._server: QLocalServer | None = None
        self.answered = False

    @property
    def name(self) -> str:
        return server_name(self.database)

    def acquire(self, listen: bool = True) -> bool:
        """True when this process is the first on the database (it then listens, or later: `listen`); False when
        another window has it: that window was asked to come to the front (`answered` says whether it confirmed)."""
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.warning("Cannot use the instance lock for %s (%s); carrying on without it", self.database,
                        self._lock.error())
            return True
        deadline = time.monotonic() + WAIT_FOR_FIRST_S
        while time.monotonic() < deadline:
            if self._ask_first_to_raise():
                self.answered = True
                break
            time.sleep(0.1)
        log.info("%s is already open in another window; %s", self.database,
                 "asked it to come to the front" if self.answered else "it did not answer")
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """Answer second starts on the database: once, and only while this process holds the lock."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket left by a crashed first instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("Cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data())
        if message == RAISE:
            log.info("A second start on %s asked this window to come to the front", self.database)
            socket.write(ANSWER)
            socket.flush()
            self.raise_requested.emit()

    def _ask_first_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(1000)
        answered = socket.waitForReadyRead(2000) and bytes(socket.readLine().data()) == ANSWER
        socket.disconnectFromServer()
        return answered


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
