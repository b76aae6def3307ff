"""``parse``: the stages wired together, text to :class:`~govparse.models.Report`."""
from __future__ import annotations

import gc
from bisect import bisect_left
from contextlib import contextmanager

from . import semantics, structure
from .models import Metric, Report, Section
from .text import normalize

__all__ = ["parse"]


def parse(text: str, *, source: str | None = None, encoding: str | None = None) -> Report:
    """Parse a report's text into a :class:`Report` of typed metrics.

    >>> report = parse("完成一般公共预算收入3.4亿元,同比增长14.69%。")
    >>> [(m.text, m.value, m.unit) for m in report.metrics]
    [('3.4亿元', Decimal('340000000'), 'CNY'), ('14.69%', Decimal('14.69'), 'percent')]
    >>> report.metrics[1].role, report.metrics[1].name
    ('growth', '一般公共预算收入')

    Every metric's ``text`` is ``text[metric.start:metric.end]``. Raises TypeError
    for anything but a str.
    """
    if not isinstance(text, str):
        raise TypeError(f"govparse.parse() expects str, got {type(text).__name__}"
                        + (" (decode bytes first, or use govparse.parse_file)" if isinstance(text, bytes) else ""))
    with _no_gc():
        return _parse(text, source, encoding)


@contextmanager
def _no_gc():
    """Pause the cyclic garbage collector: parsing makes many small acyclic objects,
    and full collections over a large heap would make time grow faster than the text."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _parse(text: str, source: str | None, encoding: str | None) -> Report:
    t = normalize(text)
    metrics = tuple(semantics.metrics(t))
    title = structure.title(t)
    heads = structure.headings(t)
    sections = _tree(heads, metrics, len(text))
    return Report(text=text, title=title, date=structure.date(t), issuer=structure.issuer(t, title),
                  sections=sections, metrics=metrics, source=source, encoding=encoding)


def _tree(heads, metrics: tuple[Metric, ...], n: int) -> tuple[Section, ...]:
    """Nest headings by level; each section runs to the next heading of its level or above."""
    starts = [m.start for m in metrics]
    spans = []
    ends = [n] * len(heads)
    open_: list[int] = []  # indices of headings whose section is still open
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]].level >= h.level:
            ends[open_.pop()] = h.start
        open_.append(i)
    spans = list(zip(heads, ends))

    def build(lo: int, hi: int, level_floor: int) -> tuple[Section, ...]:
        out = []
        i = lo
        while i < hi:
            h, end = spans[i]
            j = i + 1
            while j < hi and spans[j][0].start < end:
                j += 1
            children = build(i + 1, j, h.level)
            lo_m, hi_m = bisect_left(starts, h.start), bisect_left(starts, end)
            inner = [m for m in metrics[lo_m:hi_m] if not any(c.start <= m.start < c.end for c in children)]
            out.append(Section(h.heading, h.level, h.start, end, tuple(inner), children))
            i = j
        return tuple(out)

    return build(0, len(spans), 0)
