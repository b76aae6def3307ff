"""Which area a report speaks for: its :class:`~govparse.region.Region`.

The place is read from the report's subject (its issuer, its title, the body
the speaker represents, the opening sentence) and resolved against China's
divisions (:mod:`govparse.passes.divisions`). A short name several places share
(鼓楼区) is settled by the province or city the text names; where the text does
not settle it, the code is None and the report says so in a warning.

>>> region("云和县统计局", "2022年云和县国民经济和社会发展统计公报", "")
(Region(name='浙江省丽水市云和县', level='county', code='331125', parents=('浙江省', '丽水市')), ())
>>> region("汉滨区人民政府", None, "")[0].code
'610902'
>>> region("鼓楼区人民政府", None, "鼓楼区地处福州市中心。")[0].code
'350102'
>>> region("鼓楼区人民政府", None, "")
(Region(name='鼓楼区', level='county', code=None, parents=()), ('region_ambiguous:鼓楼区',))
>>> region("长沙县星沙街道", None, "")[0]
Region(name='湖南省长沙市长沙县星沙街道', level='township', code='430121', parents=('湖南省', '长沙市', '长沙县'))
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..region import Region
from .divisions import Division, lookup, names

__all__ = ["region", "mentions", "marked_region", "NATIONAL", "currency"]

NATIONAL = Region("中华人民共和国", "national")
_CONTEXT = 5000  # characters of the text read to settle a shared short name


class Mention(NamedTuple):
    start: int
    end: int
    divisions: tuple[Division, ...]


@lru_cache(maxsize=1)
def _lengths() -> dict[str, tuple[int, ...]]:
    """For each character a division's name begins with, the lengths of those names, longest first."""
    out: dict[str, set[int]] = {}
    for name in names():
        out.setdefault(name[0], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def mentions(s: str) -> list[Mention]:
    """The division names in ``s``, longest first at each place, left to right.

    A name of two characters (和县, 城区) counts only at the start or right after the
    division above it, since inside a sentence it is more often two words.

    >>> [(m.start, m.end) for m in mentions("浙江省丽水市云和县统计局")]
    [(0, 3), (3, 6), (6, 9)]
    >>> mentions("城乡和县域经济")
    []
    """
    known, lengths, out, i = names(), _lengths(), [], 0
    bare = lexicon.words("bare_division_names")
    while i < len(s) - 1:
        for n in lengths.get(s[i], ()):
            word = s[i:i + n]
            if len(word) == n and word in known and _stands(word, i, out, bare):
                out.append(Mention(i, i + n, lookup(word)))
                i += n
                break
        else:
            i += 1
    return out


def _stands(word: str, i: int, before: list[Mention], bare: frozenset[str]) -> bool:
    after_parent = bool(before) and before[-1].end == i
    if word in bare:
        return after_parent
    return len(word) > 2 or i == 0 or after_parent


def _chain(found: list[Mention]) -> tuple[Division, ...]:
    """The most specific mention's divisions that lie within every other mention."""
    last = max(found, key=lambda m: (_depth(m), m.start))
    out = tuple(d for d in last.divisions
                if all(any(d.within(o) for o in m.divisions) for m in found if _depth(m) < _depth(last)))
    return out or last.divisions


def _depth(m: Mention) -> int:
    return min(len(d.chain) for d in m.divisions)


def _settle(candidates: tuple[Division, ...], context: str) -> Division | None:
    """One of several divisions, by the places above them that the text names most."""
    if len(candidates) == 1:
        return candidates[0]
    named = Counter(d for m in mentions(context[:_CONTEXT]) for d in m.divisions)
    score = {c: sum(named[p] for p in c.chain[:-1]) for c in candidates}
    best = max(score.values())
    winners = [c for c, v in score.items() if v == best]
    return winners[0] if best and len(winners) == 1 else None


def _local(s: str, after: int) -> tuple[str, str] | None:
    """A township or zone named in ``s`` from ``after`` on: (its name, its level)."""
    rest = re.split(r"[\s,，。:：()（）]", s[after:], maxsplit=1)[0]
    for level, section in (("zone", "zone_suffixes"), ("township", "township_suffixes")):
        suffix = "(?:" + lexicon.alternation(section) + ")"
        m = re.match(rf"(\S{{1,12}}?{suffix}(?:{suffix})*)", rest)  # 唐闸镇街道办事处 whole
        if m and m.group(1) not in lexicon.words("generic_bodies"):
            name = re.sub(r"(?<=街道)办事处$", "", m.group(1))
            return name, level
    return None


def region(issuer: str | None, title: str | None, opening: str, text: str = "") -> tuple[Region | None, tuple[str, ...]]:
    """The region of a report from its issuer, title and opening (and ``text`` to settle
    a shared name); with the warnings that say what could not be settled."""
    subjects = [s for s in (issuer, title, opening) if s]
    if any(s.startswith(lexicon.longest("national_bodies")) for s in subjects[:2]):
        return NATIONAL, ()
    for s in subjects:
        found = mentions(s)
        place = _local(s, found[-1].end if found else 0) if s is not opening else None  # 富民强镇 is no place
        if found or place:
            break
    else:
        if lexicon.anywhere("national_occasions").search(opening):  # a report to the National People's Congress
            return NATIONAL, ()
        marked = marked_region(text or opening)
        return (Region(marked, "province", None, ()) if marked else None), ()
    context = "\n".join(subjects) + "\n" + (text or opening)[:_CONTEXT]  # a township's county is named early
    if not found:
        found, s = _placed(place[0], context)
    if not found:
        return Region(place[0], place[1]), (f"region_unplaced:{place[0]}",)
    others = [m for t in (issuer, title) if t and t is not s for m in mentions(t)]  # 南京市 of the title
    division = _settle(_chain(found + others), context)
    if division is None:
        written = s[found[-1].start:found[-1].end]
        level = {d.level for d in found[-1].divisions}
        return Region(written, level.pop() if len(level) == 1 else "county"), (f"region_ambiguous:{written}",)
    own = lexicon.mapping("region_currencies")  # Hong Kong, Macau, Taiwan: no code of the mainland's list
    code = None if division.chain[0].name in own else division.code
    if place:
        return Region(division.full_name + place[0], place[1], code, (*division.parents, division.name)), ()
    return Region(division.full_name, division.level, code, division.parents), ()


def _placed(name: str, text: str) -> tuple[list[Mention], str]:
    """A township or zone written after its county somewhere in the text (长沙县星沙街道)."""
    k = text.find(name)
    while k > 0:
        found = [m for m in mentions(text[max(0, k - 20):k]) if m.end == min(k, 20)]
        if found:
            return found, text[max(0, k - 20):k]
        k = text.find(name, k + 1)
    return [], ""


def marked_region(text: str) -> str | None:
    """The region two of whose marker words the text uses ([region_markers]), else None.

    >>> marked_region("立法院第11届会期，行政院提出。"), marked_region("国务院")
    ('台湾省', None)
    """
    for name, words in _markers().items():
        if len(set(words.findall(text, 0, _MARKED_SCAN))) >= 2:
            return name
    return None


_MARKED_SCAN = 20000


@lru_cache(maxsize=1)
def _markers() -> dict[str, re.Pattern]:
    return {name: re.compile("|".join(sorted(map(re.escape, words.split()), key=len, reverse=True)))
            for name, words in lexicon.mapping("region_markers").items()}


def currency(r: Region | None) -> str:
    """The currency of a region's 元: CNY but in Hong Kong, Macau and Taiwan.

    >>> currency(Region("香港特别行政区", "province")), currency(None)
    ('HKD', 'CNY')
    """
    if r is None:
        return "CNY"
    top = r.parents[0] if r.parents else r.name
    return lexicon.mapping("region_currencies").get(top, "CNY")
