"""Bundled resources: the Lao font and the compiled translations, found both from source and in a packaged build."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon

from eoffice_desktop.ui.lao_breaks import soft_breaks

# From source: the repository's top level; in a packaged build: the folder PyInstaller unpacks to.
BASE = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
RESOURCES = BASE / "resources"
TRANSLATIONS = BASE / "translations"
LAO_FAMILY = "Noto Sans Lao"
_translators: list[QTranslator] = []


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def app_icon() -> QIcon:
    path = resource_path("icons", "eoffice.png")
    return QIcon(str(path)) if path.exists() else QIcon()


def install_fonts() -> list[str]:
    """Register the bundled Lao fonts; returns the families now available."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return families


def set_app_font(app: QGuiApplication, point_size: int = 10) -> None:
    """Lao text in the bundled font; Latin letters fall back to the system's UI font."""
    font = QFont(app.font())
    font.setFamilies([LAO_FAMILY, app.font().family()])
    font.setPointSize(point_size)
    app.setFont(font)


class LaoBreakingTranslator(QTranslator):
    """The Lao translation, with places between words where a long Lao line may wrap (Qt cannot find them)."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:
            return None  # (a null string: not translated here, so Qt asks the next translator; "" would be shown)
        # Short words (a button, a value in a list) never wrap: only long runs of Lao get the breaks.
        return soft_breaks(text, min_run=LONG_LAO_RUN)


LONG_LAO_RUN = 16


def current_language() -> str:
    """The language the windows are shown in now: "lo" when the Lao translation is installed, else "en"."""
    return "lo" if _translators else "en"


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Load the app's translation (Lao by default); English is the source language and needs none."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Lao, QLocale.Country.Laos))
    translator = LaoBreakingTranslator(app) if language == "lo" else QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"eoffice_{language}.qm")):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    # Qt's own windows (file chooser, print dialog and preview, a text field's menu): Qt ships no Lao for them.
    qt_words = QTranslator(app)
    if qt_words.load(str(TRANSLATIONS / f"qtbase_{language}.qm")):
        app.installTranslator(qt_words)
        _translators.append(qt_words)
    return True
