"""The shape the design promises (docs/design.md): small modules and functions, data
that is consistent, no module named like a standard-library one."""
import ast
import sys
from pathlib import Path

import govparse
from govparse import lexicon

SRC = Path(govparse.__file__).parent


def _modules():
    return sorted(SRC.glob("*.py"))


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


def test_imports_point_one_way():
    """The passes never import the API module or the front ends at module level
    (a method may reach up lazily, as Report.to_frame does for pandas)."""
    upper = {"report", "cli", "batch", "dask", "frames", "files", "formats", "outputs", "inputs", "commands", "extract",
             "view", "__init__"}
    for p in _modules():
        if p.stem in upper or p.stem == "__main__":
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                assert (node.module or "") not in upper, f"{p.name} imports {node.module}"


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
    from govparse.units import surfaces, unit_info

    for s in surfaces():
        unit_info(s)  # raises ValueError where the table's kind is not pint's


def test_literal_types_match_the_data():
    from typing import get_args

    from govparse.kinds import APPROX, KINDS, ROLES, Approx, Kind, Role

    assert (get_args(Kind), get_args(Role), get_args(Approx)) == (KINDS, ROLES, APPROX)
