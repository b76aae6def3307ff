"""The heading tree: :class:`Section` and :func:`nest_sections`, which builds it."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

import attrs

from .metric import Metric

__all__ = ["Section", "nest_sections"]


@attrs.frozen
class Section:
    """A heading and the text it governs, ``[start, end)`` in the document."""

    heading: str
    level: int
    start: int
    end: int
    metrics: tuple[Metric, ...] = ()
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section, then its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "level": self.level, "start": self.start, "end": self.end}


def nest_sections(spans: list[tuple[str, int, int, int]], metrics: tuple[Metric, ...]) -> tuple[Section, ...]:
    """Build the section tree from ``(heading, level, start, end)`` in document order.

    A section holds the sections that start inside it, and the metrics inside
    it that none of its children holds.
    """
    starts = [m.start for m in metrics]

    def build(lo: int, hi: int) -> tuple[Section, ...]:
        out = []
        i = lo
        while i < hi:
            heading, level, start, end = spans[i]
            j = i + 1
            while j < hi and spans[j][2] < end:
                j += 1
            children = build(i + 1, j)
            lo_m, hi_m = bisect_left(starts, start), bisect_left(starts, end)
            inner = [m for m in metrics[lo_m:hi_m] if not any(c.start <= m.start < c.end for c in children)]
            out.append(Section(heading, level, start, end, tuple(inner), children))
            i = j
        return tuple(out)

    return build(0, len(spans))
