"""Every sidebar and extra page resolves to its class: a missing or renamed page module fails
here instead of showing an empty "not ready" page to her."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtWidgets import QWidget

from safeplan.ui.workspace.workspace_pages import EXTRA_PAGES, PAGES, PageSpec, page_class


@pytest.mark.parametrize("spec", [*PAGES, *EXTRA_PAGES], ids=lambda s: s.key)
def test_page_class_is_a_widget(spec: PageSpec) -> None:
    factory = page_class(spec)
    assert isinstance(factory, type) and issubclass(factory, QWidget)


def test_a_renamed_page_module_is_an_error_not_a_blank_page() -> None:
    spec = PAGES[0]
    renamed = PageSpec(**{**spec.__dict__, "module": spec.module + "_renamed"})
    with pytest.raises(ImportError):
        page_class(renamed)
    with pytest.raises(AttributeError):
        page_class(PageSpec(**{**spec.__dict__, "cls": spec.cls + "Renamed"}))
    importlib.import_module(spec.module)
