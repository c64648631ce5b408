"""Build hook only; everything else is in pyproject.toml.

resources/ and translations/ live beside the package in the checkout (one copy for the app, the
PyInstaller bundle and the translators). A wheel has no "beside", so ``build_py`` copies them into
``safeplan/_data/`` — the place safeplan.core.resources looks in an installed layout.
An editable install (``pip install -e .``) needs no copy: it finds the checkout folders directly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Folder → file patterns shipped (the .ts for the core catalogue, the .qm for Qt).
DATA = {
    "resources": ("**/*.json", "**/*.ttf", "**/*.txt", "**/*.md", "**/*.svg", "**/*.png",
                  "**/*.ico", "**/*.icns", "**/*.html"),
    "translations": ("*.ts", "*.qm", "README.md"),
}


class BuildPyWithData(build_py):
    """Copy resources/ and translations/ into safeplan/_data in the build tree."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "safeplan" / "_data"
        for folder, patterns in DATA.items():
            source = ROOT / folder
            if not source.is_dir():
                raise SystemExit(f"missing {folder}/ — run the build from a full checkout")
            if (target / folder).exists():
                shutil.rmtree(target / folder)
            for pattern in patterns:
                for path in sorted(source.glob(pattern)):
                    if path.is_file():
                        dest = target / folder / path.relative_to(source)
                        dest.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(path, dest)


setup(cmdclass={"build_py": BuildPyWithData})
