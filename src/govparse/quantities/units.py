"""Units: one pint registry, and the rows of ``data/units.tsv``.

Each row of the table is one unit or classifier: how the text writes it, its
pint expression, its kind and its flags. The registry is pint's default one
extended by ``data/pint_units.txt`` (currencies, 亩, 斤); it is built on first
use, so ``import govparse`` stays fast.

>>> info = unit_info("亩")
>>> info.kind, info.unit
('area', 'm**2')
>>> to_canonical(Decimal("12.9"), info)
Decimal('8600')
>>> unit_info("家").kind, unit_info("家").classifier
('count', '家')
>>> to_canonical(Decimal("0.054"), unit_info("mg/L"))
Decimal('0.000054')
>>> "方" in surfaces("floor") and "元" in surfaces("cn")
True
"""
from __future__ import annotations

from decimal import Decimal, localcontext
from functools import lru_cache
from importlib import resources

import attrs

from .. import lexicon
from ..kinds import CANONICAL, PINT

__all__ = ["UnitInfo", "unit_info", "to_canonical", "registry", "surfaces", "classifiers", "quantity",
           "SUFFIX_UNITS", "SIGNIFICANT", "WRITTEN_SUFFIXES"]

# Suffixes the grammar knows that are not pint units: kind = unit.
SUFFIX_UNITS = ("percent", "percentage_point", "multiple")
_FLAGS = frozenset({"cn", "common", "floor"})
# A canonical value from an inexact conversion (亩 → m**2 is 2000/3) keeps this many significant
# digits; the value as written (Metric.written_value) stays exact.
SIGNIFICANT = 15
# How a suffix kind is written beside its number, and what pint calls it.
WRITTEN_SUFFIXES = {"percent": "%", "percentage_point": "个百分点", "multiple": "倍"}
_SUFFIX_PINT = {"%": "percent", "‰": "permille", "个百分点": "percentage_point", "个千分点": "percentage_point",
                "倍": "dimensionless"}


@attrs.frozen
class UnitInfo:
    """What a written unit means: its canonical unit, the factor to it, its kind."""

    surface: str
    unit: str
    kind: str
    factor: Decimal = Decimal(1)
    classifier: str | None = None


@attrs.frozen
class _Row:
    surfaces: tuple[str, ...]
    expr: str
    kind: str
    flags: frozenset[str]


@lru_cache(maxsize=1)
def _rows() -> dict[str, _Row]:
    """Surface -> its row."""
    out: dict[str, _Row] = {}
    for cells in lexicon.table("units.tsv"):
        cells = cells + ("",) * (4 - len(cells))
        row = _Row(tuple(cells[0].split()), cells[1], cells[2], frozenset(cells[3].split()))
        if row.flags - _FLAGS:
            raise ValueError(f"units.tsv: unknown flags {sorted(row.flags - _FLAGS)} for {cells[0]}")
        for s in row.surfaces:
            out[s] = row
    return out


@lru_cache(maxsize=None)
def surfaces(flag: str | None = None) -> frozenset[str]:
    """Every surface form of a unit or classifier, or those whose row has ``flag``."""
    return frozenset(s for s, row in _rows().items() if flag is None or flag in row.flags)


@lru_cache(maxsize=1)
def classifiers() -> frozenset[str]:
    """Classifiers (量词): the surfaces whose kind is count."""
    return frozenset(s for s, row in _rows().items() if row.kind == "count")


@lru_cache(maxsize=1)
def registry():
    """The one pint UnitRegistry, with Decimal magnitudes and govparse's units."""
    import pint

    reg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=None)
    with resources.as_file(resources.files("govparse").joinpath("data/pint_units.txt")) as path:
        reg.load_definitions(str(path))
    return reg


def _pint_kind(units) -> tuple[str, str]:
    """The kind and canonical unit pint's dimensionality gives ``units``."""
    reg = registry()
    dim = units.dimensionality
    for kind, pint_name in PINT.items():
        if reg.parse_units(pint_name).dimensionality == dim:
            return kind, CANONICAL[kind]
    for name in dim:
        if name.startswith("[currency_"):
            return "money", name[len("[currency_"):-1]
    raise ValueError(f"unit {units} has no govparse kind")


@lru_cache(maxsize=None)
def unit_info(surface: str) -> UnitInfo:
    """Look up a unit or classifier as the (normalized) text writes it.

    Raises KeyError for a word that is neither. The row's kind must be the one
    pint gives its expression (a ValueError says which row is wrong).
    """
    if surface in SUFFIX_UNITS:
        return UnitInfo(surface, surface, surface)
    row = _rows()[surface]
    if row.kind == "count":
        return UnitInfo(surface, "count", "count", Decimal(1), surface)
    reg = registry()
    units = reg.parse_units(row.expr)
    kind, canon = _pint_kind(units)
    if kind != row.kind:
        raise ValueError(f"units.tsv: {surface} is {row.kind} in the table but {kind} to pint")
    if kind == "temperature":
        return UnitInfo(surface, canon, kind)
    target = canon if kind == "money" else PINT[kind]
    factor = reg.Quantity(Decimal(1), units).to(target).magnitude
    return UnitInfo(surface, canon, kind, Decimal(factor))


@lru_cache(maxsize=None)
def _inexact(factor: Decimal) -> bool:
    return len(factor.normalize().as_tuple().digits) > SIGNIFICANT


def to_canonical(value: Decimal, info: UnitInfo) -> Decimal:
    """``value`` in ``info``'s canonical unit: exact where the factor is exact, else
    :data:`SIGNIFICANT` significant digits (800亩 → 533333.333333333 m**2)."""
    if info.factor == 1 and value == value.to_integral_value() and value.adjusted() < 28:
        return value.quantize(Decimal(1))  # most amounts: yuan, counts, percent
    with localcontext() as ctx:
        ctx.prec = SIGNIFICANT if _inexact(info.factor) else 28
        out = value * info.factor
    if out == out.to_integral_value() and out.adjusted() < 28:
        return out.quantize(Decimal(1))
    return out.normalize()


def quantity(value: Decimal, written: str, currency: str | None = None):
    """A pint Quantity of ``value`` in the unit ``written`` (亩, 元, %, 个百分点, a classifier …), in
    :func:`registry`; magnitudes written before the unit (亿元) are applied to ``value``. A money
    unit is in ``currency`` when given (元 of a document from Taiwan is TWD).

    >>> quantity(Decimal(800), "亩").to("hectare").magnitude.quantize(Decimal("0.01"))
    Decimal('53.33')
    >>> quantity(Decimal("3.4"), "亿元")
    <Quantity(340000000.0, 'CNY')>
    >>> quantity(Decimal("1000"), "万")
    <Quantity(10000000, 'count')>
    """
    from .numerals import MAGNITUDES

    def known(s: str) -> bool:
        return s in _SUFFIX_PINT or s in _rows()

    k, scale = 0, Decimal(1)
    while k < len(written) and written[k] in MAGNITUDES and not known(written[k:]):  # 兆瓦 is a unit
        scale *= MAGNITUDES[written[k]]
        k += 1
    surface = written[k:]
    if "/" in surface and not known(surface):  # 亿元/平方公里 (not mg/L, a unit of its own)
        top, bottom = written.split("/", 1)
        return quantity(value, top, currency) / quantity(Decimal(1), bottom)
    if surface in _SUFFIX_PINT:
        expr = _SUFFIX_PINT[surface]
    elif surface in classifiers() or not surface:  # a classifier, or a bare magnitude that counts (1000万)
        expr = "count"
    else:
        row = _rows()[surface]
        expr = currency if currency and row.kind == "money" else row.expr
    return registry().Quantity(value * scale, expr)
