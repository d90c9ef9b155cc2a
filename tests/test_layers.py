"""The layer rule (docs/architecture.md): an import goes to the same or a lower layer, never up; a
resource kind never imports another kind; the library holds no CLI code and the MCP server imports
nothing from the CLI. Read from the source with ast, so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "envboot"
# core < domain < data < kinds < planning < live < api, sandbox < interfaces
RANK = {"core": 0, "domain": 1, "data": 2, "kinds": 3, "planning": 4, "live": 5, "api": 6, "sandbox": 6,
        "interfaces": 7, "__main__": 8}
PACKAGES = {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            found.append(f"<relative import at line {node.lineno}>")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "envboot":
            found += [f"envboot.{a.name}" for a in node.names] if node.module == "envboot" else [node.module]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "envboot"]
    return found


def layer(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[1] == "__version__":
        return None  # the package root: its version string
    return parts[1]


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_sits_in_a_layer():
    top_level = sorted(p.name for p in SRC.glob("*.py") if p.name not in ("__init__.py", "__main__.py", "api.py"))
    assert top_level == [], f"modules outside the layer packages: {top_level}"
    assert set(PACKAGES) - {"bundled"} <= set(RANK), PACKAGES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_never_go_up_a_layer(path: Path):
    mine = module_name(path)
    here = layer(mine)
    for target in imports(path):
        assert not target.startswith("<"), f"{mine}: {target}; imports are absolute (envboot.<layer>...)"
        there = layer(target)
        if there is None or here is None:
            continue
        assert RANK[there] <= RANK[here], f"{mine} imports {target}: {here} may not import from {there}"


def test_a_kind_never_imports_another_kind():
    kinds = SRC / "kinds"
    names = {p.name for p in kinds.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {"hosts", "flavors"} <= names
    for path in kinds.rglob("*.py"):
        mine = module_name(path).split(".")
        if len(mine) < 4:
            continue  # kinds/<shared>.py: the protocol and what every kind shares
        for target in imports(path):
            t = target.split(".")
            if len(t) >= 3 and t[1] == "kinds" and t[2] in names:
                assert t[2] == mine[2], f"{'.'.join(mine)} (kind {mine[2]}) imports {target} (kind {t[2]})"


def test_the_library_holds_no_cli_code_and_mcp_imports_no_cli():
    for path in MODULES:
        mine = module_name(path)
        for target in imports(path):
            if mine.startswith("envboot.interfaces.mcp"):
                assert not target.startswith("envboot.interfaces.cli"), f"{mine} imports {target}"
        if not mine.startswith("envboot.interfaces"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)
                     for a in (n.names if isinstance(n, ast.Import) else [ast.alias(n.module or "")])}
            assert not names & {"typer", "rich"}, f"{mine} imports a CLI library ({names & {'typer', 'rich'}})"
