"""pandas tables of metrics, for notebooks. pandas is an optional extra."""
from __future__ import annotations

from collections.abc import Iterable

from .formats import COLUMNS as _COLUMNS
from .formats import rows as _rows
from .models import Report

__all__ = ["to_frame", "rows", "FRAME_COLUMNS"]

# The frame adds the exact Decimal beside ``value`` (a float there, for arithmetic).
FRAME_COLUMNS = _COLUMNS[:_COLUMNS.index("value") + 1] + ["value_decimal"] + _COLUMNS[_COLUMNS.index("value") + 1:]


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("govparse.to_frame needs pandas: pip install 'govparse[pandas]'") from None
    return pd


def rows(reports: Iterable[Report]):
    """The rows of :func:`govparse.formats.rows`, with ``value`` a float (NaN where none)
    and ``value_decimal`` the exact Decimal."""
    for row in _rows(reports):
        exact = row["value"]
        row["value"] = float(exact) if exact is not None else float("nan")
        row["value_decimal"] = exact
        yield row


def to_frame(reports: Iterable[Report] | Report):
    """A DataFrame with one row per metric of ``reports`` (columns :data:`FRAME_COLUMNS`).

    ``value`` is a float for arithmetic (NaN where the number was lost);
    ``value_decimal`` keeps the exact Decimal.
    """
    pd = _pandas()
    if isinstance(reports, Report):
        reports = [reports]
    frame = pd.DataFrame(list(rows(reports)), columns=FRAME_COLUMNS)
    frame["group"] = frame["group"].astype("Int64")  # a range's shared id; <NA> for a single amount
    return frame
