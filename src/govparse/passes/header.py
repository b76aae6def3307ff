"""The report as a whole, read once per parse and kept on its :class:`~govparse.document.Document`:
where the title block ends, the title, issuer, region, dates and the year the report reviews.

>>> from govparse.document import Document
>>> from govparse.text import normalize
>>> doc = Document.build(normalize("2024年温州市政府工作报告\\n——2024年1月10日\\n一、2023年工作回顾\\n完成投资3亿元。"))
>>> h = read(doc)
>>> h.title, h.date, h.region.code, h.years.review, doc.header is h
('2024年温州市政府工作报告', '2024-01-10', '330300', 2023, True)
"""
from __future__ import annotations

import attrs

from ..document import Document, genre_of
from ..region import Region
from . import metadata, periods, places, structure

__all__ = ["Header", "read"]

_OPENING = 300  # characters of the body whose subject may name the report's place


@attrs.frozen
class Header:
    head: int  # view offset where the body starts, after the title block
    title: str | None
    date: str | None
    issuer: str | None
    region: Region | None
    published: str | None
    years: periods.Years
    warnings: tuple[str, ...] = ()


def _placed(bare: str | None, region: Region) -> str | None:
    """区人民政府 of a report whose region is 陕西省安康市汉滨区: 汉滨区人民政府."""
    own = region.name[len("".join(region.parents)):]
    return own + bare[1:] if bare and own.endswith(bare[0]) else None


def read(doc: Document, year: int | None = None) -> Header:
    """Read the header of ``doc`` and set what the passes take from it (genre, currency)."""
    t = doc.text
    head = structure.header_end(t)
    title = metadata.title(t)
    issuer = metadata.issuer(t, head, title)
    region, warnings = places.region(issuer, title, t.view[head:head + _OPENING], t.view)
    if issuer is None and region is not None:
        issuer = _placed(metadata.bare_speaker(t, head), region)
    date = metadata.date(t, head, minguo=region is not None and region.name == "台湾省")
    header = Header(head, title, date, issuer, region, metadata.published(t),
                    periods.review_year(title, date, t.view, year), warnings)
    doc.header, doc.genre, doc.currency = header, genre_of(title), places.currency(region)
    return header
