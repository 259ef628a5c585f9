"""A module-level name is bound once: the extraction rules keep dozens of module constants, and a
second ``_NAME = ...`` further down silently replaces the first for every function that reads it
(two such slips changed results far from the rule being written). Extending a constant in place
(``_X = _X | ...``) is the one allowed rebinding."""

from __future__ import annotations

import ast
from pathlib import Path

import searchidx

PACKAGE = Path(searchidx.__file__).parent


def _rebound(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: set[str] = set()
    bad = []
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for t in targets:
            if not isinstance(t, ast.Name):
                continue
            value = node.value
            reads_itself = value is not None and any(isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(value))
            if t.id in seen and not reads_itself:
                bad.append(f"{path.relative_to(root)}:{node.lineno} {t.id}")
            seen.add(t.id)
    return bad


def test_no_module_constant_is_bound_twice():
    bad = [b for p in sorted(PACKAGE.rglob("*.py")) for b in _rebound(p)]
    assert bad == []


def test_the_check_finds_a_rebinding(tmp_path):
    p = tmp_path / "probe.py"
    p.write_text("_A = 1\n_B = _A | 2\n_B = _B | 4\n_A = 3\n", encoding="utf-8")
    assert _rebound(p, tmp_path) == ["probe.py:4 _A"]
