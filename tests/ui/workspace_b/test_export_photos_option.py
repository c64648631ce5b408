"""Issue 14.1 on the Export page: photos go into the bundle as copies without location unless
she ticks "original photos", which shows a plain warning; "leave out addresses" overrides it."""

from __future__ import annotations

from typing import Any

from safeplan.ui.workspace.export_page import ExportPage


def test_original_photos_option_warns_and_reaches_the_options(show: Any, demo_vault: Any,
                                                               dialogs: Any) -> None:
    form = show(ExportPage(demo_vault, dialogs)).options
    assert not form.original_photos.isChecked()
    assert not form.options().original_photos
    form.bundle.setChecked(True)
    assert form.original_photos.isEnabled() and "without the place" in form.photos_hint.text()
    form.original_photos.setChecked(True)
    assert "Warning" in form.photos_hint.text() and "where you live" in form.photos_hint.text()
    assert form.options().original_photos
    form.leave_out_addresses.setChecked(True)  # addresses out: never the originals
    assert not form.original_photos.isEnabled()
    assert "without the place" in form.photos_hint.text()
