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
from functools import lru_cache

import attrs

__all__ = ["Text", "normalize"]

# A pinyin annotation right after a Chinese character: 機(jī), 現(xiàn).
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)+\)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SOFT_BREAK_MIN_LINE = 25  # a line this long that stops mid-sentence was wrapped
_SENTENCE_END = set("。！？!?；;：:”’」』)）】》…")


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


def _fold_char(c: str) -> str:
    o = ord(c)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if o == 0x3000:
        return " "
    return c


@attrs.frozen(repr=False)
class Text:
    """The original text, its normalized view and the map between them."""

    original: str
    view: str
    offsets: tuple[int, ...] = attrs.field(eq=False)  # view index -> original index
    skipped_after: frozenset[int] = attrs.field(eq=False, factory=frozenset)

    def __repr__(self) -> str:
        return f"Text({len(self.original)} chars)"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span ``[start, end)``.

        A pinyin annotation that follows the last character is part of it.
        """
        if start >= end:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1
        if end - 1 in self.skipped_after:
            m = _PINYIN.match(self.original, e)
            if m:
                e = m.end()
        return s, e

    def orig(self, start: int, end: int) -> str:
        """The original text under the view span."""
        s, e = self.span(start, end)
        return self.original[s:e]


def _soft_breaks(original: str) -> set[int]:
    """Positions of white space that a PDF copy put inside a number or a word."""
    drop: set[int] = set()
    n = len(original)
    # the first lines of a document are its title block: never joined
    head_end, seen = 0, 0
    for line_m in re.finditer(r"[^\n]*\n?", original):
        if line_m.group().strip():
            seen += 1
        if seen >= 3:
            head_end = line_m.end()
            break
    for m in re.finditer(r"[ \t\u3000\r]*\n[ \t\u3000\r]*|[ \t\u3000]+", original):
        a, b = m.start(), m.end()
        before = original[a - 1] if a else ""
        after = original[b] if b < n else ""
        if not before or not after:
            continue
        if "\n" not in m.group():
            # spaces between a number and its unit, or inside a thousands-grouped number
            if (before.isdigit() or before in ".%") and (_CJK.match(after) or after in "%％"):
                drop.update(range(a, b))
            elif before.isdigit() and re.match(r"[0-9]{3}(?![0-9])", original[b:b + 4]):
                drop.update(range(a, b))
            continue
        if a < head_end:
            continue
        # a line break: soft when the line before is long and stops mid-sentence
        line_start = original.rfind("\n", 0, a) + 1
        line = _PINYIN.sub("", original[line_start:a].strip())
        if (len(line) >= _SOFT_BREAK_MIN_LINE and before not in _SENTENCE_END
                and (_CJK.match(before) or before.isdigit())
                and (_CJK.match(after) or after.isdigit())):
            drop.update(range(a, b))
    return drop


def normalize(original: str) -> Text:
    """Build the :class:`Text` of a document."""
    simple = _simplified(original)
    skip = _soft_breaks(original)
    skipped_after: set[int] = set()
    for m in _PINYIN.finditer(simple):
        skip.update(range(m.start(), m.end()))
    chars: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(simple):
        if i in skip:
            if chars and i - 1 not in skip and _PINYIN.match(simple, i):
                skipped_after.add(len(chars) - 1)
            continue
        chars.append(_fold_char(c))
        offsets.append(i)
    return Text(original, "".join(chars), tuple(offsets), frozenset(skipped_after))
