"""Tables in a report's text: rows of cells split by tabs (as DOCX and web page tables are
extracted) or by runs of spaces, found once per document.

>>> view = "主要指标\\n指标\\t单位\\t绝对数\\t比上年增长(%)\\n地区生产总值\\t亿元\\t1200.5\\t6.1\\n正文。"
>>> (t,) = find(view)
>>> [c.text for c in t.header], [[c.text for c in row] for row in t.rows]
(['指标', '单位', '绝对数', '比上年增长(%)'], [['地区生产总值', '亿元', '1200.5', '6.1']])
>>> t.start, t.end
(5, 44)
"""
from __future__ import annotations

import re
from typing import NamedTuple

import attrs

__all__ = ["Cell", "Table", "find", "numeric", "CELL_JOIN"]

CELL_JOIN = "\t"  # how the readers write a table row's cells: what find() splits them by

_TAB = re.compile(r"\t+")
_SPACES = re.compile(r"[ \u3000]{2,}")
_NUMBER = re.compile(r"[-+−]?[0-9][0-9,]*(?:\.[0-9]+)?")
_MAX_CELLS = 30


class Cell(NamedTuple):
    start: int  # view offsets of the cell's text, stripped
    end: int
    text: str


@attrs.frozen
class Table:
    """A block of two or more rows of cells; ``header`` is its first row when that row names
    columns rather than holding numbers (else empty), ``unit`` a unit stated for the whole
    table on the line above it (单位：亿元)."""

    start: int
    end: int
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    unit: str | None = None


def numeric(text: str) -> bool:
    """A cell that is a number and nothing else: 1200.5, -3.2, 1,234.

    >>> numeric("1,200.5"), numeric("3亿元"), numeric("—")
    (True, False, False)
    """
    return _NUMBER.fullmatch(text) is not None


def _cells(view: str, start: int, end: int) -> tuple[Cell, ...]:
    line = view[start:end]
    if "\t" in line:  # one cell between tabs, empty ones kept so the columns stay in place
        spans, k = [], 0
        for part in line.split("\t"):
            spans.append((k, k + len(part)))
            k += len(part) + 1
    elif len(_SPACES.findall(line)) >= 2:
        spans, k = [], 0
        for m in _SPACES.finditer(line):
            spans.append((k, m.start()))
            k = m.end()
        spans.append((k, len(line)))
    else:
        return ()
    out = []
    for a, b in spans:
        text = line[a:b]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        out.append(Cell(start + a + lead, start + a + lead + len(text), text))
    while out and not out[-1].text:
        out.pop()
    filled = sum(1 for c in out if c.text)
    return tuple(out) if 2 <= filled and len(out) <= _MAX_CELLS and out[0].text else ()


def find(view: str) -> tuple[Table, ...]:
    """Every table of the view: runs of two or more lines of two or more cells each."""
    if "\t" not in view and "  " not in view and "\u3000\u3000" not in view:
        return ()
    out: list[Table] = []
    block: list[tuple[Cell, ...]] = []
    pos = 0
    for line in view.split("\n"):
        cells = _cells(view, pos, pos + len(line))
        if cells and (block or any(numeric(c.text) for c in cells[1:]) or _names_columns(cells)):
            block.append(cells)
        else:
            _close(view, block, out)
            block = []
        pos += len(line) + 1
    _close(view, block, out)
    return tuple(out)


def _names_columns(cells: tuple[Cell, ...]) -> bool:
    return len(cells) >= 3 and not any(numeric(c.text) for c in cells)


def _close(view: str, block: list, out: list) -> None:
    if len(block) < 2 or not any(numeric(c.text) for row in block for c in row[1:]):
        return
    first = block[0]
    header = first if not any(numeric(c.text) for c in first[1:]) else ()
    rows = tuple(block[1:] if header else block)
    start = first[0].start
    above = view.rfind("\n", 0, max(0, view.rfind("\n", 0, start)))
    line = view[above + 1:view.rfind("\n", 0, start)] if view.rfind("\n", 0, start) > 0 else ""
    m = re.search(r"单位\s*[:：]\s*(\S{1,6})", line)
    out.append(Table(start, rows[-1][-1].end, tuple(header), rows, m.group(1) if m else None))
