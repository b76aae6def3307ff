"""``parts_sum``: a total and its parts. All of a total's parts (``data/parts.tsv``: 出口 and
进口 of 进出口总额) sum to it; a part listed after 其中 is no larger than its total."""
from __future__ import annotations

from functools import lru_cache

from .. import lexicon
from ..metric import Metric
from ..models import Report
from .finding import ZERO, Finding, Sentence, checkable, disagree, interval, of_which, written

__all__ = ["check"]

@lru_cache(maxsize=1)
def _identities() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((tuple(total.split()), tuple(parts.split())) for total, parts in lexicon.table("parts.tsv"))


def _amount(m: Metric) -> bool:
    return checkable(m) and m.role == "value" and m.bound is None and m.name is not None \
        and not lexicon.anywhere("average_words").search(m.name)  # 人均地区生产总值 is no total


def check(report: Report, sentence: Sentence) -> list[Finding]:
    """Totals of one sentence against their parts.

    >>> import govparse
    >>> [f.message for f in govparse.check(govparse.parse("一般公共预算收入50亿元，其中税收收入40亿元，非税收入12亿元。"))]
    ['parts_sum: 税收收入 40亿元 + 非税收入 12亿元 = 52亿元, but 一般公共预算收入 is 50亿元']
    """
    out = []
    ms = [m for m in sentence.metrics if _amount(m)]
    for i, total in enumerate(ms):
        later = [m for m in ms[i + 1:] if m.unit == total.unit and m.period == total.period]
        found = _all_parts(total, later)
        if found:
            low = sum(interval(m)[0] for m in found)
            high = sum(interval(m)[1] for m in found)
            quoted = " + ".join(f"{m.name} {m.text}" for m in found)
            f = disagree("parts_sum", (total, *found), total, low, high,
                         f"parts_sum: {quoted} = {written(sum(m.value for m in found), total)}, but {total.name} is {total.text}")
            out += [f] if f else []
        elif not lexicon.anywhere("average_words").search(report.text, max(0, total.start - 6), total.start):
            out += _parts_no_larger(total, of_which(report, total, later))
    return out


def _all_parts(total: Metric, later: list[Metric]) -> list[Metric] | None:
    """The parts of ``total`` among ``later`` by the first identity all of whose parts are there."""
    if any(_names_part(total.name, totals, parts) for totals, parts in _identities()):
        return None  # 城镇人口 names a part, though it holds 人口
    for totals, parts in _identities():
        if not any(w in total.name for w in totals):
            continue
        found: list[Metric] = []
        for word in parts:
            hit = next((m for m in later if word in m.name and m not in found
                        and _names_part(m.name, totals, (word,))), None)
            if hit is None:
                break
            found.append(hit)
        else:
            return found
    return None


def _names_part(name: str, totals: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """A part's name: it holds a part's word outside every total's word (出口, not 进出口)."""
    return any(w in name and not any(t in name and w in t for t in totals) for w in parts)


def _parts_no_larger(total: Metric, later: list[Metric]) -> list[Finding]:
    """其中 …: each part listed after the total is no larger than it."""
    out = []
    for m in later:
        if m.name == total.name:
            break  # the next total of the same name starts another list
        f = disagree("parts_sum", (total, m), m, ZERO, interval(total)[1],
                     f"parts_sum: {m.name} {m.text} is a part of {total.name} {total.text}, yet larger", bound_only=True)
        out += [f] if f else []
    return out
