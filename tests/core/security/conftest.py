"""The court-export fixtures (a real vault holding the sample document, export helper)."""

from tests.core.export.conftest import export, sample_vault

__all__ = ["export", "sample_vault"]
