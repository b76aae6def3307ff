"""A Word file's text in document order, as the reader sees it: paragraphs, tables (a row a
line, its cells split by tabs; a table nested in a cell after its row), content controls
(``w:sdt``), text boxes (a 专栏 beside the text, after its paragraph) and tracked insertions,
with tracked deletions left out.
"""
from __future__ import annotations

import io

from ..tables import CELL_JOIN

__all__ = ["read"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delInstrText"}  # deleted or field code
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}moveTo", f"{_W}smartTag",
             f"{_W}hyperlink", f"{_W}fldSimple"}


def read(docx, data: bytes) -> str:
    """The text of a Word file's bytes (python-docx opens the package)."""
    body = docx.Document(io.BytesIO(data)).element.body
    lines: list[str] = []
    _blocks(body, lines)
    return "\n".join(lines)


def _blocks(parent, lines: list[str]) -> None:
    """The paragraphs and tables under ``parent``, in order, through content controls."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            boxes: list[str] = []
            lines.append(_text(child, boxes))
            lines.extend(boxes)
        elif tag == f"{_W}tbl":
            _table(child, lines)
        elif tag in _WRAPPERS:
            _blocks(child, lines)


def _text(paragraph, boxes: list[str]) -> str:
    """A paragraph's text; the paragraphs of its text boxes go to ``boxes``."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}txbxContent":
                _blocks(child, boxes)
            else:
                walk(child)

    walk(paragraph)
    return "".join(out)


def _table(table, lines: list[str]) -> None:
    """A row a line; the tables nested in a row's cells follow it."""
    for row in table.iterchildren(f"{_W}tr"):
        cells, nested = [], []
        for cell in row.iter(f"{_W}tc"):
            if _owner(cell, f"{_W}tbl") is not table:
                continue  # a cell of a nested table: read with that table
            texts: list[str] = []
            boxes: list[str] = []
            for child in cell.iterchildren():
                if child.tag == f"{_W}p":
                    texts.append(_text(child, boxes))
                elif child.tag == f"{_W}tbl":
                    nested.append(child)
                elif child.tag in _WRAPPERS:
                    _blocks(child, texts)
            cells.append(" ".join(t.strip() for t in texts + boxes if t.strip()))
        if any(cells):  # a row that only holds a nested table is that table's rows
            lines.append(CELL_JOIN.join(_unmerged(cells)))
        for inner in nested:
            _table(inner, lines)


def _owner(el, tag: str):
    """The nearest ancestor of ``el`` with ``tag``."""
    up = el.getparent()
    while up is not None and up.tag != tag:
        up = up.getparent()
    return up


def _unmerged(cells: list[str]) -> list[str]:
    """A row's cells with a horizontally merged cell once (a reader may repeat it)."""
    return [c for k, c in enumerate(cells) if k == 0 or not c or c != cells[k - 1]]
