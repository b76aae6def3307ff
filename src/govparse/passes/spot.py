"""One amount and the words around it, as the naming rules read them.

:class:`Spot` is what every rule of :mod:`govparse.passes.names` and :mod:`govparse.passes.lists`
gets: one reading, its neighbours, and the words before and after it, each
computed on first use.
"""
from __future__ import annotations

import attrs

from .. import lexicon
from ..document import Document
from .phrases import CJK, clean, noun_after, strip_trailing, verb_before
from ..quantities.reading import Reading

__all__ = ["PASS", "Spot", "previous_name", "MAX_LOOK_BACK"]

PASS = object()  # a rule's answer: not mine, ask the next rule


class lazy:  # noqa: N801 - functools.cached_property without the lock Python 3.11 takes on every get
    """A property computed on first use and stored in the instance's ``__dict__``."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@attrs.define(slots=False)  # a plain __dict__ for the lazy properties
class Spot:
    """One reading and what the naming rules read around it."""

    doc: Document
    rs: list[Reading]
    i: int
    starts: list[int]
    nxt: int  # where the next reading starts

    @property
    def r(self) -> Reading:
        return self.rs[self.i]

    @lazy
    def raw(self) -> str:
        """The words of the clause before the amount; right after another amount, the words after
        its last 、 (1.4万亿斤新台阶、亩产提升10.1斤: 新台阶 ends the amount before)."""
        r, p = self.r, self.rs[self.i - 1] if self.i else None
        raw = self.doc.view[r.cstart:r.start]
        if p is not None and p.role == "threshold" and r.role in ("value", "change", "target") \
                and r.cstart <= p.end <= r.start:
            return self.doc.view[min(p.cstart, r.cstart):r.start]  # 新增万吨级港口泊位602个: the class is in the name
        if p is not None and p.end == r.cstart and "、" in raw.rstrip("、"):
            raw = raw[raw.rindex("、") + 1:]
        return raw

    @lazy
    def before_raw(self) -> str:
        """As :attr:`raw`; for 标准(0.05mg/L), the words before the bracket; for 工业源(企业)254家,
        the words before the amount with their bracketed note."""
        cstart, view = self.r.cstart, self.doc.view
        if not self.raw.strip() and view[cstart - 1:cstart] == "(":
            return view[self.doc.clause_start(cstart - 1, max(0, cstart - 40)):cstart - 1]
        if view[cstart - 1:cstart] == ")" and not CJK.search(strip_trailing(self.raw)):
            # 工业源(企业)254家, 收入(同口径)完成3亿元: the words before the bracket name it
            opening = view.rfind("(", max(0, cstart - 12), cstart - 1)
            if opening > 0:
                floor = max(opening - 40, self.rs[self.i - 1].end if self.i else 0, 0)
                return view[self.doc.clause_start(opening, floor):cstart].lstrip("、") + self.raw
        return self.raw

    @lazy
    def before(self) -> str | None:
        return clean(self.before_raw) if self.before_raw else None

    @lazy
    def after(self) -> str | None:
        """The noun after the amount; a count right before another amount (130名84-86周岁老年人)
        counts the noun after that one."""
        end, doc = self.r.end, self.doc
        if end == self.nxt and self.r.kind == "count" and self.i + 1 < len(self.rs):
            nxt = self.rs[self.i + 1]
            noun = noun_after(doc.view[nxt.end:doc.clause_end(nxt.end, len(doc.view))])
            bound = doc.view[nxt.end:nxt.end + 2]
            if noun and nxt.values is not None and not any(ch.isdigit() for ch in nxt.text(doc)) \
                    and bound in lexicon.words("class_bounds"):
                return nxt.text(doc) + bound + noun  # 3个亿元以上项目: the class is in the name
            return noun
        return noun_after(doc.view[end:doc.clause_end(end, self.nxt)])

    @lazy
    def verb(self) -> str | None:
        return verb_before(self.before_raw)

    @lazy
    def previous(self) -> tuple[str | None, str | None]:
        return _previous(self)


MAX_LOOK_BACK = 12  # amounts: a name is carried over a list, not over a page of unnamed numbers


def previous_name(spot: Spot, same_kind: bool = False) -> str | None:
    """The name of the last amount before this one in its sentence that is not a growth rate
    (of the same kind with ``same_kind``), looking back at most :data:`MAX_LOOK_BACK` amounts."""
    return spot.previous[0 if same_kind else 1]


def _previous(spot: Spot) -> tuple[str | None, str | None]:
    """One walk back for both: (the last such name of the same kind, the last of any kind)."""
    s = spot.doc.sentence_start(spot.r.start)
    kind, rs, starts = spot.r.info.kind, spot.rs, spot.starts
    same = other = None
    for j in range(spot.i - 1, max(-1, spot.i - 1 - MAX_LOOK_BACK), -1):
        if starts[j] < s:
            break
        p = rs[j]
        if p.growth or not p.name:
            continue
        other = other or p.name
        if p.info.kind == kind:
            same = p.name
            break
    return same, other
