"""Chinese, Japanese and Korean text renders with real glyphs (no tofu boxes) in the app's
own font, and the language names Settings → Language shows render too."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from nbp_desktop.qt.settings.language_choice import OWN_NAMES

SAMPLES = {"zh_TW": "圖庫：匯出影像", "zh_CN": "图库：导出图像", "ja": "ライブラリ：画像を書き出す",
           "ko": "라이브러리: 이미지 내보내기"}


def missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` the app's font (with Qt's fallbacks) has no glyph for."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    tofu = sum(list(run.glyphIndexes()).count(0) for run in layout.glyphRuns())
    return [text] * tofu


def test_cjk_text_renders_without_tofu(qapp):
    texts = [*SAMPLES.values(), *OWN_NAMES.values()]
    missing = [text for text in texts if missing_glyphs(text)]
    assert not missing, ("No glyphs for: " + ", ".join(missing)
                         + " (on Debian/Ubuntu: apt-get install fonts-noto-cjk)")
