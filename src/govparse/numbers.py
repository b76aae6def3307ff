"""Chinese quantity expressions to exact values, through the Lark grammar.

The grammar is ``grammar/quantity.lark``. It is compiled once (LALR with the
contextual lexer) with a ``UNIT`` terminal built from the unit and classifier
data, and a :class:`QuantityTransformer` turns each tree into a :class:`Parsed`
whose numbers are exact :class:`~decimal.Decimal` s, never floats.

>>> parse_number("一千二百万")
Decimal('12000000')
>>> parse_number("百分之一点五七")
Decimal('1.57')
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import attrs
from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError

from . import lexicon

__all__ = ["Parsed", "parse_number", "parse_quantity", "QuantityTransformer"]

_DIGITS = {c: i for i, group in enumerate(
    ["零〇", "一壹", "二两贰兩貳倆", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖"]) for c in group}
_PLACES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_MAGS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


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


def unit_terminal() -> str:
    """The ``UNIT`` terminal, longest alternative first."""
    surfaces = list(lexicon.mapping("units")) + list(lexicon.classifiers())
    alts = " | ".join('"%s"' % w.replace("\\", "\\\\").replace('"', '\\"') for w in lexicon.longest_first(surfaces))
    return f"UNIT: {alts}\n"


@lru_cache(maxsize=1)
def _parser() -> Lark:
    grammar = resources.files("govparse").joinpath("grammar/quantity.lark").read_text(encoding="utf-8")
    return Lark(grammar + "\n" + unit_terminal(), parser="lalr", lexer="contextual",
                propagate_positions=False, maybe_placeholders=False)


def _cn_int(tokens: list[Token]) -> Decimal:
    """Value of positional Chinese items (一千, 零, 五): 两千四百五 is 2450.

    The items must come in falling place order; a bare digit after a place
    (四百五) stands one place lower, as people say it.
    """
    total = 0
    last_place = 100_000  # above 千
    pending_digit = None
    zero_seen = False
    for tok in tokens:
        s = str(tok)
        if tok.type == "ZERO":
            if pending_digit is not None:
                raise ValueError("digit before 零")
            zero_seen = True
            continue
        if tok.type == "CN_DIGIT":
            if pending_digit is not None:
                raise ValueError("two digits in a row")
            pending_digit = _DIGITS[s]
            continue
        # CN_ITEM: optional digit + place
        place = _PLACES[s[-1]]
        digit = _DIGITS[s[0]] if len(s) == 2 else 1
        if pending_digit is not None:
            if len(s) != 1:
                raise ValueError("digit before a place item")
            digit = pending_digit  # 五 十 written apart
            pending_digit = None
        if place >= last_place:
            raise ValueError("places out of order")
        total += digit * place
        last_place = place
        zero_seen = False
    if pending_digit is not None:
        if last_place <= 10 or zero_seen or last_place == 100_000:
            total += pending_digit
        else:  # 四百五 = 450, 两千三 = 2300
            total += pending_digit * (last_place // 10)
    return Decimal(total)


def _arabic(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


@v_args(inline=True)
class QuantityTransformer(Transformer):
    """Builds :class:`Parsed` values from the grammar's trees."""

    def arabic(self, tok):
        return (_arabic(tok), False, False)

    def arabic_places(self, *toks):
        # 7千4百 = 7400: each Arabic digit run times the place after it
        total, last = Decimal(0), None
        for tok in toks:
            if tok.type == "ARABIC":
                last = _arabic(tok)
            elif len(tok) == 1 and last is not None:
                total += last * _PLACES[str(tok)]
                last = None
            else:
                raise ValueError("a Chinese digit after an Arabic one")
        return (total + (last or 0), False, True)

    def cn_int(self, *toks):
        return (_cn_int(list(toks)), len(toks) == 1 and toks[0].type == "CN_DIGIT", True)

    def cn_decimal(self, whole, point, *digits):
        frac = "".join(str(_DIGITS[str(d)]) for d in digits)  # 零 is a digit here
        return (whole[0] + Decimal("0." + frac), False, True)

    def number(self, *parts):
        """Apply magnitudes the way Chinese groups digits (万 = 10^4 under 亿 = 10^8)."""
        total = Decimal(0)   # everything already multiplied by 亿
        below_yi = Decimal(0)  # the part under 亿 already multiplied by 万
        cur = None  # the base waiting for its magnitude: (value, bare single digit)
        last_mag = None
        approx = chinese = False
        yi_seen, bases_since_yi = False, 0
        for part in parts:
            if isinstance(part, Token):
                approx = approx or part.type == "APPROX_MAG"
                mag = _MAGS[str(part)[-1]]
                if mag == 10_000:
                    if cur is None and last_mag is None:
                        raise ValueError("magnitude without a number")
                    if cur is None:
                        below_yi, total = (below_yi * mag, total * mag) if last_mag == 10_000 else \
                            (below_yi, total * mag)
                    else:
                        if last_mag == 10_000 or (below_yi and cur[0] >= 10_000):
                            raise ValueError("magnitudes out of order")
                        below_yi = (below_yi + cur[0]) * mag
                else:
                    if yi_seen and bases_since_yi:
                        raise ValueError("亿 after a later group: magnitudes out of order")
                    yi_seen, bases_since_yi = True, 0
                    total = (total + below_yi + (cur[0] if cur else 0)) * mag
                    if cur is None and not below_yi and not total:
                        raise ValueError("magnitude without a number")
                    below_yi = Decimal(0)
                cur, last_mag = None, mag
                continue
            value, bare, cn = part
            chinese = chinese or cn
            bases_since_yi += 1
            if cur is not None:
                raise ValueError("two numbers in a row")
            cur = (value, bare)
        if cur is not None:
            value, bare = cur
            if last_mag is not None:
                if bare:  # 三万五 = 35000, 三亿五 = 350000000
                    value = value * last_mag / 10
                elif value >= last_mag:
                    raise ValueError("number after a magnitude is larger than it")
            below_yi += value
        return (total + below_yi, approx, chinese)

    def single(self, *parts):
        sign = 1
        approx = False
        number = None
        for p in parts:
            if isinstance(p, Token):
                if p.type == "SIGN":
                    sign = -1 if str(p) in "-−负負" else 1
                elif p.type == "APPROX":
                    approx = True
            else:
                number = p
        value, ap, cn = number
        return ("single", sign * value, approx or ap, cn)

    def range(self, first, sep, second):
        return ("range", first, second, sep)

    def percent(self, tok):
        return ("percent", None)

    def percentage_point(self, tok):
        return ("percentage_point", None)

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
        _, value, approx, cn = amount
        return Parsed(values=(value,), approx_in=approx, suffix=kind, unit=unit, chinese=cn)

    def quantity(self, amount, suffix=(None, None)):
        return self._amount(amount, suffix)

    def percent_of(self, tok, amount):
        return self._amount(amount, ("percent", None))

    def permille_of(self, tok, amount):
        p = self._amount(amount, ("percent", None))
        return attrs.evolve(p, values=tuple(v / 10 for v in p.values))

    def hundred_percent(self, tok):
        return Parsed(values=(Decimal(100),), suffix="percent", chinese=True)

    def start(self, q):
        if isinstance(q, tuple):  # a bare amount without suffix
            return self._amount(q)
        return q


_TRANSFORMER = QuantityTransformer()


def _fold(text: str) -> str:
    """Full-width digits and signs to ASCII (NFKC), leaving Chinese characters alone."""
    return "".join(unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c for c in text)


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

    Raises :class:`ValueError` when the text is not one whole expression.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    folded = _fold(text)
    parser = _parser()
    try:
        tree = parser.parse(folded)
        return _TRANSFORMER.transform(tree)
    except LarkError as exc:
        # str() of a Lark error computes every expected token: costly and not needed here
        cause = exc.orig_exc if hasattr(exc, "orig_exc") else type(exc).__name__
        raise ValueError(f"not a quantity expression: {text!r} ({cause})") from None


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
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number() expects str, got {type(text).__name__}")
    try:
        parsed = parse_quantity(text.strip())
    except ValueError:
        raise ValueError(f"not a number: {text!r}") from None
    if len(parsed.values) != 1 or parsed.suffix not in (None, "percent") or parsed.approx_in:
        raise ValueError(f"not a number: {text!r}")
    return _normal(parsed.values[0])


def _normal(value: Decimal) -> Decimal:
    """Drop exponent noise: 3.4 × 10^8 is Decimal('340000000'), not '3.4E+8'."""
    if value == value.to_integral_value() and value.adjusted() < 28:
        return value.quantize(Decimal(1))
    return value.normalize()
