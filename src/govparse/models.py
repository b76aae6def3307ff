"""The typed results: :class:`Report` (with its :class:`Metric` s, :class:`Section` s and :class:`Region`).

Plain frozen attrs classes with ``to_dict``; no parsing happens here.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from .metric import BASES, Metric
from .region import Region
from .sections import Section, nest_sections

__all__ = ["Metric", "Section", "Report", "Region", "nest_sections", "writes", "BASES"]

# The models do not import their writers: govparse.outputs registers them here when govparse is imported.
WRITERS: dict[str, Callable[..., Any]] = {}


def writes(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register an output function under ``name`` for the Report methods that call it."""
    def register(f: Callable[..., Any]) -> Callable[..., Any]:
        WRITERS[name] = f
        return f
    return register


_SENTENCE_ENDS = "。！？；!?;\n"
_EXACT = "__govparse_exact__:"  # marks a value to write as a bare JSON number literal


@attrs.frozen
class Report:
    """A parsed report: its metadata, its heading tree and every metric.

    ``sections`` holds the top-level sections (each with its ``children``);
    :meth:`walk` yields all of them in document order. ``metrics`` holds every
    metric of the document, in order, whether or not it falls under a heading.
    ``warnings`` concern the document as a whole (``utf8_replacement_chars:N``:
    damaged bytes of a UTF-8 file were read as N U+FFFD characters).
    ``source_format`` says what was read (``text``, ``pdf``, ``html``, ``docx``);
    ``year`` is the year the report reviews, where it can be told
    (:func:`govparse.passes.periods.review_year`). ``region`` is the area the report
    speaks for (:class:`~govparse.region.Region`); ``published`` the date a web page that
    carries the report was published, kept apart from the report's own ``date``.
    """

    text: str = attrs.field(repr=False)
    title: str | None = None
    date: str | None = None
    issuer: str | None = None
    sections: tuple[Section, ...] = ()
    metrics: tuple[Metric, ...] = ()
    source: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    year: int | None = None
    source_format: str = "text"
    region: Region | None = None
    published: str | None = None

    def walk(self) -> Iterator[Section]:
        """Every section, outermost first, in document order."""
        for s in self.sections:
            yield from s.walk()

    def sentence(self, metric: Metric) -> str:
        """The sentence the metric was said in, as written (to the nearest 。！？；or line break,
        at most 300 characters either side).

        >>> r = Report(text="一、概况\\n完成投资3亿元。新增就业100人。", metrics=())
        >>> r.sentence(Metric(start=9, end=12, text="3亿元", value=None, unit="CNY", kind="money"))
        '完成投资3亿元。'
        """
        lo = max(self.text.rfind(ch, max(0, metric.start - 300), metric.start) for ch in _SENTENCE_ENDS) + 1
        hits = [i for i in (self.text.find(ch, metric.end, metric.end + 300) for ch in _SENTENCE_ENDS) if i >= 0]
        hi = min(hits) + 1 if hits else min(len(self.text), metric.end + 300)
        return self.text[max(lo, metric.start - 300):hi].strip()

    def section_path(self, metric: Metric) -> tuple[str, ...]:
        """Headings from the outermost section down to the one holding ``metric``."""
        path: list[str] = []
        level = list(self.sections)
        while True:
            inner = next((s for s in level if s.start <= metric.start < s.end), None)
            if inner is None:
                return tuple(path)
            path.append(inner.heading)
            level = list(inner.children)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form the evaluation reads (see evaluation/GUIDE.md)."""
        d = {
            "title": self.title, "date": self.date, "issuer": self.issuer,
            "sections": [s.to_dict() for s in self.walk()],
            "metrics": [m.to_dict() for m in self.metrics],
        }
        if self.source is not None:
            d["source"] = self.source
        if self.encoding is not None:
            d["encoding"] = self.encoding
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if self.year is not None:
            d["year"] = self.year
        if self.source_format != "text":
            d["source_format"] = self.source_format
        d["region"] = self.region.to_dict() if self.region is not None else None
        if self.published is not None:
            d["published"] = self.published
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: str = "") -> Report:
        """Read back :meth:`to_dict` (the text itself is not in the dict: pass it)."""
        metrics = tuple(Metric.from_dict(m) for m in d.get("metrics", []))
        spans = [(s["heading"], s["level"], s["start"], s["end"]) for s in d.get("sections", [])]
        return cls(text=text, title=d.get("title"), date=d.get("date"), issuer=d.get("issuer"),
                   sections=nest_sections(spans, metrics), metrics=metrics, source=d.get("source"),
                   encoding=d.get("encoding"), warnings=tuple(d.get("warnings", ())), year=d.get("year"),
                   source_format=d.get("source_format", "text"), region=Region.from_dict(d.get("region")),
                   published=d.get("published"))

    @classmethod
    def from_json(cls, s: str, text: str = "") -> Report:
        """Read back :meth:`to_json`; values come back as the exact Decimals written."""
        import json

        return cls.from_dict(json.loads(s, parse_float=Decimal), text)

    def to_json(self, **kwargs) -> str:
        """The JSON form, with every value written as its exact decimal number."""
        import json

        kwargs.setdefault("ensure_ascii", False)
        d = self.to_dict()
        for m, md in zip(self.metrics, d["metrics"]):
            if m.value is not None and not isinstance(md["value"], int):
                md["value"] = _EXACT + format(m.value, "f")
            if m.written_value is not None and not isinstance(md["written_value"], int):
                md["written_value"] = _EXACT + format(m.written_value, "f")
        out = json.dumps(d, **kwargs)
        return re.sub('"' + _EXACT + r'(-?[0-9.]+)"', r"\1", out)

    def to_html(self, standalone: bool = True) -> str:
        """A self-contained page with every metric highlighted (see :mod:`govparse.outputs.view`)."""
        return WRITERS["html"](self, standalone=standalone)

    def _repr_html_(self) -> str:  # Jupyter shows the report as its page
        return self.to_html(standalone=False)

    def check(self) -> list:
        """Where the report's own figures do not agree: a list of
        :class:`~govparse.checks.finding.Finding` (see :func:`govparse.checks.check`)."""
        return WRITERS["check"](self)

    def to_frame(self):
        """One row per metric, with the section path: a pandas DataFrame.

        Needs the optional extra: ``pip install govparse[pandas]``.
        """
        return WRITERS["frame"]([self])
