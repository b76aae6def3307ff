"""Other genres of government report: national 政府工作报告, statistical communiqués and budget
reports. Sentences of our own, written from the guide's constructions."""
from decimal import Decimal

import pytest

from govparse import parse


def test_a_salutation_is_no_title_and_the_speaker_gives_the_issuer():
    r = parse("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n")
    assert r.title is None and r.issuer == "国务院"


def test_invisible_characters_do_not_make_a_title():
    r = parse("\u200b\n各位代表：\u200d\n现在，我代表市人民政府，向大会报告工作。")
    assert r.title is None and r.issuer == "市人民政府"


def test_a_title_broken_over_two_lines_and_a_byline():
    r = parse("某县2024年预算执行情况和\n2025年预算草案的报告\n某县财政局\n各位代表:\n现将报告提请审议。")
    assert r.title == "某县2024年预算执行情况和2025年预算草案的报告"
    assert r.issuer == "某县财政局"


def test_web_page_fields_are_not_the_title_and_give_the_publisher():
    r = parse("[ 索引号 ] 11500/2024-00012\n[ 发布机构 ] 某县统计局\n[ 成文日期 ] 2024-03-20\n\n"
              "某县2023年国民经济和社会发展统计公报\n\n2023年,全县经济稳中有进。")
    assert r.title == "某县2023年国民经济和社会发展统计公报"
    assert r.issuer == "某县统计局" and r.date == "2024-03-20"


@pytest.mark.parametrize("sentence", [
    "发展的力量源于亿万人民的创造。", "妥善安置企业富余人员。", "严禁超支挪用专项资金。",
    "其余部分由地方承担。", "切实做到多吃多占问题零容忍。",
])
def test_words_in_a_complete_text_are_no_lost_numbers(sentence):
    assert [m for m in parse(sentence).metrics if m.missing] == []


def test_a_complete_text_never_switches_to_the_lost_number_reading():
    text = "领导干部要带头。" + "妥善安置富余人员,严禁超支,其余部委配合,做到亿万人民满意。" * 3 + "新建企业家园。"
    assert [m.text for m in parse(text).metrics if m.missing] == []


@pytest.mark.parametrize("sentence,text,value,approx", [
    ("财政收入首次突破万亿元。", "万亿元", Decimal(10) ** 12, "over"),
    ("减税降费规模超过万亿元。", "万亿元", Decimal(10) ** 12, "over"),
    ("惠及上亿人。", "上亿人", Decimal(10) ** 8, "over"),
    ("入境游客近亿人次。", "亿人次", Decimal(10) ** 8, "about"),
])
def test_a_bare_magnitude_after_an_approximation_word_is_that_magnitude(sentence, text, value, approx):
    (m,) = parse(sentence).metrics
    assert (m.text, m.value, m.approx, m.missing) == (text, value, approx, False)


def test_a_document_that_lost_its_numbers_still_reports_them_missing():
    r = parse("完成一般公共预算收入亿元,增长%。完成固定资产投资约亿元。招引项目超亿元。")
    assert [m.text for m in r.metrics if m.missing] == ["亿元", "亿元", "亿元"]


def test_a_garbled_number_is_no_lost_number():
    assert [m for m in parse("下达补助资金25l亿元。").metrics if m.missing] == []


def test_a_space_and_a_zero_width_space_inside_a_number():
    (m,) = parse("国内生产总值达到74.4 \u200b 万亿元。").metrics
    assert m.value == Decimal("74400000000000") and not m.missing
