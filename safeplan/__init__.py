"""SafePlan: an encrypted, offline evidence journal and safety plan.

Layers (arrows point down only): ``cli`` and ``app`` (composition root) → ``ui`` (Qt widgets)
→ ``core`` (no Qt; storage, crypto, journal, import/export). See ``safeplan/core/__init__.py``.
"""

__version__ = "0.1.0"
