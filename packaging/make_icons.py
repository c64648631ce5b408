"""Render resources/icons/calculator.svg into the PNG, ICO and ICNS files the packages use.

Run after editing the SVG: ``python packaging/make_icons.py``. The outputs are committed so a
build needs neither Qt's SVG module nor Pillow's encoders at packaging time. The icon is a plain
calculator on purpose (threat A1: the desktop, taskbar and start menu must not reveal the program).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "calculator.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_name(size: int) -> str:
    return f"calculator-{size}.png"


def render_pngs() -> list[Path]:
    """Every PNG size, drawn by Qt's SVG renderer offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG.name}")
    written = []
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / png_name(size)
        if not image.save(str(target), b"PNG"):
            raise SystemExit(f"cannot write {target.name}")
        written.append(target)
    return written


def write_ico_icns() -> None:
    """Windows .ico (16–256) and macOS .icns (up to 512) from the PNGs."""
    from PIL import Image

    big = Image.open(ICONS / png_name(256)).convert("RGBA")
    big.save(ICONS / "calculator.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(ICONS / png_name(512)).convert("RGBA").save(ICONS / "calculator.icns")


def main() -> int:
    render_pngs()
    write_ico_icns()
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
