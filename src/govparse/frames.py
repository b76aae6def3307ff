"""pandas tables of metrics, for notebooks. pandas is an optional extra."""
from __future__ import annotations

from collections.abc import Iterable

from .models import Report

__all__ = ["to_frame", "COLUMNS"]

COLUMNS = ["document", "title", "issuer", "date", "section_path", "section", "start", "end", "text",
           "value", "value_decimal", "unit", "kind", "classifier", "approx", "role", "name", "missing"]


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("govparse.to_frame needs pandas: pip install 'govparse[pandas]'") from None
    return pd


def rows(reports: Iterable[Report]):
    """One dict per metric, with the document and its section path."""
    for i, r in enumerate(reports):
        doc = r.source if r.source is not None else i
        for m in r.metrics:
            path = r.section_path(m)
            yield {
                "document": doc, "title": r.title, "issuer": r.issuer, "date": r.date,
                "section_path": " > ".join(path), "section": path[-1] if path else None,
                "start": m.start, "end": m.end, "text": m.text,
                "value": float(m.value) if m.value is not None else float("nan"),
                "value_decimal": m.value, "unit": m.unit, "kind": m.kind, "classifier": m.classifier,
                "approx": m.approx, "role": m.role, "name": m.name, "missing": m.missing,
            }


def to_frame(reports: Iterable[Report] | Report):
    """A DataFrame with one row per metric of ``reports``.

    ``value`` is a float for arithmetic (NaN where the number was lost);
    ``value_decimal`` keeps the exact Decimal.
    """
    pd = _pandas()
    if isinstance(reports, Report):
        reports = [reports]
    return pd.DataFrame(list(rows(reports)), columns=COLUMNS)
