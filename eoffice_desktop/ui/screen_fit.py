"""Windows that fit the screen they open on: an office PC's 1366x768 screen with a taskbar leaves about 728 pixels,
and a window manager's title bar takes some of that. Every dialog is kept inside that room when it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

TITLE_BAR = 32  # pixels a window manager puts above a window's own area (before the window is shown, Qt knows 0)


def fit_on_screen(window: QWidget) -> None:
    """Shrink the window to the free part of its screen (not below its minimum size) and move it fully inside."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame_height = max(window.frameGeometry().height() - window.height(), TITLE_BAR)
    frame_width = max(window.frameGeometry().width() - window.width(), 0)
    width = max(min(window.width(), room.width() - frame_width), window.minimumWidth())
    height = max(min(window.height(), room.height() - frame_height), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), room.left()), room.right() + 1 - width - frame_width)
    y = min(max(window.y(), room.top()), room.bottom() + 1 - height - frame_height)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, room.left()), max(y, room.top()))


def tall_enough(window: QWidget) -> None:
    """Grow the window to the height its wrapped lines need at its width. Qt sizes a window by its widgets' one-line
    heights, so a word-wrapped message (a wrong passphrase, a warning in Lao) got squeezed and clipped top and
    bottom; then keep it on the screen."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
        fit_on_screen(window)


class ScreenFit(QObject):
    """Installed on the application: every dialog (message boxes included) is fitted to its screen as it shows, and
    grows when a wrapped message appears in it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (isinstance(watched, QDialog) and watched.isWindow()):
            return False
        if event.type() == QEvent.Type.Show:
            tall_enough(watched)
            fit_on_screen(watched)
        elif event.type() == QEvent.Type.LayoutRequest and watched.isVisible():
            # (after the dialog has laid itself out again for what changed)
            QTimer.singleShot(0, watched, lambda: tall_enough(watched))
        return False


def scrolling(content: QWidget) -> QScrollArea:
    """The long part of a dialog in a frameless area that scrolls, so the buttons below it stay on the screen."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setMinimumWidth(content.sizeHint().width() + 24)
    return scroll
