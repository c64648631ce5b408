"""Force safe reportlab settings, whatever the host says (threat model A5, requirement 20).

reportlab reads ``~/.reportlab_settings``, a ``reportlab_settings`` module on ``sys.path`` and
``RL_*`` environment variables when ``reportlab.rl_config`` is first imported. A hostile or careless
host could widen the URL schemes images may be fetched from, add trusted hosts, or switch colour
parsing to ``rl_safe_eval`` (an evaluator). We overwrite those values every time before we build a
document, so text that slips past escaping still cannot reach the network, the file system or an
evaluator. Also points the canvas default font at our embedded TTF so Helvetica (a base-14,
non-embedded font)
is never referenced (requirement 21).
"""

from __future__ import annotations

from reportlab import rl_config

# Colour strings: ast.literal_eval plus named colours only (never an expression evaluator).
SAFE_COLOR_PARSER = "rl_extended_literal_eval"


def apply_safe_settings(default_font: str | None = None) -> None:
    """Overwrite the security-relevant reportlab settings; idempotent."""
    rl_config.trustedHosts = None  # no host is trusted for fetching anything
    rl_config.trustedSchemes = []  # no file:, http:, https:, data: … scheme may be opened
    rl_config.toColorCanUse = SAFE_COLOR_PARSER
    rl_config.warnOnMissingFontGlyphs = 0
    if default_font:
        rl_config.canvas_basefontname = default_font
        rl_config.defaultGraphicsFontName = default_font


def settings_are_safe() -> bool:
    """True when the settings above are in force (checked by tests and before every build)."""
    return (
        rl_config.trustedHosts is None
        and not rl_config.trustedSchemes
        and rl_config.toColorCanUse == SAFE_COLOR_PARSER
    )


apply_safe_settings()
