"""Chinese quantity expressions to exact values, through the Lark grammar.

The grammar is ``quantity.lark`` beside this module. It is compiled once (LALR with the
contextual lexer) with its character terminals and ``UNIT`` built from the data
(:mod:`govparse.quantities.numerals`, ``units.tsv``), and a :class:`QuantityTransformer` turns each tree into a :class:`Parsed`
whose numbers are exact :class:`~decimal.Decimal` s, never floats.

>>> parse_number("一千二百万")
Decimal('12000000')
>>> parse_number("百分之一点五七")
Decimal('1.57')
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
import re
from importlib import resources

import attrs
from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError

from .numerals import (APPROX_CLASS, Grouping, DASH_CLASS, DIGITS, MAG_CLASS, MAGNITUDES, NONZERO_CLASS, PLACE_CLASS,
                       PLACES, POINT_CLASS, SIGN_CLASS, SIGNS, ZERO_CLASS, adjacent_pair, cn_int, fold,
                       normal)
from .units import surfaces

__all__ = ["Parsed", "parse_number", "parse_quantity", "QuantityTransformer"]


@attrs.frozen
class Parsed:
    """One parsed expression.

    ``values`` has one number, or two for a range (84-86周岁); ``split`` is then the
    offset, inside the parsed text, where the second number starts.
    ``suffix`` is ``percent``, ``percentage_point``, ``multiple``, ``unit`` or None,
    and ``unit`` the unit or classifier as written in the parsed text.
    """

    values: tuple[Decimal, ...]
    approx_in: bool = False
    suffix: str | None = None
    unit: str | None = None
    split: int | None = None
    first_end: int | None = None
    chinese: bool = False


def terminals() -> str:
    """The terminals built from data: numeral characters and ``UNIT`` (longest first)."""
    units = " | ".join('"%s"' % w.replace("\\", "\\\\").replace('"', '\\"')
                       for w in sorted(surfaces(), key=lambda w: (-len(w), w)))
    ws = r"[ \t\u3000]*"
    return "\n".join([
        f"CN_ITEM: /{NONZERO_CLASS}?{PLACE_CLASS}/", f"CN_DIGIT: /{NONZERO_CLASS}/", f"ZERO: /{ZERO_CLASS}/",
        f"POINT: /{POINT_CLASS}/", f"MAG: /{MAG_CLASS}/", f"APPROX: /{APPROX_CLASS}/",
        f"APPROX_MAG: /{APPROX_CLASS}{ws}{MAG_CLASS}/", f"SIGN: /{SIGN_CLASS}/",
        f"RANGE: /{DASH_CLASS}/", f"UNIT: {units}", ""])


@lru_cache(maxsize=1)
def _parser() -> Lark:
    grammar = resources.files("govparse.quantities").joinpath("quantity.lark").read_text(encoding="utf-8")
    return Lark(grammar + "\n" + terminals(), parser="lalr", lexer="contextual",
                propagate_positions=False, maybe_placeholders=False, transformer=QuantityTransformer())


def _arabic(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


@v_args(inline=True)
class QuantityTransformer(Transformer):
    """Builds :class:`Parsed` values from the grammar's trees."""

    def arabic(self, tok):
        return (_arabic(tok), False, False, False)

    def arabic_places(self, *toks):
        # 7千4百 = 7400: each Arabic digit run times the place after it
        total, last = Decimal(0), None
        for tok in toks:
            if tok.type == "ZERO":
                continue  # 1千零1: 零 only says a place is empty
            if tok.type == "ARABIC":
                last = _arabic(tok)
            elif len(tok) == 1 and last is not None:
                total += last * PLACES[str(tok)]
                last = None
            else:
                raise ValueError("a Chinese digit after an Arabic one")
        return (total + (last or 0), False, True, False)

    def cn_int(self, *toks):
        items, approx = adjacent_pair([(t.type, str(t)) for t in toks])  # 三四十: about thirty
        return (cn_int(items), len(items) == 1 and items[0][0] == "CN_DIGIT", True, approx)

    def cn_decimal(self, whole, point, *digits):
        frac = "".join(str(DIGITS[str(d)]) for d in digits)  # 零 is a digit here
        return (whole[0] + Decimal("0." + frac), False, True, whole[3])

    def number(self, *parts):
        """Apply magnitudes the way Chinese groups digits (万 = 10^4 under 亿 = 10^8)."""
        groups = Grouping()
        approx = chinese = False
        trailing = 1  # the magnitudes that end the number (亿 of 5亿, 万亿 of 3万亿)
        for part in parts:
            if isinstance(part, Token):
                approx = approx or part.type == "APPROX_MAG"
                groups.magnitude(MAGNITUDES[str(part)[-1]])
                trailing *= MAGNITUDES[str(part)[-1]]
            else:
                value, bare, cn, vague = part
                chinese, approx = chinese or cn, approx or vague
                groups.base(value, bare)
                trailing = 1
        return (groups.total(), approx, chinese, trailing)

    def number_decimal(self, *parts):
        """两千万点五五四四: a whole number with magnitudes, then decimals of its units."""
        k = next(i for i, p in enumerate(parts) if isinstance(p, Token) and p.type == "POINT")
        value, approx, chinese, _ = self.number(*parts[:k])
        frac = "".join(str(DIGITS[str(d)]) for d in parts[k + 1:])
        return (value + Decimal("0." + frac), approx, chinese, 1)

    def single(self, *parts):
        sign = 1
        approx = False
        number = None
        for p in parts:
            if isinstance(p, Token):
                if p.type == "SIGN":
                    sign = SIGNS[str(p)]
                elif p.type == "APPROX":
                    approx = True
            else:
                number = p
        value, ap, cn, trailing = number
        return ("single", sign * value, approx or ap, cn, trailing)

    def range(self, first, sep, second):
        """3-5亿元: a magnitude that ends the second end and none of the first is shared."""
        if first[4] == 1 and second[4] > 1 and abs(first[1] * second[4]) <= abs(second[1]):
            first = (first[0], first[1] * second[4]) + first[2:]
        return ("range", first, second, sep)

    def percent(self, tok):
        return ("percent", None)

    def percentage_point(self, tok):
        return ("percentage_point", None)

    def permille(self, tok):
        return ("percent", "‰")

    def permille_point(self, tok):
        return ("percentage_point", "‰")

    def multiple(self, tok):
        return ("multiple", None)

    def unit(self, tok):
        return ("unit", str(tok))

    def _amount(self, amount, suffix=(None, None)):
        kind, unit = suffix
        if amount[0] == "range":
            _, a, b, sep = amount
            return Parsed(values=(a[1], b[1]), approx_in=a[2] or b[2], suffix=kind, unit=unit,
                          split=sep.end_pos, first_end=sep.start_pos, chinese=a[3] or b[3])
        _, value, approx, cn, _ = amount
        return Parsed(values=(value,), approx_in=approx, suffix=kind, unit=unit, chinese=cn)

    def quantity(self, amount, suffix=(None, None)):
        if suffix[1] == "‰":  # 6.45‰ is 0.645 percent; 3.18个千分点 0.318 points
            p = self._amount(amount, (suffix[0], None))
            return attrs.evolve(p, values=tuple(v / 10 for v in p.values))
        return self._amount(amount, suffix)

    def percent_of(self, tok, amount):
        return self._amount(amount, ("percent", None))

    def percent_of_range(self, tok, first, sep, tok2, second):
        """百分之二到百分之三: both ends written out."""
        return self._amount(self.range(first, sep, second), ("percent", None))

    def permille_of(self, tok, amount):
        p = self._amount(amount, ("percent", None))
        return attrs.evolve(p, values=tuple(v / 10 for v in p.values))

    def permyriad_of(self, tok, amount):
        """万分之三: 0.03%."""
        p = self._amount(amount, ("percent", None))
        return attrs.evolve(p, values=tuple(v / 100 for v in p.values))

    def fraction(self, whole, tok, part):
        """三分之一: one third, as a percent (33.33…)."""
        if whole[1] == 0:
            raise ValueError("a fraction of nothing")
        return Parsed(values=(part[1] / whole[1] * 100,), suffix="percent", chinese=whole[3] or part[3])

    def tenths(self, number, tok):
        """两成: two tenths, 20%."""
        return Parsed(values=(number[1] * 10,), suffix="percent", chinese=number[3])

    def hundred_percent(self, tok):
        return Parsed(values=(Decimal(100),), suffix="percent", chinese=True)

    def start(self, q):
        if isinstance(q, tuple):  # a bare amount without suffix
            return self._amount(q)
        return q


@lru_cache(maxsize=4096)
def parse_quantity(text: str) -> Parsed:
    """Parse one quantity expression: number, approximation words, suffix or unit.

    >>> p = parse_quantity("3万余册")
    >>> p.values, p.approx_in, p.unit
    ((Decimal('30000'),), True, '册')
    >>> parse_quantity("3.2个百分点").suffix
    'percentage_point'
    >>> parse_quantity("84-86周岁").values
    (Decimal('84'), Decimal('86'))

    Values are exact and without exponent noise (:func:`~govparse.quantities.numerals.normal`).
    Raises :class:`ValueError` when the text is not one whole expression.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    folded = fold(text)
    parser = _parser()
    try:
        parsed = parser.parse(folded)  # the transformer runs inside the LALR parse: no tree is built
    except LarkError as exc:
        # str() of a Lark error computes every expected token: costly and not needed here
        cause = exc.orig_exc if hasattr(exc, "orig_exc") else type(exc).__name__
        raise ValueError(f"not a quantity expression: {text!r} ({cause})") from None
    return attrs.evolve(parsed, values=tuple(normal(v) for v in parsed.values))  # once per cached expression


_SLASH = re.compile(r"([-+]?)(?:([0-9]+)\s+)?([0-9]+)\s*/\s*([0-9]+)")


def _slashed(text: str, sign: str, whole: str | None, top: str, bottom: str) -> Decimal:
    if int(bottom) == 0:
        raise ValueError(f"not a number: {text!r} (a fraction of nothing)")
    value = Decimal(whole or 0) + Decimal(top) / Decimal(bottom)
    return normal(-value if sign == "-" else value)


def parse_number(text: str) -> Decimal:
    """The value of one numeral expression (Arabic, Chinese or mixed, with magnitude).

    >>> parse_number("4.78万亿")
    Decimal('4780000000000')
    >>> parse_number("负三十二")
    Decimal('-32')
    >>> parse_number("一百九十万零三千")
    Decimal('1903000')
    >>> parse_number("三万五")
    Decimal('35000')
    >>> parse_number("１，２３４")
    Decimal('1234')
    >>> parse_number("一般")
    Traceback (most recent call last):
    ...
    ValueError: not a number: '一般'

    A percent form gives its number (百分之二十 → 20); units and classifiers are not
    numbers, so ``parse_number("3亿元")`` raises ValueError: use :func:`govparse.parse`.
    A fraction written with a slash is its value, with a whole part before it if any:

    >>> parse_number("３／５"), parse_number("-3/2"), parse_number("1 ３/5")
    (Decimal('0.6'), Decimal('-1.5'), Decimal('1.6'))
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, got {type(text).__name__}")
    slash = _SLASH.fullmatch(fold(text.strip()))
    if slash:  # a report's 3/5 is a date or a per-unit; a number on its own may be a fraction
        return _slashed(text, *slash.groups())
    try:
        parsed = parse_quantity(text.strip())
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None
    if len(parsed.values) != 1 or parsed.suffix not in (None, "percent") or parsed.approx_in:
        raise ValueError(f"not a number: {text!r}")
    return normal(parsed.values[0])
