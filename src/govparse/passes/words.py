"""Words and their classes: the segmenter the names pass reads names with.

A name cut from characters alone keeps the acting body (全县地区生产总值), a
reporting verb (争取上级转移支付) or an adverb (精准推送惠企政策) at its start. Here a
name is split into words by jieba-rs (through ``rjieba``), whose dictionary is
extended with the words of government reports in ``data/words.tsv``; each word
gets that file's class where it has one, else the segmenter's part-of-speech tag.
:func:`trim` drops, at the start, the classes that only report, place or decorate
a figure, and at the end the words that note a size or a basis.

The dictionary loads once per process, on first use (``import govparse`` does
not load it); it is the segmenter's default dictionary with our words added.

>>> trim("精准推送惠企政策"), trim("全县地区生产总值"), trim("争取上级转移支付")
('推送惠企政策', '地区生产总值', '上级转移支付')
>>> trim("走访企业"), trim("投资规模"), trim("税收(含免抵调部分)")
('走访企业', '投资', '税收')
>>> trim("平湖镇食用菌年产量"), trim("新建各类保障性住房"), trim("第一针累计接种")
('食用菌年产量', '新建保障性住房', '第一针接种')
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon

__all__ = ["classes", "tag", "trim", "names_nothing", "opens_with", "boundaries", "DROP_LEADING"]

DROP_LEADING = frozenset({"report", "helper", "area", "filler", "d", "ad", "r", "ul", "uj"})
_PLACE_SUFFIXES = ("省", "市", "县", "区", "镇", "乡", "街道", "村", "州", "盟", "旗")
_BRACKETS = re.compile(r"\([^()]*\)")
_ONE_OF = re.compile(r"[一两二三四五六七八九十几数]+[家个批项座所户]")  # 引进一家投资…: a numeral and classifier


@lru_cache(maxsize=1)
def classes() -> dict[str, str]:
    """Each word of ``data/words.tsv`` and its class.

    >>> classes()["精准"], classes()["走访"]
    ('helper', 'keep')
    """
    return {row[0]: row[1] for row in lexicon.table("words.tsv")}


@lru_cache(maxsize=1)
def _segmenter():
    import rjieba  # loads its dictionary (about 35 MB): only when a name is first read

    for word, cls in classes().items():
        rjieba.add_word(word, None, cls)
    return rjieba


@lru_cache(maxsize=20000)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """``text`` as words, each with its class (``data/words.tsv``) or the segmenter's tag.

    >>> tag("帮助申报扶持资金")[:2]
    (('帮助', 'helper'), ('申报', 'keep'))
    """
    ours = classes()
    return tuple((w, ours.get(w, t)) for w, t in _segmenter().tag(text))


def _is_place(words: tuple[tuple[str, str], ...], i: int) -> int:
    """How many words from ``i`` name a place (平湖 镇, 上海市浦东新区), 0 if none."""
    w, t = words[i]
    if t != "ns":
        return 0
    if any(w.endswith(s) and len(w) - len(s) >= 2 for s in _PLACE_SUFFIXES):
        return 1  # 云和县, 上海市浦东新区; not 城镇
    if i + 1 < len(words) and words[i + 1][0] in _PLACE_SUFFIXES:
        return 2
    return 0


def trim(name: str, leading: bool = True) -> str:
    """Drop from a name what only reports, places or decorates its figure; keep at least two
    characters of it (a name is never emptied by this step), three after 完成 or 实现
    (完成投资 stays: the stage reached, set against a plan)."""
    if "(" in name:
        bare = _BRACKETS.sub("", name)
        if len(bare) >= 2:
            name = bare
    if not leading:  # a noun read after an amount: its tail only (自然庄复耕 keeps 自然)
        return _strip_tail(name)
    words = tag(name)
    if any(t == "filler" for _, t in words[1:-1]):  # 新建各类保障性住房, 第一针累计接种
        words = tuple(x for k, x in enumerate(words) if k == 0 or k == len(words) - 1 or x[1] != "filler")
    lead = [k for k, (_, t) in enumerate(words[:-1]) if t == "lead"]
    i = lead[-1] + 1 if lead else 0  # 街道领导带队敲门招商: the body that leads is no part of it
    while i < len(words) - 1:
        n = _is_place(words, i) or (1 if words[i][1] in DROP_LEADING or _ONE_OF.fullmatch(words[i][0]) else 0)
        rest = "".join(w for w, _ in words[i + n:])
        if not n or len(rest) < (3 if words[i][0] in lexicon.words("done_verbs") else 2):
            break
        i += n
    return _strip_tail("".join(w for w, _ in words[i:]))


def _strip_tail(name: str) -> str:
    tail = _tail()
    while (m := tail.search(name)) and m.start() >= 2:
        name = name[:m.start()]
    return name


def boundaries(text: str) -> frozenset[int]:
    """The offsets in ``text`` where a word starts or ends.

    >>> sorted(boundaries("在谈项目"))
    [0, 2, 4]
    """
    out, pos = {0}, 0
    for w, _ in tag(text):
        pos += len(w)
        out.add(pos)
    return frozenset(out)


def opens_with(text: str, word: str) -> bool:
    """Whether ``text`` opens with ``word`` as whole words, not as the start of a longer one.

    >>> opens_with("对企业走访", "对"), opens_with("现代农业项目", "现"), opens_with("对外贸易", "对")
    (True, False, False)
    """
    acc = ""
    for w, _ in tag(text):
        acc += w
        if len(acc) >= len(word):
            return acc == word
    return False


def names_nothing(name: str) -> bool:
    """Every word of ``name`` only reports, places or decorates (一次性, 全力, 全县): no name.

    >>> names_nothing("一次性"), names_nothing("编制了年度"), names_nothing("投资")
    (True, True, False)
    """
    return all(t in DROP_LEADING or t in ("tail", "lead", "time") for _, t in tag(name))


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    """The tail words, longest first, ending a name (投资规模: a segmenter keeps it one word)."""
    tails = lexicon.longest_first(w for w, c in classes().items() if c == "tail")
    return re.compile("(?:" + "|".join(map(re.escape, tails)) + ")$")
