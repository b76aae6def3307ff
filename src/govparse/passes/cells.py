"""The amounts in a report's tables (:mod:`govparse.tables`): one reading per numeric cell,
named by its row's label, in the unit of its row's unit column, its column's bracket
(比上年增长(%)) or its label's bracket (新增就业(万人)), with the role its column names and
the period its column's year (2023年) or the year the report reviews.

>>> from govparse.document import Document
>>> from govparse.text import normalize
>>> view = "指标\\t单位\\t2023年\\t比上年增长(%)\\n地区生产总值\\t亿元\\t1200.5\\t6.1\\n新增就业(万人)\\t\\t85.3\\t1.1"
>>> doc = Document.build(normalize(view))
>>> [(r.name, format(r.values[0], "f"), r.info.unit, r.role, r.period) for r in readings(doc, None)]
[('地区生产总值', '120050000000', 'CNY', 'value', '2023'), ('地区生产总值', '6.1', 'percent', 'growth', '2023'), ('新增就业', '853000', 'count', 'value', '2023'), ('新增就业', '1.1', 'percent', 'growth', '2023')]
"""
from __future__ import annotations

import re
from decimal import Decimal

from .. import lexicon
from ..document import Document
from ..quantities.numerals import MAGNITUDES
from ..quantities.reading import Reading
from ..quantities.scan import Candidate
from ..quantities.units import SUFFIX_UNITS, UnitInfo, surfaces, to_canonical, unit_info
from ..tables import Cell, Table, numeric

__all__ = ["readings", "claimed"]

_BRACKET = re.compile(r"[(（]([^()（）]{1,8})[)）]")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年?")
_PERCENT = ("%", "％", "百分比")


def unit(text: str) -> tuple[Decimal, UnitInfo, str] | None:
    """A unit as a table writes it: its magnitude, what it is, and as written.

    >>> [(s, i.unit) for s, i, _ in (unit("万人"), unit("%"), unit("亿元"))]
    [(Decimal('10000'), 'count'), (Decimal('1'), 'percent'), (Decimal('100000000'), 'CNY')]
    """
    text = text.strip()
    if text in _PERCENT:
        return Decimal(1), unit_info("percent"), "%"
    k, scale = 0, Decimal(1)
    while k < len(text) and text[k] in MAGNITUDES and text[k:] not in surfaces():
        scale *= MAGNITUDES[text[k]]
        k += 1
    if text[k:] in surfaces():
        return scale, unit_info(text[k:]), text
    return None


def _in_brackets(text: str):
    m = _BRACKET.search(text)
    return unit(m.group(1)) if m else None


def _label(text: str) -> str:
    name = _BRACKET.sub("", text).strip()
    name = re.sub(r"^(?:[0-9一二三四五六七八九十]+[、.．]|[(（][0-9一二三四五六七八九十]+[)）])", "", name)
    return name.lstrip("".join(lexicon.words("table_label_openers")) + "：:  ").strip() or text


def _role(header: str) -> str:
    roles = lexicon.mapping("table_column_roles")
    found = [w for w in roles if w in header]
    return roles[max(found, key=len)] if found else "value"


def readings(doc: Document, review_year: int | None) -> list[Reading]:
    """A reading for every numeric cell whose unit the table states."""
    out = []
    for table in doc.tables:
        out += _table(doc, table, review_year)
    return out


def _columns(table: Table) -> tuple[int | None, list[str]]:
    """The index of the unit column, and each column's header text."""
    heads = [c.text for c in table.header]
    words = lexicon.words("table_unit_headers")
    at = next((k for k, h in enumerate(heads) if h in words), None)
    return at, heads


def _table(doc: Document, table: Table, review_year: int | None) -> list[Reading]:
    """The readings of one table; a column without a year of its own is of the table's one year
    (its only year in the header, else the year the report reviews)."""
    at, heads = _columns(table)
    years = [m.group(1) for h in heads if (m := _YEAR.search(h))]
    table_year = years[0] if len(set(years)) == 1 else (str(review_year) if review_year else None)
    out = []
    for row in table.rows:
        label = row[0].text
        row_unit = unit(_cell(row, at).text) if at is not None and _cell(row, at) else None
        row_unit = row_unit or _in_brackets(label) or (unit(table.unit) if table.unit else None)
        for k, cell in enumerate(row[1:], 1):
            if k == at or not numeric(cell.text):
                continue
            head = heads[k] if k < len(heads) else ""
            found = _in_brackets(head) or row_unit
            if found is None:
                continue  # a number whose unit the table never states: not read, not guessed
            year = _YEAR.search(head)
            period = year.group(1) if year else table_year
            out.append(_reading(cell, found, _label(label), _role(head), period))
    return out


def _cell(row: tuple[Cell, ...], k: int | None) -> Cell | None:
    return row[k] if k is not None and k < len(row) else None


def _reading(cell: Cell, found, name: str, role: str, period: str | None) -> Reading:
    scale, info, written = found
    number = Decimal(cell.text.replace(",", "").replace("−", "-"))
    suffix = info.unit if info.unit in SUFFIX_UNITS else "unit"
    c = Candidate(cell.start, cell.end, cell.text, (number,), cell.end, suffix,
                  None if suffix != "unit" else written)
    value = number if suffix != "unit" else to_canonical(number * scale, info)
    r = Reading(c, info, (value,), role=role, name=name, period=period)
    r.growth = role == "growth"
    return r


def claimed(doc: Document) -> list[tuple[int, int]]:
    """The spans the table readings stand for: their cells and the unit cells, which the
    prose passes then leave alone (a unit column's 亿元 is no lost number)."""
    out = []
    for table in doc.tables:
        at, _ = _columns(table)
        out += [(c.start, c.end) for c in table.header if c.text]  # 2022年(亿元): names a column's unit
        for row in table.rows:
            out += [(c.start, c.end) for k, c in enumerate(row) if k and (k == at or numeric(c.text))]
            out += [(row[0].start + m.start(), row[0].start + m.end()) for m in _BRACKET.finditer(row[0].text)]
    return out
