"""The shape the design promises (docs/design.md): small modules and functions, data
that is consistent, no module named like a standard-library one."""
import ast
import sys
from pathlib import Path

import govparse
from govparse import lexicon

SRC = Path(govparse.__file__).parent


def _modules():
    return sorted(SRC.rglob("*.py"))


def _name(p: Path) -> str:
    return ".".join(p.relative_to(SRC).with_suffix("").parts)


def test_no_module_over_300_lines():
    long = [(p.name, n) for p in _modules() if (n := p.read_text(encoding="utf-8").count("\n")) > 300]
    assert long == []


def test_no_function_over_40_lines():
    long = []
    for p in _modules():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.end_lineno - node.lineno + 1 > 40:
                    long.append(f"{p.name}:{node.name}")
    assert long == []


def test_no_module_shadows_the_standard_library():
    assert [p.stem for p in _modules() if p.stem in sys.stdlib_module_names] == []


# What each stage may import at module level (docs/design.md): text → amounts → passes → outputs,
# with the foundations (text, lexicon, models, Document) below them all.
FOUNDATIONS = {"errors", "kinds", "lexicon", "text", "document", "metric", "models", "sections", "region"}
MAY_IMPORT = {
    "foundation": {"foundation"},
    "inputs": {"foundation", "inputs"},
    "quantities": {"foundation", "quantities"},
    "passes": {"foundation", "quantities", "passes"},
    "checks": {"foundation", "checks"},
    "outputs": {"foundation", "passes", "checks", "outputs"},
}


def _stage(module: str) -> str:
    first = module.split(".")[0]
    return "foundation" if first in FOUNDATIONS else first


def _imports(p: Path, top_level: bool = True):
    """The govparse modules ``p`` imports (at module level, or anywhere), as dotted names."""
    here = _name(p).split(".")
    package = here if p.name == "__init__.py" else here[:-1]
    tree = ast.parse(p.read_text(encoding="utf-8"))
    for node in (tree.body if top_level else ast.walk(tree)):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1]
            if node.module:
                yield ".".join(base + node.module.split("."))
            else:
                yield from (".".join(base + [a.name]) for a in node.names)


def test_imports_point_one_way():
    """A stage imports only the stages before it (a function may reach up lazily, as
    inputs.files does for parse)."""
    wrong = []
    for p in _modules():
        stage = _stage(_name(p))
        if stage not in MAY_IMPORT:  # the API and front ends: report, batch, cli, …
            continue
        wrong += [f"{_name(p)} imports {m}" for m in _imports(p) if _stage(m) not in MAY_IMPORT[stage] | {stage}
                  and m.split(".")[0] in {"inputs", "quantities", "passes", "checks", "outputs"} | FOUNDATIONS]
    assert wrong == []


def test_the_models_never_import_their_writers():
    assert [m for m in _imports(SRC / "models.py", top_level=False) if m.startswith("outputs")] == []


def test_every_stage_is_a_folder():
    assert {p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists()} \
        >= {"inputs", "quantities", "passes", "checks", "outputs"}


def test_lexicon_and_unit_table_are_consistent():
    assert lexicon.check() == []


def test_check_finds_a_repeated_word_and_an_unread_section(monkeypatch):
    sections = {"growth_up": ["增长 增长"], "growth_down": ["增长"], "nobody_reads_me": ["词"],
                "disjoint": ["growth_up growth_down"]}
    monkeypatch.setattr(lexicon, "_sections", lambda: sections)
    lexicon.words.cache_clear()
    try:
        problems = lexicon.check()
    finally:
        lexicon.words.cache_clear()
    assert "[growth_up]: '增长' listed twice" in problems
    assert "[nobody_reads_me]: no code reads this section" in problems
    assert "[growth_up] and [growth_down] both list '增长'" in problems


def test_every_unit_row_agrees_with_pint():
    from govparse.quantities.units import surfaces, unit_info

    for s in surfaces():
        unit_info(s)  # raises ValueError where the table's kind is not pint's


def test_literal_types_match_the_data():
    from typing import get_args

    from govparse.kinds import APPROX, KINDS, ROLES, Approx, Kind, Role

    assert (get_args(Kind), get_args(Role), get_args(Approx)) == (KINDS, ROLES, APPROX)
