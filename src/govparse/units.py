"""Units: one pint registry, extended by ``data/units.txt``, and the canonical
unit of every kind of quantity.

How the text writes a unit (亿元's 元, 平方公里, 亩, mg/L) is data in
``lexicon.txt`` ``[units]``; classifiers (个, 家, 户 …) make counts. The registry
is built on first use, so ``import govparse`` stays fast.

>>> info = unit_info("亩")
>>> info.kind, info.unit
('area', 'm**2')
>>> to_canonical(Decimal("12.9"), info)
Decimal('8600')
>>> unit_info("家").kind, unit_info("家").classifier
('count', '家')
>>> to_canonical(Decimal("0.054"), unit_info("mg/L"))
Decimal('0.000054')
"""
from __future__ import annotations

from decimal import Decimal, localcontext
from functools import lru_cache
from importlib import resources

import attrs

from . import lexicon

__all__ = ["UnitInfo", "unit_info", "to_canonical", "registry", "KINDS", "SUFFIX_UNITS"]

# kind -> (canonical unit as govparse writes it, the same unit for pint)
KINDS: dict[str, tuple[str, str]] = {
    "area": ("m**2", "meter ** 2"),
    "length": ("m", "meter"),
    "volume": ("m**3", "meter ** 3"),
    "mass": ("kg", "kilogram"),
    "concentration": ("kg/m**3", "kilogram / meter ** 3"),
    "energy": ("J", "joule"),
    "duration": ("s", "second"),
    "temperature": ("degC", "degC"),
}

# Suffixes the grammar knows that are not pint units.
SUFFIX_UNITS: dict[str, tuple[str, str]] = {
    "percent": ("percent", "percent"),
    "percentage_point": ("percentage_point", "percentage_point"),
    "multiple": ("multiple", "multiple"),
}


@attrs.frozen
class UnitInfo:
    """What a written unit means: its canonical unit, the factor to it, its kind."""

    surface: str
    unit: str
    kind: str
    factor: Decimal = Decimal(1)
    classifier: str | None = None


@lru_cache(maxsize=1)
def registry():
    """The one pint UnitRegistry, with Decimal magnitudes and govparse's units."""
    import pint

    reg = pint.UnitRegistry(non_int_type=Decimal, cache_folder=None)
    with resources.as_file(resources.files("govparse").joinpath("data/units.txt")) as path:
        reg.load_definitions(str(path))
    return reg


def _kind_of(units) -> tuple[str, str]:
    reg = registry()
    dim = units.dimensionality
    for kind, (canon, pint_name) in KINDS.items():
        if reg.parse_units(pint_name).dimensionality == dim:
            return kind, canon
    for name, value in dim.items():
        if name.startswith("[currency_"):
            return "money", name[len("[currency_"):-1]
    raise ValueError(f"unit {units} has no govparse kind")


@lru_cache(maxsize=None)
def unit_info(surface: str) -> UnitInfo:
    """Look up a unit or classifier as the (normalized) text writes it.

    Raises KeyError for a word that is neither.
    """
    if surface in SUFFIX_UNITS:
        unit, _ = SUFFIX_UNITS[surface]
        return UnitInfo(surface, unit, surface)
    if surface in lexicon.classifiers():
        return UnitInfo(surface, "count", "count", Decimal(1), surface)
    expr = lexicon.mapping("units").get(surface)
    if expr is None:
        raise KeyError(surface)
    reg = registry()
    units = reg.parse_units(expr)
    kind, canon = _kind_of(units)
    if kind == "temperature":
        return UnitInfo(surface, canon, kind)
    target = canon if kind == "money" else KINDS[kind][1]
    factor = reg.Quantity(Decimal(1), units).to(target).magnitude
    return UnitInfo(surface, canon, kind, Decimal(factor))


def to_canonical(value: Decimal, info: UnitInfo) -> Decimal:
    """``value`` in ``info``'s canonical unit, exactly where the factor is exact."""
    with localcontext() as ctx:
        ctx.prec = 28
        out = value * info.factor
    if out == out.to_integral_value() and out.adjusted() < 28:
        return out.quantize(Decimal(1))
    return out.normalize()
