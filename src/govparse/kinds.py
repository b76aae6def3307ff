"""The kinds of quantity, approximations and roles: each listed once.

Kinds are rows of ``data/kinds.tsv`` (kind, canonical unit, pint unit); the
models validate against these tuples and the units module converts to them.

>>> KINDS[:3]
('money', 'area', 'length')
>>> CANONICAL["area"], PINT["area"]
('m**2', 'meter ** 2')
>>> "threshold" in ROLES
True
"""
from __future__ import annotations

from typing import Literal

from . import lexicon

__all__ = ["KINDS", "CANONICAL", "PINT", "APPROX", "ROLES", "Kind", "Role", "Approx"]

_ROWS = lexicon.table("kinds.tsv")

KINDS: tuple[str, ...] = tuple(row[0] for row in _ROWS)
# kind -> canonical unit as govparse writes it (money: set by the currency)
CANONICAL: dict[str, str] = {row[0]: row[1] for row in _ROWS if row[1] != "-"}
# kind -> the same unit in pint's words, for kinds pint measures
PINT: dict[str, str] = {row[0]: row[2] for row in _ROWS if row[2] != "-"}

APPROX = ("exact", "about", "over", "under")
ROLES = ("value", "growth", "change", "share", "target", "threshold")

# The same, for type checkers (tests/test_design.py checks they match the data).
Kind = Literal["money", "area", "length", "volume", "mass", "concentration", "energy", "power", "duration",
               "temperature", "percent", "percentage_point", "multiple", "count"]
Role = Literal["value", "growth", "change", "share", "target", "threshold"]
Approx = Literal["exact", "about", "over", "under"]
