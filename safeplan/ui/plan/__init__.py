"""Pages that help her act: safety plan, danger signs, legal dates, help directory, guides, and the
volunteer hand-over. Each page is ``Page(vault, dialogs, parent=None)`` and is embedded by the
workspace; all core work goes through ``safeplan.core`` (plan, risk, legal, directory, guides,
prosecution_draft, handover, export.plan_pdf)."""
