"""Every window fits the clerk's screen (1366×768 and 1280×720 laptops, a taskbar at the bottom) and comes back at
the size the clerk left it.

`fit(window, width, height, key)` takes the size the window would like, shrinks it to what the screen's available
area leaves once Windows has drawn its title bar and borders, and, under `key`, restores the size the clerk chose
last time (itself shrunk to the screen, which may be a smaller one now) and remembers the new one when the window
closes. A dialog is centred on its parent. Settings are the main window's (each test window has a file of its own);
outside one, nothing is remembered."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QListView, QMainWindow, QWidget

# Windows 10/11 at 100 %: an 8-pixel border each side and a 31-pixel title bar; offscreen and X11 draw less, so
# a window that fits here fits there.
FRAME = QSize(16, 39)
PREFIX = "windows/"


def main_window_of(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget


def settings_of(widget: QWidget | None) -> QSettings | None:
    window = main_window_of(widget)
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, QSettings) else None


def available(widget: QWidget) -> QRect:
    """The screen area a window may use: the work area of the parent's screen (the taskbar left out)."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or \
        QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest(widget: QWidget) -> QSize:
    """The largest client size whose frame still fits the available area."""
    area = available(widget)
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def elide_texts(root: QWidget) -> None:
    """Texts too long for their place end in "…", never cut: headers elide (Qt's headers cut by default); lists
    whose items wrap lay them out again at each width (else an item keeps the height of an earlier, wider list and
    its last line is cut)."""
    for header in root.findChildren(QHeaderView):
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
    for view in root.findChildren(QListView):
        if view.wordWrap():
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        elif view.textElideMode() == Qt.TextElideMode.ElideNone:
            view.setTextElideMode(Qt.TextElideMode.ElideRight)


def fit(widget: QWidget, width: int, height: int, key: str | None = None) -> QSize:
    """Size `widget` for the screen as described above; returns the size given. Its texts elide (elide_texts)."""
    elide_texts(widget)
    room = largest(widget)
    wanted = QSize(width, height)
    settings = settings_of(widget) if key else None
    saved = settings.value(PREFIX + key) if settings is not None and key else None
    if isinstance(saved, QSize) and saved.isValid():
        wanted = saved
    size = wanted.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    widget.resize(size)
    if widget.maximumWidth() > room.width() or widget.maximumHeight() > room.height():
        widget.setMaximumSize(widget.maximumSize().boundedTo(QSize(max(room.width(), 200), max(room.height(), 150))))
    if isinstance(widget, QDialog) and widget.parentWidget() is not None:
        _centre(widget, size)
    if settings is not None and key:
        keeper = _SizeKeeper(widget, settings, PREFIX + key)
        widget.installEventFilter(keeper)
    return size


def _centre(dialog: QDialog, size: QSize) -> None:
    parent = dialog.parentWidget().window()
    area = available(dialog)
    centre = parent.frameGeometry().center() if parent.isVisible() else area.center()
    x = min(max(area.left(), centre.x() - (size.width() + FRAME.width()) // 2),
            area.right() - size.width() - FRAME.width())
    y = min(max(area.top(), centre.y() - (size.height() + FRAME.height()) // 2),
            area.bottom() - size.height() - FRAME.height())
    dialog.move(max(area.left(), x), max(area.top(), y))


class _SizeKeeper(QObject):
    """Remembers the window's size when it is hidden (closed, accepted or rejected)."""

    def __init__(self, widget: QWidget, settings: QSettings, key: str) -> None:
        super().__init__(widget)
        self.settings, self.key = settings, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and not watched.isMinimized():
            self.settings.setValue(self.key, watched.size())
        return False
