"""pandas tables of metrics, for notebooks. pandas is an optional extra."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .formats import COLUMNS as _COLUMNS
from .formats import SERIES_COLUMNS, series_rows
from .formats import rows as _rows
from ..models import Metric, Report, writes
from .panel import PANEL_COLUMNS, panel_rows

__all__ = ["to_frame", "rows", "series", "panel", "FRAME_COLUMNS", "SERIES_COLUMNS", "PANEL_COLUMNS"]

# The frame adds the exact Decimal beside ``value`` (a float there, for arithmetic).
FRAME_COLUMNS = _COLUMNS[:_COLUMNS.index("value") + 1] + ["value_decimal"] + _COLUMNS[_COLUMNS.index("value") + 1:]


def _pandas():
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("govparse.to_frame needs pandas: pip install 'govparse[pandas]'") from None
    return pd


def rows(reports: Iterable[Report], first: int = 0, where: Callable[[Metric], bool] | None = None):
    """The rows of :func:`govparse.outputs.formats.rows`, with ``value`` a float (NaN where none)
    and ``value_decimal`` the exact Decimal."""
    for row in _rows(reports, first, where):
        exact = row["value"]
        row["value"] = float(exact) if exact is not None else float("nan")
        row["value_decimal"] = exact
        yield row


@writes("frame")
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


def series(reports: Iterable[Report] | Report, indicator: str | None = None, role: str | None = None):
    r"""A tidy DataFrame of the metrics that have a standard indicator, across reports
    (columns :data:`SERIES_COLUMNS`): one row per metric, ready to group by indicator,
    role and period. ``indicator`` and ``role`` keep only those rows.

    >>> import govparse
    >>> r = govparse.parse("政府工作报告\n——2023年3月5日\n一、过去一年工作回顾\n国内生产总值增长3%。\n"
    ...                    "二、今年工作的总体要求\n今年发展主要预期目标是：国内生产总值增长5%左右。")
    >>> series(r)[["indicator", "role", "period", "value"]].values.tolist()
    [['gdp', 'growth', '2022', 3.0], ['gdp', 'target', '2023', 5.0]]
    """
    pd = _pandas()
    if isinstance(reports, Report):
        reports = [reports]
    frame = pd.DataFrame(list(series_rows(reports, indicator, role)), columns=SERIES_COLUMNS)
    frame["value"] = frame["value"].astype(float)  # NaN where the number was lost
    for column in ("year", "group"):
        frame[column] = frame[column].astype("Int64")
    return frame


def panel(reports: Iterable[Report] | Report, indicators: Iterable[str] | str | None = None):
    r"""The wide panel across reports (columns :data:`~govparse.outputs.panel.PANEL_COLUMNS`): one
    row per region × period × indicator with its value, growth and target.
    ``indicators`` (ids or Chinese names, a list or ``"gdp,cpi"``) keeps only those.

    >>> import govparse
    >>> r = govparse.parse("2023年温州市政府工作报告\n——2023年1月12日\n一、2022年工作回顾\n"
    ...                    "全市地区生产总值8029亿元，增长3.7%。")
    >>> panel(r)[["region_code", "period", "indicator", "value", "growth"]].values.tolist()
    [['330300', '2022', 'gdp', 802900000000.0, 3.7]]
    """
    pd = _pandas()
    if isinstance(reports, Report):
        reports = [reports]
    frame = pd.DataFrame(list(panel_rows(reports, indicators)), columns=PANEL_COLUMNS)
    for column in ("value", "growth", "target", "target_low", "target_high"):
        frame[column] = frame[column].astype(float)
    return frame
