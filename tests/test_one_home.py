"""Facts with one home: numeral characters, signs and dashes come from one table that the
scan and the grammar share, and a range is one statement until its metrics are made."""
from decimal import Decimal

import pytest

from govparse import parse


def _m(text):
    return [(m.text, m.value, m.role, m.name, m.missing) for m in parse(text).metrics]


@pytest.mark.parametrize("sentence,text,value", [
    ("拨付专项资金壹佰万元。", "壹佰万元", Decimal(1_000_000)),
    ("收到捐款叁仟元整。", "叁仟元", Decimal(3000)),
    ("捐赠物资折合伍拾万元。", "伍拾万元", Decimal(500_000)),
])
def test_capital_numerals_are_read_where_the_grammar_reads_them(sentence, text, value):
    ms = parse(sentence).metrics
    assert [(m.text, m.value, m.missing) for m in ms] == [(text, value, False)]


def test_a_capital_numeral_inside_a_word_is_no_number():
    ms = parse("出动执法队伍200余人次,陆续完成整改。").metrics
    assert [(m.text, m.value) for m in ms] == [("200余人次", Decimal(200))]


@pytest.mark.parametrize("dash", ["-", "–", "—", "~", "～", "至", "到"])
def test_every_range_dash_gives_both_ends(dash):
    ms = parse(f"服务对象为70{dash}75周岁的老人。").metrics
    assert [m.text for m in ms] == ["70", "75周岁"]


@pytest.mark.parametrize("sign", ["-", "−", "负"])
def test_every_minus_sign_is_a_sign(sign):
    ms = parse(f"最低气温{sign}8℃。").metrics
    assert len(ms) == 1 and ms[0].value == Decimal(-8) and ms[0].name == "最低气温"


def test_a_range_has_one_name_and_one_role():
    for sentence in ("年内拟新建8-10个口袋公园。", "今年力争签约2至3亿元以上产业项目6个。",
                     "预计完成投资4-6亿元。"):
        ms = parse(sentence).metrics
        ends = [m for m in ms if m.name == ms[0].name and m.role == ms[0].role]
        assert len(ends) >= 2, ms


def test_a_planned_range_is_a_target_at_both_ends():
    ms = parse("计划投资6-8亿元。").metrics
    assert [m.role for m in ms] == ["target", "target"]
    assert ms[0].name == ms[1].name == "计划投资"
