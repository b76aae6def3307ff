"""The characters numbers are written with, and the arithmetic of Chinese numerals.

Every character class here comes from the numeral sections of ``lexicon.txt``
([digits], [places], [magnitudes], [signs], [range_dashes], [decimal_points],
[approx_in_number]); the grammar's terminals and the scan's patterns are both
built from them, so the two read the same characters.

>>> DIGITS["壹"], DIGITS["两"], PLACES["佰"]
(1, 2, 100)
>>> print(SIGN_CLASS)
[+\\-−負负]
>>> normal(Decimal("3.4E+8"))
Decimal('340000000')
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal

from .. import lexicon

__all__ = ["DIGITS", "PLACES", "MAGNITUDES", "SIGNS", "NUMERAL_CHARS", "NONZERO_CLASS",
           "ZERO_CLASS", "PLACE_CLASS", "MAG_CLASS", "SIGN_CLASS", "DASH_CLASS", "POINT_CLASS",
           "APPROX_CLASS", "Grouping", "adjacent_pair", "cn_int", "normal", "fold", "trailing_magnitude"]

DIGITS: dict[str, int] = {k: int(v) for k, v in lexicon.mapping("digits").items()}
PLACES: dict[str, int] = {k: int(v) for k, v in lexicon.mapping("places").items()}
MAGNITUDES: dict[str, int] = {k: int(v) for k, v in lexicon.mapping("magnitudes").items()}
SIGNS: dict[str, int] = {k: int(v) for k, v in lexicon.mapping("signs").items()}

# every character that may stand in a Chinese numeral run
NUMERAL_CHARS = "".join(sorted(set(DIGITS) | set(PLACES) | set(MAGNITUDES)))

NONZERO_CLASS = "[" + "".join(sorted(c for c, v in DIGITS.items() if v)) + "]"
ZERO_CLASS = "[" + "".join(sorted(c for c, v in DIGITS.items() if not v)) + "]"
PLACE_CLASS = lexicon.regex_class("places")
MAG_CLASS = lexicon.regex_class("magnitudes")
SIGN_CLASS = lexicon.regex_class("signs")
DASH_CLASS = lexicon.regex_class("range_dashes")
POINT_CLASS = lexicon.regex_class("decimal_points")
APPROX_CLASS = lexicon.regex_class("approx_in_number")


def cn_int(items: list[tuple[str, str]]) -> Decimal:
    """Value of positional Chinese items ``(type, text)``: 两千四百五 is 2450.

    Types are ``ZERO``, ``CN_DIGIT`` and ``CN_ITEM`` (an optional digit and a place).
    The items must come in falling place order; a bare digit after a place
    (四百五) stands one place lower, as people say it.

    >>> cn_int([("CN_ITEM", "两千"), ("CN_ITEM", "四百"), ("CN_DIGIT", "五")])
    Decimal('2450')
    """
    total = 0
    last_place = 100_000  # above 千
    pending = None
    zero_seen = False
    for kind, s in items:
        if kind == "ZERO":
            if pending is not None:
                raise ValueError("digit before 零")
            zero_seen = True
            continue
        if kind == "CN_DIGIT":
            if pending is not None:
                raise ValueError("two digits in a row")
            pending = DIGITS[s]
            continue
        place, digit = PLACES[s[-1]], DIGITS[s[0]] if len(s) == 2 else 1
        if pending is not None:
            if len(s) != 1:
                raise ValueError("digit before a place item")
            digit, pending = pending, None  # 五 十 written apart
        if place >= last_place:
            raise ValueError("places out of order")
        total += digit * place
        last_place, zero_seen = place, False
    if pending is not None:
        if last_place <= 10 or zero_seen or last_place == 100_000:
            total += pending
        else:  # 四百五 = 450, 两千三 = 2300
            total += pending * (last_place // 10)
    return Decimal(total)


def adjacent_pair(items: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], bool]:
    """三四十 (thirty or forty), 七八千, 两三个: two neighbouring digits give the lower one, approximately.

    Returns the items with the higher digit dropped, and whether a pair was found.

    >>> adjacent_pair([("CN_DIGIT", "三"), ("CN_ITEM", "四十")])
    ([('CN_ITEM', '三十')], True)
    >>> adjacent_pair([("CN_DIGIT", "两"), ("CN_DIGIT", "三")])
    ([('CN_DIGIT', '两')], True)
    >>> adjacent_pair([("CN_DIGIT", "三"), ("CN_ITEM", "五十")])[1]
    False
    """
    for i in range(len(items) - 1):
        (k1, a), (k2, b) = items[i], items[i + 1]
        if k1 != "CN_DIGIT" or k2 == "ZERO" or b[0] not in DIGITS or DIGITS[b[0]] != DIGITS[a] + 1:
            continue
        merged = ("CN_DIGIT", a) if k2 == "CN_DIGIT" else ("CN_ITEM", a + b[1:])
        return items[:i] + [merged] + items[i + 2:], True
    return items, False


class Grouping:
    """Sums a number's bases and magnitudes the way Chinese groups digits: 万 (10^4)
    groups under 亿 (10^8), so 十亿3000万, 一万五千亿 and 三万五 read as people say them.

    >>> g = Grouping(); g.base(Decimal(3), True); g.magnitude(10_000); g.base(Decimal(5), True)
    >>> g.total()
    Decimal('35000')

    A magnitude above 亿 (兆, 10^12, as Taiwan writes it) closes a group that 亿 groups may follow:

    >>> g = Grouping(); g.base(Decimal(4), False); g.magnitude(10**12); g.base(Decimal(8530), False)
    >>> g.magnitude(10**8); g.total()
    Decimal('4853000000000')
    """

    def __init__(self):
        self.above = Decimal(0)  # everything already multiplied by 亿
        self.below_yi = Decimal(0)  # the part under 亿 already multiplied by 万
        self.cur: tuple[Decimal, bool] | None = None  # the base waiting for its magnitude (value, bare digit)
        self.last_mag: int | None = None
        self.yi_seen, self.bases_since_yi = False, 0
        self.high, self.high_mag = Decimal(0), 0  # groups of a magnitude above 亿 (兆 = 10^12), closed

    def base(self, value: Decimal, bare: bool) -> None:
        if self.cur is not None:
            raise ValueError("two numbers in a row")
        self.cur, self.bases_since_yi = (value, bare), self.bases_since_yi + 1

    def magnitude(self, mag: int) -> None:
        cur = self.cur
        if mag == 10_000:
            if cur is None and self.last_mag is None:
                raise ValueError("magnitude without a number")
            if cur is None:
                self.above *= mag
                if self.last_mag == 10_000:
                    self.below_yi *= mag
            else:
                if self.last_mag == 10_000 or (self.below_yi and cur[0] >= 10_000):
                    raise ValueError("magnitudes out of order")
                self.below_yi = (self.below_yi + cur[0]) * mag
        else:
            if self.yi_seen and self.bases_since_yi:
                raise ValueError("亿 after a later group: magnitudes out of order")
            self.yi_seen, self.bases_since_yi = True, 0
            self.above = (self.above + self.below_yi + (cur[0] if cur else 0)) * mag
            if cur is None and not self.below_yi and not self.above:
                raise ValueError("magnitude without a number")
            self.below_yi = Decimal(0)
            if self.high_mag and self.above >= self.high_mag:
                raise ValueError("a group larger than the magnitude before it")
            if mag > 10**8:  # 4兆8,530亿: the 兆 group closes, 亿 groups may follow under it
                self.high, self.above, self.high_mag, self.yi_seen = self.high + self.above, Decimal(0), mag, False
        self.cur, self.last_mag = None, mag

    def total(self) -> Decimal:
        below = self.below_yi
        if self.cur is not None:
            value, bare = self.cur
            if self.last_mag is not None:
                if bare:  # 三万五 = 35000, 三亿五 = 350000000
                    value = value * self.last_mag / 10
                elif value >= self.last_mag:
                    raise ValueError("number after a magnitude is larger than it")
            below += value
        return self.high + self.above + below


def trailing_magnitude(number: str) -> tuple[str, str, int]:
    """Split the magnitudes that end a number: ``("3.4", "亿", 10**8)`` for 3.4亿.

    >>> trailing_magnitude("3.4亿"), trailing_magnitude("十余万"), trailing_magnitude("120")
    (('3.4', '亿', 100000000), ('十余', '万', 10000), ('120', '', 1))
    """
    k, scale = len(number), 1
    while k and number[k - 1] in MAGNITUDES:
        k -= 1
        scale *= MAGNITUDES[number[k]]
    return number[:k], number[k:], scale


def normal(value: Decimal) -> Decimal:
    """Drop exponent noise: 3.4 × 10^8 is Decimal('340000000'), not '3.4E+8'."""
    if value == value.to_integral_value() and value.adjusted() < 28:
        return value.quantize(Decimal(1))
    return value.normalize()


def fold(text: str) -> str:
    """Full-width digits and signs to ASCII (NFKC), leaving Chinese characters alone."""
    return "".join(unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c for c in text)
