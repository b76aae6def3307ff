"""One stated amount: :class:`Metric`, a plain frozen attrs class; no parsing happens here."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from .kinds import APPROX, KINDS, ROLES, Approx, Kind, Role

__all__ = ["Metric", "BASES"]

BASES = (None, "yoy", "mom", "annual_avg", "base")
_OPTIONAL = ("bound", "group", "period", "basis", "base_period", "indicator", "written_unit")  # in JSON when set


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
