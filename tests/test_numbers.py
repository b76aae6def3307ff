"""The grammar, rule by rule, and properties of parse_number."""
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govparse import parse, parse_number
from govparse.quantities.grammar import parse_quantity

D = Decimal


@pytest.mark.parametrize("text, value", [
    # Arabic: decimals, thousands separators, signs, full-width
    ("3.4", D("3.4")), ("1,234,567", D(1234567)), ("-3.8", D("-3.8")), ("３．４", D("3.4")), (".5", D("0.5")),
    # Chinese numerals with places, 零 and colloquial endings
    ("一千二百", D(1200)), ("一千零一", D(1001)), ("两千四百五", D(2450)), ("十五", D(15)), ("二十", D(20)),
    ("一百零八", D(108)), ("壹佰伍拾", D(150)), ("〇", D(0)),
    # magnitudes
    ("一千二百万", D(12000000)), ("4.78万亿", D("4780000000000")), ("十亿3000万", D(1030000000)),
    ("三万五", D(35000)), ("一百九十万零三千", D(1903000)), ("一万五千亿", D(1500000000000)),
    ("1.35万", D(13500)), ("五亿零六", D(500000006)), ("10万万", D(1000000000)),
    # decimals in Chinese, negative words
    ("一点五七", D("1.57")), ("两千点零", D(2000)), ("负三十二", D(-32)),
    # percent forms give their number
    ("百分之二十", D(20)), ("百分之一点五七", D("1.57")),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "一般", "万", "亿元", "1.2.3", "一一", "3万4万", "五十五十", "3亿元", "约3"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_type_error():
    with pytest.raises(TypeError):
        parse_number(3.4)


def test_decimal_not_float():
    # 百分之一点五七 is 1.57 exactly, not 1.5699999999999998
    assert str(parse_number("百分之一点五七")) == "1.57"


@pytest.mark.parametrize("text, values, approx, suffix, unit", [
    ("3.4亿元", (D(340000000),), False, "unit", "元"),
    ("1000余家", (D(1000),), True, "unit", "家"),
    ("50多吨", (D(50),), True, "unit", "吨"),
    ("3万余册", (D(30000),), True, "unit", "册"),
    ("十余万", (D(100000),), True, None, None),
    ("千余人", (D(1000),), True, "unit", "人"),
    ("14.69%", (D("14.69"),), False, "percent", None),
    ("14.69％", (D("14.69"),), False, "percent", None),
    ("百分百", (D(100),), False, "percent", None),
    ("3.2个百分点", (D("3.2"),), False, "percentage_point", None),
    ("2倍", (D(2),), False, "multiple", None),
    ("84-86周岁", (D(84), D(86)), False, "unit", "周岁"),
    ("1.35万立方米", (D(13500),), False, "unit", "立方米"),
    ("0.054mg/L", (D("0.054"),), False, "unit", "mg/L"),
    ("千分之五", (D("0.5"),), False, "percent", None),
])
def test_parse_quantity(text, values, approx, suffix, unit):
    p = parse_quantity(text)
    assert p.values == values
    assert p.approx_in is approx
    assert p.suffix == suffix
    assert p.unit == unit


_DIG = "零一二三四五六七八九"


def _section(n: int) -> str:
    """Chinese for 0 < n < 10000, with 零 for gaps."""
    out, zero = [], False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d:
            if zero:
                out.append("零")
            out.append(_DIG[d] + name)
            zero = False
        elif out:
            zero = True
    return "".join(out)


def to_chinese(n: int) -> str:
    """Write n (0 … 10^12) in Chinese numerals, grouped by 万 and 亿 with 零."""
    if n == 0:
        return "零"
    groups = [(n // 10**8) % 10**4, (n // 10**4) % 10**4, n % 10**4]
    if n >= 10**12:
        return "一万亿"
    mags = ["亿", "万", ""]
    out, gap = [], False
    for g, mag in zip(groups, mags):
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out.append("零")
        out.append(_section(g) + mag)
        gap = False
    return "".join(out)


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numerals_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=300)
@given(st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False),
       st.sampled_from([("万", 10**4), ("亿", 10**8)]))
def test_decimal_with_magnitude_exact(d, mag):
    text = format(d, "f") + mag[0]
    assert parse_number(text) == d * mag[1]


@pytest.mark.parametrize("text,value", [
    ("4兆8,530亿", 4853000000000),   # Taiwan's 兆 (10^12) with a group of 亿 under it
    ("2兆378亿", 2037800000000),
    ("1兆5千万", 1000050000000),
])
def test_a_group_of_yi_may_follow_zhao(text, value):
    assert parse_number(text) == value


def test_a_group_larger_than_the_magnitude_before_it_is_refused():
    with pytest.raises(ValueError):
        parse_number("1兆20000亿")


def test_an_amount_whose_number_reads_no_way_is_kept_without_a_value():
    (m,) = parse("预算岁入2兆20000亿元。").metrics
    assert (m.text, m.value, m.warnings) == ("2兆20000亿元", None, ("malformed_number",))


def test_a_copy_that_spaced_out_every_digit_reads_whole_numbers():
    text = "1 9 9 6 年产值达到6 8 5 9 3 亿元，增长9 ．6 ％。出口1 5 1 0 亿美元。"
    assert [(m.text, m.value) for m in parse(text).metrics] == [
        ("6 8 5 9 3 亿元", 6859300000000), ("9 ．6 ％", Decimal("9.6")), ("1 5 1 0 亿美元", 151000000000)]


def test_a_range_of_percents_written_out_twice():
    assert [(m.text, m.value) for m in parse("成本每年降低百分之二到百分之三。").metrics] == [
        ("百分之二", -2), ("百分之三", -3)]
    assert [m.value for m in parse("收入增长百分之五到百分之六。").metrics] == [5, 6]


@pytest.mark.parametrize("text,value", [
    ("发生率降至万分之三。", Decimal("0.03")), ("两成企业", Decimal(20)), ("近三成", Decimal(30)),
    ("占四分之一", Decimal(25)), ("2分之1", Decimal(50)),
])
def test_fractions_and_tenths_are_percents(text, value):
    (m,) = parse(text).metrics
    assert (m.value, m.unit) == (value, "percent")


def test_a_third_is_a_third_and_tenths_in_words_are_words():
    (m,) = parse("三分之一的村").metrics
    assert m.text == "三分之一" and abs(m.value - Decimal(100) / 3) < Decimal("1e-20")
    assert parse("一成不变，三成为骨干。").metrics == ()
