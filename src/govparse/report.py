"""``parse``: the passes wired together, text to :class:`~govparse.models.Report`.

text → :class:`~govparse.document.Document` → readings (scan, grammar, units)
→ lost numbers → roles → names → :class:`~govparse.models.Metric` s; the
structure (title, date, issuer, headings) is read beside them. See docs/design.md.
"""
from __future__ import annotations

import re
import sys

from .passes import cells, header, indicators, names, periods, roles, structure
from .document import Document
from .quantities.lost import lost_numbers
from .models import Metric, Report, Section, nest_sections
from .quantities.reading import Reading, as_written, order, read
from .text import Text, normalize, writable

__all__ = ["parse", "metrics"]

def parse(text: str, *, source: str | None = None, encoding: str | None = None,
          warnings: tuple[str, ...] = (), year: int | None = None, source_format: str = "text") -> Report:
    """Parse a report's text into a :class:`Report` of typed metrics.

    >>> report = parse("完成一般公共预算收入3.4亿元,同比增长14.69%。")
    >>> [(m.text, m.value, m.unit) for m in report.metrics]
    [('3.4亿元', Decimal('340000000'), 'CNY'), ('14.69%', Decimal('14.69'), 'percent')]
    >>> report.metrics[1].role, report.metrics[1].name
    ('growth', '一般公共预算收入')

    Every metric's ``text`` is ``text[metric.start:metric.end]``. Raises TypeError
    for anything but a str. ``source``, ``encoding`` and ``warnings`` (about the
    document as a whole, such as damaged bytes) are kept on the report.
    ``year`` is the year the report reviews when the caller knows it (a file
    named 2009.txt); otherwise it is read from the title, the date or the
    headings (:func:`govparse.passes.periods.review_year`).
    """
    if not isinstance(text, str):
        raise TypeError(f"govparse.parse() expects str, got {type(text).__name__}"
                        + (" (decode bytes first, or use govparse.parse_file)" if isinstance(text, bytes) else ""))
    text, surrogates = writable(text)  # the report, and every output of it, can then be written
    if surrogates:
        warnings = (*warnings, f"surrogates_replaced:{surrogates}")
    t = normalize(text)
    doc = Document.build(t)  # one Document per parse: every pass reads it
    h = header.read(doc, year)  # title, dates, issuer, region and the year reviewed, read once
    found = tuple(metrics(t, h.years, h.title, doc))
    sections = _tree(structure.headings(t, h.head), found, len(text))
    return Report(text=text, title=h.title, date=h.date, issuer=h.issuer, region=h.region, published=h.published,
                  sections=sections, metrics=found, source=source, encoding=encoding,
                  warnings=(*warnings, *h.warnings), year=h.years.review, source_format=source_format)


def metrics(text: Text, years: periods.Years = periods.Years(None, None), title: str | None = None,
            doc: Document | None = None) -> list[Metric]:
    """Every metric of a normalized text, in document order: the passes, in order.

    >>> [(m.text, m.role) for m in metrics(normalize("计划投资3-5亿元。"))]
    [('3', 'target'), ('5亿元', 'target')]
    """
    doc = doc or Document.build(text, title)
    doc.claimed = tuple(sorted(cells.claimed(doc)))
    taken: list[tuple[int, int]] = list(doc.claimed)  # every numeral the scan saw blocks the lost-number pass
    readings = read(doc, taken)
    readings = order(doc, readings + lost_numbers(doc, taken))
    times = periods.assign(doc, readings, years)
    roles.assign(doc, readings)
    names.assign(doc, readings)
    periods.assign_bases(doc, readings, times)
    in_tables = cells.readings(doc, years.review)
    indicators.assign(in_tables)
    indicators.assign(readings)
    if in_tables:
        readings = sorted(readings + in_tables, key=lambda r: r.start)
    del taken
    out: list[Metric] = []
    readings.reverse()
    while readings:  # each reading goes once its metrics are made: peak memory is the larger of the two, not their sum
        out.extend(_metrics_of(text, readings.pop()))
    return out


def _metrics_of(text: Text, r: Reading) -> list[Metric]:
    """One metric for an amount, two for a range (its ends keep their own spans)."""
    c = r.c
    out = []
    ends = c.ends()
    group = text.span(*ends[0])[0] if len(ends) == 2 else None
    written, written_unit = as_written(text.view, r)
    for k, (vs, ve) in enumerate(ends):
        s, e = text.span(vs, ve)
        number_end = c.number_end if ve == c.end else ve
        out.append(Metric(
            start=s, end=e, text=text.original[s:e], value=r.values[k] if r.values else None,
            unit=r.info.unit, kind=r.info.kind, classifier=_classifier(text, number_end, ve, r),
            approx=r.approx, role=r.role, name=r.name, missing=r.missing,
            warnings=r.warnings if k == 0 else (), bound=("low", "high")[k] if group is not None else None,
            group=group, period=r.period, basis=r.basis, base_period=r.base_period, indicator=r.indicator,
            written_value=written[k] if written else None,
            written_unit=sys.intern(written_unit) if written_unit else None))
    return out


def _classifier(text: Text, number_end: int, end: int, r: Reading) -> str | None:
    """A count's classifier as written (人次, 户), brackets dropped."""
    if r.info.kind != "count":
        return None
    raw = text.orig(number_end, end) if number_end < end else r.info.classifier
    if raw and "(" in raw:
        raw = re.sub(r"\([^)]*\)", "", raw)
    return sys.intern(raw.strip()) if raw and raw.strip() else r.info.classifier  # one 个 for all, not one each


def _tree(heads, found: tuple[Metric, ...], n: int) -> tuple[Section, ...]:
    """Each section runs to the next heading of its level or above; then nest them."""
    ends = [n] * len(heads)
    open_: list[int] = []  # indices of headings whose section is still open
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]].level >= h.level:
            ends[open_.pop()] = h.start
        open_.append(i)
    return nest_sections([(h.heading, h.level, h.start, e) for h, e in zip(heads, ends)], found)
