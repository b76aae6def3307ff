"""The typed results: :class:`Metric`, :class:`Section`, :class:`Report`.

Plain frozen attrs classes with ``to_dict``; no parsing happens here.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from .kinds import APPROX, KINDS, ROLES, Approx, Kind, Role
from .region import Region
from .sections import Section, nest_sections

__all__ = ["Metric", "Section", "Report", "Region", "nest_sections", "writes"]

# The models do not import their writers: govparse.outputs registers them here when govparse is imported.
WRITERS: dict[str, Callable[..., Any]] = {}


def writes(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register an output function under ``name`` for the Report methods that call it."""
    def register(f: Callable[..., Any]) -> Callable[..., Any]:
        WRITERS[name] = f
        return f
    return register


BASES = (None, "yoy", "mom", "annual_avg", "base")
_OPTIONAL = ("bound", "group", "period", "basis", "base_period", "indicator", "written_unit")  # in JSON when set
_SENTENCE_ENDS = "。！？；!?;\n"
_EXACT = "__govparse_exact__:"  # marks a value to write as a bare JSON number literal


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


@attrs.frozen
class Metric:
    """One stated amount.

    ``start``/``end`` index the document's text, and ``text`` is exactly
    ``document[start:end]``; ``value`` is in the canonical ``unit``. ``value`` is
    None only where the number was lost from the text (``missing`` is True) or
    cannot be read (``warnings`` holds ``"malformed_number"``, as for 1.2.3亿元, or
    ``"damaged_number"``, as for 12�0亿元: a replacement, control or format character
    inside the number).
    ``warnings`` also flags a value that may be incomplete
    (``"number_may_continue_previous_line"``: digits end the line before it).
    The two ends of a range (``6%－6.5%``, ``3-5亿元``) are two metrics with
    ``bound`` ``"low"`` and ``"high"`` (the first and second end as written) and
    one ``group``: the start of the range's first end, shared by both.

    ``period`` is the time the amount refers to, in ISO 8601 (``2022``,
    ``2018/2022``, ``2022-01/2022-10``); ``basis`` what a growth or change is
    measured against (``yoy``, ``mom``, ``annual_avg``, or ``base`` with
    ``base_period``); ``indicator`` the id of a standard indicator
    (``data/indicators.tsv``) that ``name`` stands for, or None.
    ``written_value`` and ``written_unit`` keep the amount as written, exactly
    (``3.4`` and ``亿元``; ``800`` and ``亩``), beside the canonical ``value``;
    :attr:`quantity` is it as a pint Quantity.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str
    kind: Kind = attrs.field(validator=attrs.validators.in_(KINDS))
    classifier: str | None = None
    approx: Approx = attrs.field(default="exact", validator=attrs.validators.in_(APPROX))
    role: Role = attrs.field(default="value", validator=attrs.validators.in_(ROLES))
    name: str | None = None
    missing: bool = False
    warnings: tuple[str, ...] = ()
    bound: str | None = attrs.field(default=None, validator=attrs.validators.in_((None, "low", "high")))
    group: int | None = None
    period: str | None = None
    basis: str | None = attrs.field(default=None, validator=attrs.validators.in_(BASES))
    base_period: str | None = None
    indicator: str | None = None
    written_value: Decimal | None = None
    written_unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {
            "start": self.start, "end": self.end, "text": self.text,
            "value": _json_number(self.value), "unit": self.unit, "kind": self.kind,
            "classifier": self.classifier, "approx": self.approx, "role": self.role,
            "name": self.name, "missing": self.missing,
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        for key in _OPTIONAL:
            if getattr(self, key) is not None:
                d[key] = getattr(self, key)
        if self.written_value is not None:
            d["written_value"] = _json_number(self.written_value)
        return d

    @property
    def quantity(self):
        """The amount as a pint Quantity in govparse's registry (``govparse.ureg``), built from the
        value as written, so ``m.quantity.to("hectare")`` or ``.to("亩")`` is exact; None for a lost
        number. Money is a dimension of its own per currency (CNY never converts to USD)."""
        if self.written_value is None or self.written_unit is None:
            return None
        from .quantities.units import quantity

        currency = self.unit.split("/")[0] if self.kind == "money" else None  # 元 in Taiwan: TWD
        return quantity(self.written_value, self.written_unit, currency)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Metric:
        value = d.get("value")
        return cls(start=d["start"], end=d["end"], text=d["text"],
                   value=None if value is None else Decimal(str(value)), unit=d["unit"],
                   kind=d["kind"], classifier=d.get("classifier"), approx=d.get("approx", "exact"),
                   role=d.get("role", "value"), name=d.get("name"), missing=d.get("missing", False),
                   warnings=tuple(d.get("warnings", ())), **{k: d.get(k) for k in _OPTIONAL},
                   written_value=None if d.get("written_value") is None else Decimal(str(d["written_value"])))


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

    def to_frame(self):
        """One row per metric, with the section path: a pandas DataFrame.

        Needs the optional extra: ``pip install govparse[pandas]``.
        """
        return WRITERS["frame"]([self])
