"""The area a report speaks for: :class:`Region` (found by :mod:`govparse.passes.places`)."""
from __future__ import annotations

from typing import Any

import attrs

__all__ = ["Region", "LEVELS"]

LEVELS = ("national", "province", "prefecture", "county", "township", "zone")


@attrs.frozen
class Region:
    """The administrative area a report speaks for.

    ``name`` is the full official name in simplified characters (``浙江省丽水市云和县``;
    a township or zone adds its own name as written to its county's), ``level`` one
    of :data:`LEVELS`, ``code`` the 6-digit GB/T 2260 code (for a township or zone,
    its county's), None for the national level, Hong Kong, Macau and Taiwan, and
    wherever the text does not settle which place it is (the report then carries a
    warning). ``parents`` are the names up the chain, the province first.

    >>> Region("浙江省丽水市云和县", "county", "331125", ("浙江省", "丽水市")).to_dict()["code"]
    '331125'
    """

    name: str
    level: str = attrs.field(validator=attrs.validators.in_(LEVELS))
    code: str | None = None
    parents: tuple[str, ...] = attrs.field(default=(), converter=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "level": self.level, "code": self.code, "parents": list(self.parents)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Region | None:
        if d is None:
            return None
        return cls(d["name"], d["level"], d.get("code"), tuple(d.get("parents", ())))
