"""``parse``: the stages wired together, text to :class:`~govparse.models.Report`."""
from __future__ import annotations

import gc
from contextlib import contextmanager

from . import semantics, structure
from .models import Metric, Report, Section, nest_sections
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
    head = structure.header_end(t)  # where the title block ends, found once
    sections = _tree(structure.headings(t, head), metrics, len(text))
    return Report(text=text, title=structure.title(t), date=structure.date(t, head),
                  issuer=structure.issuer(t, head),
                  sections=sections, metrics=metrics, source=source, encoding=encoding)


def _tree(heads, metrics: tuple[Metric, ...], n: int) -> tuple[Section, ...]:
    """Each section runs to the next heading of its level or above; then nest them."""
    ends = [n] * len(heads)
    open_: list[int] = []  # indices of headings whose section is still open
    for i, h in enumerate(heads):
        while open_ and heads[open_[-1]].level >= h.level:
            ends[open_.pop()] = h.start
        open_.append(i)
    return nest_sections([(h.heading, h.level, h.start, e) for h, e in zip(heads, ends)], metrics)
