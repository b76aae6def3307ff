"""govparse: Chinese government work reports into typed, checked data.

>>> import govparse
>>> report = govparse.parse("完成一般公共预算收入3.4亿元,同比增长14.69%。")
>>> [(m.text, m.value, m.unit) for m in report.metrics]
[('3.4亿元', Decimal('340000000'), 'CNY'), ('14.69%', Decimal('14.69'), 'percent')]
"""
from __future__ import annotations

from .quantities.amounts import Amount, parse_quantity
from .batch import iter_parse, parse_many, parse_texts
from .errors import DecodeError, GovparseError, InputError, ParseFailure
from .inputs.files import parse_file, read_text
from .models import Metric, Report, Section
from . import outputs  # noqa: F401  (registers the writers behind Report.to_html and to_frame)
from .checks import check, check_series
from .quantities.grammar import parse_number
from .report import parse

__version__ = "0.1.0"

__all__ = ["parse", "parse_file", "parse_many", "parse_texts", "iter_parse", "parse_number", "parse_quantity", "Amount", "ureg", "read_text", "to_frame", "series", "panel", "check", "check_series",
           "Report", "Section", "Metric", "GovparseError", "InputError", "DecodeError", "ParseFailure",
           "__version__"]


def series(reports, indicator=None, role=None):
    """Metrics with a standard indicator across reports, as a tidy pandas DataFrame
    (see :func:`govparse.outputs.frames.series`; ``pip install govparse[pandas]``)."""
    from .outputs.frames import series as _series

    return _series(reports, indicator=indicator, role=role)


def panel(reports, indicators=None):
    """One row per region × period × indicator across reports: value, growth, target, source and quote
    (see :func:`govparse.outputs.frames.panel`; ``pip install govparse[pandas]``)."""
    from .outputs.frames import panel as _panel

    return _panel(reports, indicators=indicators)


def to_frame(reports):
    """One pandas DataFrame of the metrics of many reports (``pip install govparse[pandas]``)."""
    from .outputs.frames import to_frame as _to_frame

    return _to_frame(reports)


def __getattr__(name):
    """``govparse.ureg``: the pint UnitRegistry every Metric.quantity lives in (built on first use)."""
    if name == "ureg":
        from .quantities.units import registry

        return registry()
    raise AttributeError(f"module 'govparse' has no attribute {name!r}")
