"""The timeline drawn: a view over `TimelineModel` with the task names in a frozen column on the left, months along
the top, a bar per task (domain.timeline: the same geometry the print uses), check-points as ticks, today's line.

Zoom shows a month, a quarter or the year across the width (`set_zoom`, Ctrl+wheel); the names and the months stay
in place while the bars scroll under them. A click on a task (or Enter) emits `task_chosen`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QRegion, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.timeline import GROUP, ZOOMS, Row, Scale, days_shown, months
from tthc_desktop.ui.tracker.timeline_model import SHADE_COLOURS, RowRole, TimelineModel, row_text

NAMES_WIDTH = 320
INDENT = 14
TODAY_COLOUR = QColor("#d63384")
GROUP_BAND = QColor("#f1f3f5")
GRID = QColor("#dee2e6")
QUARTER_GRID = QColor("#adb5bd")
TICK_COLOURS = {TaskStatus.DONE: QColor("#146c43"), TaskStatus.DONE_LATE: QColor("#6f7c12"),
                TaskStatus.OVERDUE: QColor("#b02a37")}
TICK_OTHER = QColor("#495057")
QUARTERS = ("I", "II", "III", "IV")


def tick_colour(status: TaskStatus) -> QColor:
    return TICK_COLOURS.get(status, TICK_OTHER)


class TimelineView(QAbstractItemView):
    task_chosen = Signal(int)  # a task's id: clicked, or Enter on it
    zoom_changed = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.today = today
        self.year = today.year
        self.zoom = "year"
        self.names_width = NAMES_WIDTH
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self._kept: int | None = None  # the current task across a reset of the model
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    # ---------------------------------------------------------------- model and sizes

    def setModel(self, model: TimelineModel) -> None:  # noqa: N802
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._restore_current)
        for signal in (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self._relayout)
        self._relayout()

    def timeline(self) -> TimelineModel:
        model = self.model()
        assert isinstance(model, TimelineModel)
        return model

    def set_year(self, year: int) -> None:
        self.year = year
        self._relayout()

    def set_zoom(self, zoom: str, anchor: float | None = None) -> None:
        """Show a month, a quarter or the year across the width, keeping the day at x = `anchor` (the middle of
        the bars by default) where it was."""
        if zoom not in ZOOMS or zoom == self.zoom:
            return
        width = self._chart_width()
        whole = self.zoom == "year" and anchor is None and self.today.year == self.year
        anchor = self.names_width + width / 2 if anchor is None else anchor
        day = self.today if whole else self.scale().day_at(anchor)  # from the whole year: in on today
        self.zoom = zoom
        self._relayout()
        self.horizontalScrollBar().setValue(round(self.scale(0).x(day) - (anchor - self.names_width)))
        self.zoom_changed.emit(zoom)
        self.viewport().update()

    def zoom_by(self, steps: int, anchor: float | None = None) -> None:
        """In (positive) towards a month, out (negative) towards the year."""
        position = ZOOMS.index(self.zoom) - steps
        self.set_zoom(ZOOMS[min(max(position, 0), len(ZOOMS) - 1)], anchor)

    def show_day(self, day: date) -> None:
        """Scroll so that `day` is a third of the way across."""
        self.horizontalScrollBar().setValue(round(self.scale(0).x(day) - self.names_width - self._chart_width() / 3))

    def row_height(self) -> int:
        return max(22, self.fontMetrics().height() + 8)

    def header_height(self) -> int:
        return 2 * (self.fontMetrics().height() + 6)

    def _chart_width(self) -> int:
        return max(self.viewport().width() - self.names_width, 50)

    def per_day(self) -> float:
        return self._chart_width() / days_shown(self.zoom, self.year)

    def scale(self, offset: int | None = None) -> Scale:
        """The year on screen: day 1 at the names' edge, moved left by the horizontal scroll (`offset`)."""
        offset = self.horizontalScrollBar().value() if offset is None else offset
        return Scale(date(self.year, 1, 1), date(self.year, 12, 31), self.names_width - offset, self.per_day())

    def _relayout(self, *_args: object) -> None:
        self.updateGeometries()
        self.viewport().update()

    def updateGeometries(self) -> None:  # noqa: N802
        rows = self.model().rowCount() if self.model() is not None else 0
        visible_height = max(self.viewport().height() - self.header_height(), 0)
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(rows * self.row_height() - visible_height, 0))
        vertical.setPageStep(visible_height)
        vertical.setSingleStep(self.row_height())
        horizontal = self.horizontalScrollBar()
        chart = self._chart_width()
        horizontal.setRange(0, max(round(self.scale(0).right - self.names_width - chart), 0))
        horizontal.setPageStep(chart)
        horizontal.setSingleStep(max(round(self.per_day() * 7), 1))
        super().updateGeometries()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        day = self.scale().day_at(self.names_width)
        super().resizeEvent(event)
        self._relayout()
        self.horizontalScrollBar().setValue(round(self.scale(0).x(day) - self.names_width))

    # ---------------------------------------------------------------- QAbstractItemView

    def _row_top(self, row: int) -> int:
        return self.header_height() + row * self.row_height() - self.verticalScrollBar().value()

    def visualRect(self, index: QModelIndex) -> QRect:  # noqa: N802
        if not index.isValid():
            return QRect()
        return QRect(0, self._row_top(index.row()), self.viewport().width(), self.row_height())

    def indexAt(self, point: QPoint) -> QModelIndex:  # noqa: N802
        if self.model() is None or point.y() < self.header_height():
            return QModelIndex()
        row = (point.y() - self.header_height() + self.verticalScrollBar().value()) // self.row_height()
        return self.model().index(row, 0) if 0 <= row < self.model().rowCount() else QModelIndex()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: E501, N802
        if not index.isValid():
            return
        bar, height = self.verticalScrollBar(), self.row_height()
        top = index.row() * height
        visible = self.viewport().height() - self.header_height()
        if hint == QAbstractItemView.ScrollHint.PositionAtCenter:
            bar.setValue(top - (visible - height) // 2)
        elif top < bar.value() or hint == QAbstractItemView.ScrollHint.PositionAtTop:
            bar.setValue(top)
        elif top + height > bar.value() + visible:
            bar.setValue(top + height - visible)
        self.viewport().update()

    def moveCursor(self, action: QAbstractItemView.CursorAction, _modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        model = self.model()
        if model is None or not model.rowCount():
            return QModelIndex()
        count, current = model.rowCount(), self.currentIndex().row()
        page = max((self.viewport().height() - self.header_height()) // self.row_height(), 1)
        moves = {QAbstractItemView.CursorAction.MoveUp: (current - 1, -1),
                 QAbstractItemView.CursorAction.MoveDown: (current + 1, 1),
                 QAbstractItemView.CursorAction.MovePageUp: (current - page, -1),
                 QAbstractItemView.CursorAction.MovePageDown: (current + page, 1),
                 QAbstractItemView.CursorAction.MoveHome: (0, 1),
                 QAbstractItemView.CursorAction.MoveEnd: (count - 1, -1)}
        if action not in moves:
            return self.currentIndex()
        row, step = moves[action]
        row = min(max(row, 0), count - 1)
        while 0 <= row < count and model.index(row, 0).data(RowRole).kind == GROUP:
            row += step
        if not 0 <= row < count:
            return self.currentIndex()
        return model.index(row, 0)

    def horizontalOffset(self) -> int:  # noqa: N802
        return self.horizontalScrollBar().value()

    def verticalOffset(self) -> int:  # noqa: N802
        return self.verticalScrollBar().value()

    def isIndexHidden(self, _index: QModelIndex) -> bool:  # noqa: N802
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:  # noqa: N802
        index = self.indexAt(QPoint(rect.left(), rect.top()))
        selection = QItemSelection()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsSelectable:
            selection.select(index, index)
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:  # noqa: N802
        region = QRegion()
        for index in selection.indexes():
            region = region.united(QRegion(self.visualRect(index)))
        return region

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()

    # ---------------------------------------------------------------- the clerk's hand

    def _chosen(self, index: QModelIndex) -> None:
        task_id = index.data(RowRole).task_id if index.isValid() else None
        if task_id is not None:
            self.task_chosen.emit(task_id)

    def _keep_current(self) -> None:
        index = self.currentIndex()
        self._kept = index.data(RowRole).task_id if index.isValid() else None

    def _restore_current(self) -> None:
        if self._kept is None:
            return
        row = self.timeline().row_of(self._kept)
        if row is not None:
            self.selectionModel().setCurrentIndex(self.model().index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
            if steps:
                self.zoom_by(steps, event.position().x() if event.position().x() > self.names_width else None)
            event.accept()
            return
        super().wheelEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        task = index.isValid() and index.data(RowRole).task_id is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if task else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # ---------------------------------------------------------------- drawing

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        model = self.model()
        painter = QPainter(self.viewport())
        palette = self.palette()
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        scale, header, row_h = self.scale(), self.header_height(), self.row_height()
        rows = model.rowCount() if model is not None else 0
        first = max(self.verticalScrollBar().value() // row_h, 0)
        last = min(first + height // row_h + 2, rows)
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        chart = QRect(self.names_width, header, width - self.names_width, height - header)
        painter.save()
        painter.setClipRect(chart)
        self._grid(painter, scale, header, height)
        for number in range(first, last):
            row: Row = model.index(number, 0).data(RowRole)
            top = self._row_top(number)
            band = QRect(self.names_width, top, width - self.names_width, row_h)
            if row.kind == GROUP:
                painter.fillRect(band, GROUP_BAND)
            elif number == current:
                painter.fillRect(band, self._highlight(palette))
            if row.bar is not None:
                self._bar(painter, scale, row, top, row_h)
        self._today(painter, scale, header, height)
        painter.restore()
        self._header(painter, scale, header, palette)
        self._names(painter, first, last, current, palette)
        painter.end()

    def _highlight(self, palette: QPalette) -> QColor:
        colour = QColor(palette.color(QPalette.ColorRole.Highlight))
        colour.setAlpha(60)
        return colour

    def _grid(self, painter: QPainter, scale: Scale, top: int, bottom: int) -> None:
        for begin, _end in months(scale.first, scale.last):
            painter.setPen(QPen(QUARTER_GRID if begin.month in (1, 4, 7, 10) else GRID, 1))
            x = round(scale.x(begin))
            painter.drawLine(x, top, x, bottom)

    def _bar(self, painter: QPainter, scale: Scale, row: Row, top: int, row_h: int) -> None:
        bar = row.bar
        assert bar is not None
        span = scale.span(bar.start, bar.end)
        inset = max(row_h // 5, 3)
        if span is not None:
            colour = SHADE_COLOURS[bar.shade]
            left, right = span
            rect = QRect(round(left), top + inset, max(round(right - left), 3), row_h - 2 * inset)
            painter.setPen(QPen(colour.darker(170), 1))
            painter.setBrush(colour)
            painter.drawRect(rect)
        for tick in bar.ticks:
            x = scale.tick_x(tick.day)
            if x is None:
                continue
            painter.setPen(QPen(tick_colour(tick.status), 1 if tick.period else 3))
            low = top + (row_h // 2 if tick.period else inset - 2)
            painter.drawLine(round(x), low, round(x), top + row_h - inset + 2)

    def _today(self, painter: QPainter, scale: Scale, top: int, bottom: int) -> None:
        x = scale.tick_x(self.today)
        if x is not None:
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(round(x), top, round(x), bottom)

    def _header(self, painter: QPainter, scale: Scale, header: int, palette: QPalette) -> None:
        width, half = self.viewport().width(), header // 2
        painter.fillRect(QRect(0, 0, width, header), palette.color(QPalette.ColorRole.Button))
        painter.save()
        painter.setClipRect(QRect(self.names_width, 0, width - self.names_width, header))
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        spans = months(scale.first, scale.last)
        wide = scale.per_day * 28 > self.fontMetrics().horizontalAdvance(self._month_name(12)) + 8
        for begin, end in spans:
            left, right = scale.span(begin, end) or (0.0, 0.0)
            rect = QRect(round(left), half, round(right - left), half)
            text = self._month_name(begin.month) if wide else str(begin.month)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(round(left), half, round(left), header)
            painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        if self.zoom == "month":
            self._days(painter, scale, half)
        else:
            for number, name in enumerate(QUARTERS):
                first = date(self.year, 3 * number + 1, 1)
                last = spans[3 * number + 2][1]
                left, right = scale.span(first, last) or (0.0, 0.0)
                # Centred on the part in sight, so that a quarter scrolled half out still says which it is.
                left, right = max(left, float(self.names_width)), min(right, float(width))
                if right - left < 2:
                    continue
                painter.drawText(QRect(round(left), 0, round(right - left), half), Qt.AlignmentFlag.AlignCenter,
                                 QCoreApplication.translate("TimelineView", "Quarter {number} / {year}").format(
                                     number=name, year=self.year))
        x = scale.tick_x(self.today)
        if x is not None:
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(round(x), half, round(x), header)
        painter.restore()
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(0, header - 1, width, header - 1)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(QRect(6, 0, self.names_width - 12, header), Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("TimelineView", "Tasks of {year}").format(year=self.year))

    def _days(self, painter: QPainter, scale: Scale, half: int) -> None:
        """At a month's zoom, the upper line numbers the days (every day when there is room)."""
        every = 1 if scale.per_day >= self.fontMetrics().horizontalAdvance("30") + 4 else 7
        day = scale.first
        while day <= scale.last:
            if day.day == 1 or (day.day - 1) % every == 0:
                painter.drawText(QRect(round(scale.x(day)), 0, round(scale.per_day * (1 if every == 1 else 3)), half),
                                 Qt.AlignmentFlag.AlignCenter if every == 1 else Qt.AlignmentFlag.AlignVCenter,
                                 str(day.day))
            day = date.fromordinal(day.toordinal() + 1)

    @staticmethod
    def _month_name(month: int) -> str:
        return QCoreApplication.translate("TimelineView", "Month {number}").format(number=month)

    def _names(self, painter: QPainter, first: int, last: int, current: int, palette: QPalette) -> None:
        """The frozen column: each row's label and words, a group's in bold, cut with "…" (the tooltip has all)."""
        model, header, row_h = self.model(), self.header_height(), self.row_height()
        height = self.viewport().height()
        painter.save()
        painter.setClipRect(QRect(0, header, self.names_width, height - header))
        painter.fillRect(QRect(0, header, self.names_width, height - header), palette.color(QPalette.ColorRole.Base))
        regular, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        for number in range(first, last):
            index = model.index(number, 0)
            row: Row = index.data(RowRole)
            top = self._row_top(number)
            rect = QRect(0, top, self.names_width, row_h)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if row.kind == GROUP:
                painter.fillRect(rect, GROUP_BAND)
            elif background is not None:
                painter.fillRect(rect, background)
            if number == current:
                painter.fillRect(rect, self._highlight(palette))
            painter.setFont(bold if row.kind == GROUP else regular)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text_rect = rect.adjusted(6 + INDENT * row.depth, 0, -6, 0)
            text = painter.fontMetrics().elidedText(row_text(row), Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()
        painter.setPen(QPen(QUARTER_GRID, 1))
        painter.drawLine(self.names_width - 1, 0, self.names_width - 1, height)
        self._no_dates(painter, first, last)

    def _no_dates(self, painter: QPainter, first: int, last: int) -> None:
        """A task without dates says so where its bar would be."""
        model, row_h = self.model(), self.row_height()
        painter.save()
        painter.setClipRect(QRect(self.names_width, self.header_height(), self.viewport().width() - self.names_width,
                                  self.viewport().height() - self.header_height()))
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        for number in range(first, last):
            row: Row = model.index(number, 0).data(RowRole)
            if row.kind != GROUP and row.bar is None:
                painter.drawText(QRect(self.names_width + 8, self._row_top(number), 600, row_h),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 QCoreApplication.translate("TimelineView", "no dates: {schedule}").format(
                                     schedule=row.note or "—"))
        painter.restore()
