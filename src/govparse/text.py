"""The text of a report and a normalized view of it for matching.

Every later stage reads :attr:`Text.view`: simplified characters (OpenCC t2s),
full-width digits, letters and signs folded to ASCII, pinyin annotations such as
``機(jī)`` skipped, and white space dropped where it breaks a number or a word
(``12.76 亿元``, a PDF line break inside ``营业收\\n入``). :meth:`Text.span` maps any
view span back to the original, so every offset govparse reports indexes the
text the user gave.

>>> t = normalize("收入１２.７６ 亿元")
>>> t.view
'收入12.76亿元'
>>> t.original[slice(*t.span(2, 9))]
'１２.７６ 亿元'
>>> normalize("機(jī)遇").view
'机遇'
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

import attrs

__all__ = ["Text", "normalize", "CJK", "DAMAGE", "writable"]

# A pinyin annotation right after a Chinese character: 機(jī), 現(xiàn).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zü]*\n?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\n?[a-zü]*)+\)")
CJK = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character: every module matches with this one
# Invisible characters a web copy leaves (zero-width space, joiners, word joiner, a BOM): the
# view skips them, so they never split a number, a word or a title.
_INVISIBLE_CHARS = "\u200b-\u200f\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")
_BODY_PUNCT = re.compile("[，。；,;]")  # folded or not
_LETTER_SPACED = re.compile(r"[0-9] [0-9] [0-9]")  # a copy that spaced out every digit of its numbers
_DIGIT_SPACE = re.compile(r"(?<=[0-9．.]) (?=[0-9．.％%])")
_SOFT_BREAK_MIN_LINE = 25
_NARROW_LINES, _NARROW_SHARE, _NARROWEST = 4, 0.3, 10  # a narrow layout: 4 lines and a third of them one width
# a line break inside an amount: after a digit, a point or a magnitude, before a sign, a point or a word
_BROKEN_AMOUNT = re.compile(r"(?<=[0-9.万亿千])[ \t\u3000\r]*\n[ \t\u3000\r]*(?=[%％‰.0-9\u4e00-\u9fff])")
# a numbered line with no sentence punctuation is a heading, however long: never joined to its body
_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、](?![0-9])"
                      r"|第[一二三四五六七八九十]+[，、,]?)[^，,。；;：:]*$")
_ROW = re.compile(r"\t|[ \u3000]{2,}\S+[ \u3000]{2,}")  # a table's row: never joined to the next
_FIELD_LINE = re.compile(r"(?:来源|日期|时间|作者|编辑|浏览)\s*[:：]")  # a page's byline fields: a line of their own  # a line this long that stops mid-sentence was wrapped
_SENTENCE_END = set("。！？!?；;：:”’」』)）】》…")
# (not a tab: a tab separates a table's cells, 1200.5⇥亿元 and 12⇥345 are two cells each)
_NUMBER_SPACE = re.compile(rf"(?<=[0-9.%])[ \u3000{_INVISIBLE_CHARS}]+(?=[\u4e00-\u9fff%％])"
                           r"|(?<=[0-9])[ \u3000]+(?=[0-9]{3}(?![0-9]))")
# a number broken from its magnitude by line breaks and invisible characters (74.4⏎​⏎万亿元)
_BROKEN_MAGNITUDE = re.compile(rf"(?<=[0-9])[ \t\u3000\r{_INVISIBLE_CHARS}]*\n"
                               rf"[ \t\u3000\r\n{_INVISIBLE_CHARS}]*(?=[万亿])")
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a damaged copy leaves inside a number (12�0亿元): a replacement character, a control
# character, a soft hyphen, a line or paragraph separator. A number with one inside reads no way.
DAMAGE = re.compile("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad\u2028\u2029]")
_LONE_CR = re.compile("\r(?!\n)")
_CRLF = re.compile("\r(?=\n)")
_LINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff0-9.])[ \t\u3000\r]*\n[ \t\u3000\r]*(?=[\u4e00-\u9fff0-9])")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """Traditional to simplified, one character for one character.

    OpenCC converts phrase by phrase; where a line would change length the
    line is converted character by character instead, so offsets stay aligned.
    """
    if not re.search(r"[^\x00-\u33ff]", text):
        return text
    conv = _t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(ch if len(x := conv.convert(ch)) != 1 else x for ch in line)
        lines.append(c)
    return "\n".join(lines)


_FOLD = {o: o - 0xFEE0 for o in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


@attrs.frozen(repr=False)
class Text:
    """The original text, its normalized view and the map between them.

    The map is stored as breakpoints: ``view[i]`` came from
    ``original[i + shift]``, where ``shift`` is the number of original
    characters skipped before it. Memory grows with the number of skips, not
    with the length of the text.
    """

    original: str
    view: str
    breaks: tuple[int, ...] = attrs.field(eq=False, default=())   # view indices where shift grows
    shifts: tuple[int, ...] = attrs.field(eq=False, default=())   # shift from that index on
    skipped_after: frozenset[int] = attrs.field(eq=False, factory=frozenset)

    def __repr__(self) -> str:
        return f"Text({len(self.original)} chars)"

    def offset(self, i: int) -> int:
        """Original index of view index ``i``."""
        k = bisect_right(self.breaks, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span ``[start, end)``.

        A pinyin annotation that follows the last character is part of it.
        """
        if start >= end:
            o = self.offset(start) if start < len(self.view) else len(self.original)
            return o, o
        s = self.offset(start)
        e = self.offset(end - 1) + 1
        if end - 1 in self.skipped_after:
            m = _PINYIN.match(self.original, e)
            if m:
                e = m.end()
        return s, e

    def orig(self, start: int, end: int) -> str:
        """The original text under the view span."""
        s, e = self.span(start, end)
        return self.original[s:e]


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _title_block_end(original: str, starts: list[int]) -> int:
    """The first lines of a document are its title block: never joined (it ends at three
    lines, or before the first line with a sentence's punctuation: the body has begun)."""
    n = len(original)
    head_end, seen, first = 0, 0, None
    for i, ls in enumerate(starts):
        le = starts[i + 1] if i + 1 < len(starts) else n
        if _BODY_PUNCT.search(original, ls, le):
            # the line before may be this body line's first half: not the title, unless a number
            # breaks across them (收入12.⏎76亿元)
            prev = original[starts[i - 1]:ls].rstrip() if i else ""
            half = i and (first is not None and i - 1 > first or prev[-1:].isdigit() or prev.endswith("."))
            return starts[i - 1] if half else ls
        if original[ls:le].strip():
            seen += 1
            first = i if first is None else first
        if seen >= 3:
            return le
    return head_end


def _wrapped_length(original: str, starts: list[int]) -> int:
    """How long a line must be to be a wrapped one: 25 characters, or less in a text whose lines
    mostly run to one narrow width (a PDF of narrow columns, 16 characters a line)."""
    lengths = Counter(n for a, b in zip(starts, starts[1:]) if (n := b - a - 1 - (original[b - 2] == "\r")) > 8)
    if not lengths:
        return _SOFT_BREAK_MIN_LINE
    width, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))
    lines = sum(lengths.values())
    if width < _SOFT_BREAK_MIN_LINE and count >= max(_NARROW_LINES, lines * _NARROW_SHARE):
        return max(_NARROWEST, width - 2)
    return _SOFT_BREAK_MIN_LINE


def _inside_amount(text: str, a: int, b: int) -> bool:
    """3.5⏎%, 23⏎.5%, 3.⏎5, 1.2万⏎亿元, 1.2万亿⏎元: the break stands inside one amount."""
    before, after = text[max(0, a - 2):a], text[b:b + 2]
    if before[-1:].isdigit():
        return after[:1] in "%％‰" or (after[:1] == "." and after[1:2].isdigit())
    if before[-1:] == ".":
        return before[:1].isdigit() and after[:1].isdigit()
    return before[:1].isdigit() or before[:1] in "万千"  # a magnitude after a number: its unit follows


def _soft_breaks(original: str) -> list[tuple[int, int]]:
    """Spans of white space that a PDF copy put inside a number or a word."""
    drop: list[tuple[int, int]] = []
    starts = _line_starts(original)
    head_end = _title_block_end(original, starts)
    # spaces between a number and its unit, or inside a thousands-grouped number
    for m in _NUMBER_SPACE.finditer(original):
        drop.append(m.span())
    drop += [m.span() for m in _BROKEN_MAGNITUDE.finditer(original)]
    drop += [m.span() for m in _BROKEN_AMOUNT.finditer(original) if _inside_amount(original, *m.span())]
    if len(_LETTER_SPACED.findall(original, 0, 20000)) >= 3:  # 1 9 9 7 年…增长8 ．8 ％: every digit spaced out
        drop += [m.span() for m in _DIGIT_SPACE.finditer(original)]
    # a line break: soft when the line before is as long as the document's lines run and stops mid-sentence
    least = _wrapped_length(original, starts)
    for m in _LINE_BREAK.finditer(original):
        a, b = m.span()
        if a < head_end:
            continue
        line_start = starts[bisect_right(starts, a) - 1]
        if a - line_start < least:
            continue
        line = original[line_start:a].strip()
        if least == _SOFT_BREAK_MIN_LINE:  # 工業(yè)總產(chǎn)值: a long line by its Chinese, not its pinyin
            line = _PINYIN.sub("", line)
        if len(line) >= least and not _FIELD_LINE.search(line) and not _ROW.search(line) \
                and not _HEADING.match(line):
            drop.append((a, b))
    return drop


def writable(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (which no encoding can write) as U+FFFD, and how many.

    >>> writable("收入\\ud8003亿元")
    ('收入�3亿元', 1)
    """
    n = len(_SURROGATE.findall(text))
    return (_SURROGATE.sub("\ufffd", text), n) if n else (text, 0)


def _plain(original: str) -> str:
    """One character for one: lone surrogates become U+FFFD, a lone CR a line feed."""
    text = _SURROGATE.sub("\ufffd", original)
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def normalize(original: str) -> Text:
    """Build the :class:`Text` of a document (linear time, C-level string work).

    Line endings are one in the view whatever the file used (LF, CRLF or CR):

    >>> normalize("一、概况\\r\\n完成3亿元\\r二、计划").view
    '一、概况\\n完成3亿元\\n二、计划'
    """
    simple = _simplified(_plain(original)).translate(_FOLD)
    pinyin = [m.span() for m in _PINYIN.finditer(simple)]
    skips = sorted(_soft_breaks(simple) + pinyin + [m.span() for m in _INVISIBLE.finditer(simple)]
                   + [m.span() for m in _CRLF.finditer(simple)])
    pinyin_starts = {a for a, _ in pinyin}
    parts: list[str] = []
    breaks: list[int] = []
    shifts: list[int] = []
    skipped_after: set[int] = set()
    pos = 0      # next original index to copy
    vlen = 0     # length of the view so far
    shift = 0
    for a, b in skips:
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(simple[pos:a])
        vlen += a - pos
        if a in pinyin_starts and vlen:
            skipped_after.add(vlen - 1)
        shift += b - a
        breaks.append(vlen)
        shifts.append(shift)
        pos = b
    parts.append(simple[pos:])
    return Text(original, "".join(parts), tuple(breaks), tuple(shifts), frozenset(skipped_after))
