"""One amount string on its own, like price-parser's ``Price.fromstring``.

>>> a = parse_quantity("3.4亿元")
>>> a.value, a.unit, a.kind, a.approx, a.written_value, a.written_unit
(Decimal('340000000'), 'CNY', 'money', 'exact', Decimal('3.4'), '亿元')
>>> parse_quantity("十余万").value, parse_quantity("十余万").approx
(Decimal('100000'), 'over')
>>> parse_quantity("二十几万").value, parse_quantity("约800亩").approx
(Decimal('200000'), 'about')
>>> parse_quantity("800亩").quantity.to("hectare").magnitude.quantize(Decimal("0.001"))
Decimal('53.333')
>>> parse_quantity("6.45‰").value, parse_quantity("6.45‰").written_unit
(Decimal('0.645'), '‰')
"""
from __future__ import annotations

import re
from decimal import Decimal

import attrs

from .. import lexicon
from .grammar import parse_quantity as _parse
from ..kinds import APPROX
from .reading import written_form
from .scan import vague_prefix
from ..text import normalize
from .units import WRITTEN_SUFFIXES, to_canonical, unit_info

__all__ = ["Amount", "parse_quantity"]


@attrs.frozen
class Amount:
    """An amount read from one string: canonical ``value`` (the first end of a range;
    ``values`` has both), ``unit`` and ``kind`` (None for a bare number), ``approx``,
    and the value and unit as written."""

    text: str
    values: tuple[Decimal, ...]
    unit: str | None
    kind: str | None
    approx: str = attrs.field(validator=attrs.validators.in_(APPROX))
    written_values: tuple[Decimal, ...]
    written_unit: str

    @property
    def value(self) -> Decimal:
        return self.values[0]

    @property
    def written_value(self) -> Decimal:
        return self.written_values[0]

    @property
    def quantity(self):
        """A pint Quantity in ``govparse.ureg`` (a bare number: a dimensionless one)."""
        from .units import quantity, registry

        if self.kind is None:
            return registry().Quantity(self.value, "dimensionless")
        return quantity(self.written_value, self.written_unit)


def _edges(core: str) -> tuple[str, str | None]:
    """Strip approximation words around the number: 约800亩 → (800亩, about)."""
    approx = None
    m = re.match("(?:" + lexicon.alternation("approx_before") + ")", core)
    if m and m.end() < len(core):
        approx, core = lexicon.mapping("approx_before")[m.group()], core[m.end():]
    m = re.search("(?:" + lexicon.alternation("approx_after") + ")$", core)
    if m and m.start() > 0:
        approx, core = lexicon.mapping("approx_after")[m.group()], core[:m.start()]
    if vague_prefix().match(core):
        approx, core = "over", core[1:]  # 数十亿: over ten, by the scan's own rule
    return core, approx


def parse_quantity(text: str) -> Amount:
    """Read one amount: a number with its magnitude, unit or suffix, and approximation words.

    Raises TypeError for a non-str and ValueError for text that is not one amount.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity() expects str, got {type(text).__name__}")
    core, approx = _edges(normalize(text).view.strip())
    try:
        parsed = _parse(core)
    except ValueError:
        raise ValueError(f"not one amount: {text!r}") from None
    written = WRITTEN_SUFFIXES.get(parsed.suffix, parsed.unit if parsed.suffix == "unit" else "")
    info = unit_info(parsed.unit if parsed.suffix == "unit" else parsed.suffix) if written else None
    values = parsed.values
    canonical = values if info is None or info.kind == "temperature" else tuple(to_canonical(v, info) for v in values)
    number = core[:len(core) - len(written)] if written and core.endswith(written) else core
    as_written, written_unit = written_form(number, values, written, core)
    return Amount(text, canonical, info.unit if info else None, info.kind if info else None,
                  "over" if parsed.approx_in else approx or "exact", as_written, written_unit)
