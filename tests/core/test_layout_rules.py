"""The core's rooms (safeplan/core/__init__.py): no import circle, no import from a room above.

Imports are read from the source (ast), including imports inside functions: a lazy import is
still a dependency. Only ``if TYPE_CHECKING:`` blocks are left out (they never run).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import safeplan.core

CORE = Path(safeplan.core.__file__).parent

# The order of the rooms, lowest first; a module's room is its first package under core/ (or
# its own name for the single-module rooms). Keep in step with safeplan/core/__init__.py.
LAYERS: list[set[str]] = [
    {"errors", "i18n", "resources", "paths", "atomic", "portable", "settings", "__init__"},
    {"storage"},
    {"journal"},
    {"vault"},
    {"plan"},
    {"interchange"},
    {"importers", "export"},
    {"demo"},
]


def room_of(module: str) -> str:
    parts = module.split(".")
    assert parts[:2] == ["safeplan", "core"], module
    return parts[2] if len(parts) > 2 else "__init__"


def layer_of(module: str) -> int:
    room = room_of(module)
    for index, rooms in enumerate(LAYERS):
        if room in rooms:
            return index
    raise AssertionError(f"{module}: room {room!r} is in no layer — add it to LAYERS and to "
                         "the map in safeplan/core/__init__.py and the README")


def module_name(path: Path, root: Path) -> str:
    relative = path.relative_to(root.parent.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__" and len(parts) > 2:
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(tree: ast.AST, this: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """Every core module this source imports (``from x import y`` counts y when it is a module)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("safeplan.core"):
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = this if is_package else this.rsplit(".", 1)[0]
                for _ in range(node.level - 1):
                    package = package.rsplit(".", 1)[0]
                base = f"{package}.{base}" if base else package
            if base.startswith("safeplan.core"):
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    yield candidate if candidate in known else base
        stack.extend(ast.iter_child_nodes(node))


def import_graph(root: Path) -> dict[str, set[str]]:
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    known = set(files)
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = {t for t in imports_of(tree, name, path.name == "__init__.py", known)
                   if t in known and t != name}
        graph[name] = targets
    return graph


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(f"{source} → {target}" for source, targets in graph.items() for target in targets
                  if layer_of(target) > layer_of(source))


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _package_init_edges(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """A package's __init__ importing its own submodules is how a package presents itself, and
    a submodule importing a sibling through the package is the same edge: not a circle."""
    return {source: {t for t in targets if not source.startswith(t + ".")}
            for source, targets in graph.items()}


def test_every_core_module_is_in_a_room() -> None:
    for name in import_graph(CORE):
        layer_of(name)


def test_no_core_module_imports_from_a_room_above() -> None:
    assert upward_imports(import_graph(CORE)) == []


def test_no_import_circles_in_the_core() -> None:
    assert circles(_package_init_edges(import_graph(CORE))) == []


def test_the_rules_catch_a_planted_circle_and_an_upward_import(tmp_path: Path) -> None:
    """The checks test themselves: a copy of two real rooms with a planted bad import."""
    core = tmp_path / "safeplan" / "core"
    (core / "storage").mkdir(parents=True)
    (core / "vault").mkdir()
    for init in (tmp_path / "safeplan", core, core / "storage", core / "vault"):
        (init / "__init__.py").write_text("")
    (core / "storage" / "blobs.py").write_text(
        "def f():\n    from safeplan.core.vault.vault import Vault\n")  # lazy, still upward
    (core / "vault" / "vault.py").write_text("from safeplan.core.vault import slots\n")
    (core / "vault" / "slots.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from safeplan.core.storage import blobs\n"
        "from safeplan.core.vault.vault import Vault\n")
    graph = import_graph(core)
    assert upward_imports(graph) == ["safeplan.core.storage.blobs → safeplan.core.vault.vault"]
    assert circles(_package_init_edges(graph)) == [["safeplan.core.vault.slots",
                                                   "safeplan.core.vault.vault"]]


def test_the_readme_map_names_every_room() -> None:
    """README's "How the code is laid out" stays true: every room (package) under core/ and
    every top-level package of safeplan/ is named there, and nothing named there is gone."""
    readme = (CORE.parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    rooms = sorted(p.name for p in CORE.iterdir() if (p / "__init__.py").exists())
    missing = [room for room in rooms if f"core/{room}/" not in section]
    assert missing == []
    packages = sorted(p.name for p in CORE.parent.iterdir() if (p / "__init__.py").exists())
    assert [p for p in packages if f"safeplan/{p}/" not in section] == []
    import re
    named = set(re.findall(r"core/([a-z_]+)/", section))
    assert sorted(named - set(rooms)) == []
