"""The plan fixtures (a real vault, a recording Dialogs seam) for the usability tests too."""

from tests.ui.plan.conftest import dialogs, vault, vault_path  # noqa: F401
