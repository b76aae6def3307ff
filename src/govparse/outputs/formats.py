"""Output formats, in one place: the metric columns and one writer per format.

The command line, :func:`govparse.to_frame` and :mod:`govparse.dask` all read
:data:`COLUMNS` and :func:`rows`; each format (``table``, ``json``, ``jsonl``,
``csv``) is one :class:`Writer` in :data:`WRITERS`. A writer streams: ``begin``,
one ``add`` per report, ``end``, so a JSON array is closed even when some
inputs failed. Adding a format is one class here.

>>> import io, govparse
>>> out = io.StringIO()
>>> write([govparse.parse("完成投资3亿元。")], "csv", out)
>>> print(out.getvalue().splitlines()[1])
0,,,,,,,,4,7,3亿元,300000000,CNY,money,,exact,value,完成投资,False,,,,,,,3,亿元,,完成投资3亿元。
"""
from __future__ import annotations

import csv
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import IO

from ..models import Metric, Report

__all__ = ["COLUMNS", "SERIES_COLUMNS", "rows", "series_rows", "table", "Writer", "WRITERS", "EXTENSIONS", "write", "render"]

# One row per metric: the report's fields, the section path, then the metric's own.
COLUMNS = ["document", "title", "issuer", "region", "region_code", "date", "section_path", "section", "start", "end", "text",
           "value", "unit", "kind", "classifier", "approx", "role", "name", "missing", "bound", "group",
           "period", "basis", "base_period", "indicator", "written_value", "written_unit", "warnings", "sentence"]


def rows(reports: Iterable[Report], first: int = 0, where: Callable[[Metric], bool] | None = None) -> Iterator[dict]:
    """One dict per metric (keys :data:`COLUMNS`); ``value`` is the exact Decimal or None,
    ``document`` the report's source or its position in ``reports`` counted from ``first``.
    ``where`` keeps only the metrics it is true of."""
    for i, r in enumerate(reports, first):
        doc = r.source if r.source is not None else i
        place = _region_columns(r)  # once per report, not per metric
        for m in r.metrics:
            if where is not None and not where(m):
                continue
            path = r.section_path(m)
            yield {
                "document": doc, "title": r.title, "issuer": r.issuer, "region": place["region"],
                "region_code": place["region_code"], "date": r.date,
                "section_path": " > ".join(path), "section": path[-1] if path else None,
                "start": m.start, "end": m.end, "text": m.text, "value": m.value, "unit": m.unit,
                "kind": m.kind, "classifier": m.classifier, "approx": m.approx, "role": m.role,
                "name": m.name, "missing": m.missing, "bound": m.bound, "group": m.group,
                "period": m.period, "basis": m.basis, "base_period": m.base_period, "indicator": m.indicator,
                "written_value": m.written_value, "written_unit": m.written_unit,
                "warnings": ";".join(m.warnings), "sentence": r.sentence(m),
            }


# The tidy rows of govparse.series: one per metric with a standard indicator.
SERIES_COLUMNS = ["source", "issuer", "region", "region_code", "region_level", "date", "year", "indicator", "name", "role", "period", "basis", "value",
                  "value_decimal", "bound", "group", "approx", "unit", "text", "start"]


def series_rows(reports: Iterable[Report], indicator: str | None = None, role: str | None = None) -> Iterator[dict]:
    """The rows of :func:`govparse.series` (keys :data:`SERIES_COLUMNS`), without pandas:
    ``value`` a float (None where the number was lost), ``value_decimal`` the exact Decimal.
    ``indicator`` (any case, or a Chinese name: :func:`govparse.passes.indicators.resolve`) and
    ``role`` keep only those rows."""
    from ..passes.indicators import resolve

    iid = resolve(indicator) if indicator is not None else None

    def keep(m: Metric) -> bool:
        return m.indicator is not None and iid in (None, m.indicator) and role in (None, m.role)

    for i, r in enumerate(reports):
        place = _region_columns(r)
        for row in rows([r], i, keep):
            exact = row["value"]
            yield {**{k: row.get(k) for k in SERIES_COLUMNS}, "source": row["document"], "year": r.year, **place,
                   "value": None if exact is None else float(exact), "value_decimal": exact}


def _region_columns(r: Report) -> dict:
    g = r.region
    return {"region": g.name if g else None, "region_code": g.code if g else None, "region_level": g.level if g else None}


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def table(report: Report) -> str:
    """A readable table of a report's metrics, headed by its metadata."""
    head = ["text", "value", "unit", "kind", "role", "approx", "name"]
    body = []
    for m in report.metrics:
        value = "(missing)" if m.missing else ("(unreadable)" if m.value is None else format(m.value, "f"))
        unit = m.unit + (f" [{m.classifier}]" if m.classifier else "")
        if m.kind == "duration" and m.value is not None and m.quantity is not None:
            value, unit = format(m.written_value, "f"), str(m.quantity.units)  # 60 year, not 1893456000 s
        body.append([m.text.replace("\n", " "), value, unit, m.kind, m.role, m.approx, m.name or ""])
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(head)]
    lines = [f"# {report.source}"] if report.source else []
    region = f"{report.region.name} ({report.region.code or 'no code'})" if report.region else None
    lines.append(" | ".join([f"title: {report.title}", f"date: {report.date}", f"issuer: {report.issuer}",
                             f"region: {region}",
                             f"{len(report.metrics)} metrics, {sum(1 for _ in report.walk())} sections"]))
    lines.append("  ".join(_pad(h, w) for h, w in zip(head, widths)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in body]
    return "\n".join(lines) + "\n"


class Writer:
    """Writes reports to a text stream in one format; ``many`` when more than one may come."""

    def __init__(self, stream: IO[str], many: bool = False):
        self.stream, self.many, self.count = stream, many, 0

    def begin(self) -> None:
        pass

    def add(self, report: Report) -> None:
        self.stream.write(self.chunk(report))
        self.count += 1

    def chunk(self, report: Report) -> str:
        raise NotImplementedError

    def end(self) -> None:
        pass


class TableWriter(Writer):
    def chunk(self, report):
        return ("\n" if self.count else "") + table(report)


class JsonWriter(Writer):
    """One object for one report; an array for several."""

    def begin(self):
        if self.many:
            self.stream.write("[\n")

    def chunk(self, report):
        text = report.to_json(ensure_ascii=False, indent=1)
        return (",\n" if self.count else "") + text if self.many else text + "\n"

    def end(self):
        if self.many:
            self.stream.write("\n]\n" if self.count else "]\n")


class JsonlWriter(Writer):
    def chunk(self, report):
        return report.to_json(ensure_ascii=False) + "\n"


class CsvWriter(Writer):
    """:data:`COLUMNS`, one header; values exact, as written in decimal."""

    def begin(self):
        csv.writer(self.stream).writerow(COLUMNS)

    def add(self, report):
        w = csv.writer(self.stream)
        for row in rows([report], first=self.count):
            w.writerow(["" if row[c] is None else format(row[c], "f") if c in ("value", "written_value") else row[c]
                        for c in COLUMNS])
        self.count += 1


WRITERS: dict[str, type[Writer]] = {"table": TableWriter, "json": JsonWriter, "jsonl": JsonlWriter,
                                    "csv": CsvWriter}
EXTENSIONS = {"table": "txt", "json": "json", "jsonl": "jsonl", "csv": "csv"}


def write(reports: Iterable[Report], fmt: str, stream: IO[str], many: bool | None = None) -> None:
    """Write ``reports`` to ``stream`` in format ``fmt`` (a key of :data:`WRITERS`)."""
    reports = list(reports) if many is None else reports
    w = WRITERS[fmt](stream, many=len(reports) > 1 if many is None else many)
    w.begin()
    for r in reports:
        w.add(r)
    w.end()


def render(reports: Iterable[Report], fmt: str) -> str:
    """``reports`` in format ``fmt``, as one string."""
    import io

    buf = io.StringIO()
    write(reports, fmt, buf)
    return buf.getvalue()
