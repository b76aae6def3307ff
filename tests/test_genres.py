"""Other genres of government report: national 政府工作报告, statistical communiqués and budget
reports. Sentences of our own, written from the guide's constructions."""
from decimal import Decimal

import pytest

import govparse
from govparse import parse


def test_a_salutation_is_no_title_and_the_speaker_gives_the_issuer():
    r = parse("各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n")
    assert r.title is None and r.issuer == "国务院"


def test_invisible_characters_do_not_make_a_title():
    r = parse("\u200b\n各位代表：\u200d\n现在，我代表市人民政府，向大会报告工作。")
    assert r.title is None and r.issuer is None  # 市人民政府 names no place: no issuer


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


@pytest.mark.parametrize("sentence,values,unit", [
    ("城镇化率目标为60%－62%。", [Decimal(60), Decimal(62)], "percent"),
    ("增速保持在5%至5.5%之间。", [Decimal(5), Decimal("5.5")], "percent"),
    ("计划投资6-8亿元。", [Decimal(600_000_000), Decimal(800_000_000)], "CNY"),
    ("吸纳就业2至3万人。", [Decimal(20_000), Decimal(30_000)], "count"),
    ("年龄在18—35周岁之间。", [Decimal(18 * 31557600), Decimal(35 * 31557600)], "s"),
])
def test_a_range_is_two_amounts_sharing_its_suffix_and_magnitude(sentence, values, unit):
    ms = parse(sentence).metrics
    assert [m.value for m in ms] == values and {m.unit for m in ms} == {unit}


def test_a_magnitude_larger_than_the_second_end_is_not_shared():
    ms = parse("单笔金额5000-1亿元不等。").metrics
    assert [m.value for m in ms] == [Decimal(5000), Decimal(100_000_000)]


@pytest.mark.parametrize("sentence,value,kind", [
    ("全年人口出生率为8.12‰。", Decimal("0.812"), "percent"),
    ("自然增长率比上年下降0.4个千分点。", Decimal("-0.04"), "percentage_point"),
])
def test_per_mille_is_a_tenth_of_a_percent(sentence, value, kind):
    (m,) = parse(sentence).metrics
    assert (m.value, m.kind) == (value, kind)


@pytest.mark.parametrize("sentence,value", [
    ("新增发电装机容量1.2亿千瓦。", Decimal(120_000_000_000)),
    ("建成光伏电站80兆瓦。", Decimal(80_000_000)),
])
def test_power_is_watts_and_energy_stays_joules(sentence, value):
    (m,) = parse(sentence).metrics
    assert (m.value, m.unit, m.kind) == (value, "W", "power")
    (e,) = parse("全年发电量200千瓦时。").metrics
    assert e.kind == "energy"


@pytest.mark.parametrize("sentence,name", [
    ("农村居民人均纯收入由2015年的9000元增加到2020年的13000元。", "农村居民人均纯收入"),
    ("森林覆盖率由18.2%提高到21.6%。", "森林覆盖率"),
    ("全县财政收入，从2016年8亿元增加到2021年的12亿元。", "财政收入"),  # the area is no part of it
])
def test_from_to_gives_both_amounts_the_metric_named_first(sentence, name):
    ms = parse(sentence).metrics
    assert len(ms) == 2 and [m.name for m in ms] == [name, name]
    assert {m.role for m in ms} <= {"value", "share"}


@pytest.mark.parametrize("sentence,name", [
    ("2021年粮食产量达到6.8亿吨。", "粮食产量"),
    ("年末常住人口120.5万人。", "常住人口"),
    ("五年新增城镇就业6000万人。", "新增城镇就业"),
])
def test_a_name_carries_no_year_or_period(sentence, name):
    assert [m.name for m in parse(sentence).metrics] == [name]


def test_a_statement_of_goals_makes_targets_signed_as_growth():
    ms = parse("明年发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业8万人；"
               "单位地区生产总值能耗下降2%。").metrics
    assert [m.role for m in ms] == ["target"] * 3
    assert [m.value for m in ms] == [Decimal("5.5"), Decimal(80_000), Decimal(-2)]
    assert ms[0].name == "地区生产总值" and ms[2].name == "单位地区生产总值能耗"


def test_the_plan_part_of_a_national_report_starts_at_its_plan_heading():
    text = ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、过去一年工作回顾\n"
            "国内生产总值增长6.1%。\n二、今年经济社会发展总体要求和政策取向\n"
            "今年赤字率拟按3%安排。中央对地方转移支付增长9.8%。\n")
    ms = parse(text).metrics
    assert [(m.text, m.role) for m in ms] == [("6.1%", "growth"), ("3%", "target"), ("9.8%", "target")]


def test_a_number_broken_from_its_magnitude_by_blank_and_invisible_lines():
    (m,) = parse("国内生产总值达到74.4\n\u200b\n万亿元，增长6.9%。").metrics[:1]
    assert m.value == Decimal("74400000000000") and not m.missing and m.text == "74.4\n\u200b\n万亿元"


# --- roles and names across genres (sentences of our own) ---

def _by_text(text, **kw):
    return {m.text: m for m in govparse.parse(text, **kw).metrics}


def test_multiples_after_a_growth_cue_are_growth_named_like_rates():
    d = _by_text("全区税收收入达到8.2亿元，增长2.3倍。")
    assert (d["2.3倍"].role, d["2.3倍"].name, d["2.3倍"].value) == ("growth", "税收收入", Decimal("2.3"))


def test_a_comparison_with_a_base_is_a_change_of_the_metric_before():
    d = _by_text("城镇化率达到61.2%，比去年高0.8个百分点；失业率较上年低0.2个百分点。")
    assert (d["0.8个百分点"].role, d["0.8个百分点"].name) == ("change", "城镇化率")
    assert d["0.2个百分点"].value == Decimal("-0.2")


def test_a_rate_named_with_a_growth_word_is_a_level():
    d = _by_text("全年出生人口1.2万人，人口自然增长率2.35‰。")
    assert (d["2.35‰"].role, d["2.35‰"].name) == ("share", "人口自然增长率")


def test_budget_reports_read_outturn_estimates_and_adjusted_budgets():
    title = "东湖区2025年预算执行情况和2026年预算草案的报告\n"
    d = _by_text(title + "一般公共预算收入预计完成48.2亿元，为区人大常委会批准调整预算50亿元的96.4%。")
    assert (d["48.2亿元"].role, d["48.2亿元"].name) == ("value", "一般公共预算收入")
    assert (d["50亿元"].role, d["50亿元"].name) == ("target", "调整预算")
    summary = _by_text("西湖街道2025年工作总结\n园区入驻企业86家，预计全年完成产值20亿元。")
    assert summary["20亿元"].role == "target"  # outside a budget report 预计 is a plan


def test_counts_that_label_listed_items_are_no_amounts():
    texts = [m.text for m in govparse.parse("严格把住用地、用水两个关口，落实“稳、准、快”三个字。").metrics]
    assert texts == []
    kept = [m.text for m in govparse.parse("每亩分别达到四十斤、六十斤。其中道路、桥梁项目一百零三个。").metrics]
    assert kept == ["四十斤", "六十斤", "一百零三个"]


def test_names_keep_paired_quotes_and_words_that_end_in_an_approximation_character():
    d = _by_text("深入开展清“六乱”行动，清理“六乱”点位45处；商户签约28户，依法关停企业3家。")
    assert d["45处"].name == "清理“六乱”点位"
    assert d["28户"].name == "商户签约"  # 签约 is a word, not 签 + 约 (about)
    assert d["28户"].approx == "exact"


def test_names_drop_manner_adverbs_and_event_verbs():
    d = _by_text("彻底清理河道淤泥2.1万立方米，举办专场招聘会6场。")
    assert d["2.1万立方米"].name == "清理河道淤泥"
    assert d["6场"].name == "专场招聘会"


def test_a_bracketed_note_leaves_the_name_and_a_count_before_an_age_range_counts_the_noun():
    d = _by_text("其中商业源(门店)312家、农业源(养殖场)4家。全年为215名60-79周岁老人提供上门服务。")
    assert d["312家"].name == "商业源" and d["4家"].name == "农业源"  # the guide: brackets go
    assert d["215名"].name == "老人"


def test_each_clause_names_its_own_rate_and_comparisons_end_names():
    d = _by_text("年末登记失业率降到3.9%，商品零售价格上涨1.8%，贷款平均利率较三年前下降0.9个百分点。")
    assert d["1.8%"].name == "商品零售价格"  # its own subject, not the metric before
    assert d["0.9个百分点"].name == "贷款平均利率"
    d = _by_text("出口总额达到8.4亿元，按可比价格计算平均每年增长6.1%。")
    assert d["6.1%"].name == "出口总额"


def test_to_words_end_no_name_and_listed_subjects_share_a_head():
    d = _by_text("常住人口增加到86.2万人。农业、服务业投资分别增长4.2%、7.7%。")
    assert d["86.2万人"].name == "常住人口"
    assert (d["4.2%"].name, d["7.7%"].name) == ("农业投资", "服务业投资")
    d = _by_text("交通事故起数和受伤人数分别下降9%和11%。")
    assert (d["9%"].name, d["11%"].name) == ("交通事故起数", "受伤人数")


def test_bare_numbers_listed_before_a_unit_share_it_and_the_change_cue():
    d = _by_text("林地、草地、湿地面积分别净增加2.4万、1.1万、0.6万公顷。")
    assert [d[t].value for t in ("2.4万", "1.1万", "0.6万公顷")] == [240000000, 110000000, 60000000]
    assert {d[t].role for t in d} == {"change"} and d["1.1万"].unit == "m**2"
    assert (d["2.4万"].name, d["0.6万公顷"].name) == ("林地面积", "湿地面积")
    assert d["2.4万"].quantity.to("hectare").magnitude == 24000


def test_goal_lists_units_and_words_that_are_no_amounts():
    d = _by_text("明年主要预期目标是：地区生产总值增长6%左右；城镇新增就业3.5万人；单位产值能耗下降2%。")
    assert [d[t].role for t in ("6%", "3.5万人", "2%")] == ["target"] * 3 and d["2%"].value == -2
    assert _by_text("项目工期180个工作日。")["180个工作日"].kind == "duration"
    assert govparse.parse("增加关键零部件进口，以百倍的努力保持两位数增长，九届人大三次会议批准。").metrics == ()
    d = _by_text("增幅为百分之六至七。")
    assert [(m.value, m.bound) for m in d.values()] == [(6, "low"), (7, "high")]
    assert [m.text for m in govparse.parse("达到百分之八十到二〇三〇年").metrics] == ["百分之八十"]


def test_money_per_unit_keeps_both_units():
    d = _by_text("亩均税收3.2万元/亩，人均补助800元/人。")
    assert (d["3.2万元/亩"].unit, d["3.2万元/亩"].value) == ("CNY/m**2", 48)
    assert (d["800元/人"].unit, d["800元/人"].value) == ("CNY/count", 800)
    assert d["3.2万元/亩"].quantity.to("CNY/mu").magnitude == 32000


def test_taiwan_documents_count_in_new_taiwan_dollars_and_zhao_is_ten_to_the_twelfth():
    d = _by_text("行政院核定新臺幣2.1兆元特別預算，民國112年補助地方800億元。")
    assert (d["2.1兆元"].value, d["2.1兆元"].unit) == (2100000000000, "TWD")
    assert str(d["800億元"].quantity.units) == "TWD"
    assert _by_text("投资1.5兆元。")["1.5兆元"].unit == "CNY"
    assert [m.text for m in govparse.parse("工作压力3兆帕，装机200兆瓦。").metrics] == ["200兆瓦"]


def test_size_classes_are_exact_thresholds_named_by_what_they_classify():
    d = _by_text("新建十万吨级码头泊位12个，万吨级船闸3座。")
    assert (d["十万吨"].role, d["十万吨"].approx, d["十万吨"].value, d["十万吨"].name) == (
        "threshold", "exact", 100000000, "码头泊位")
    assert d["12个"].name == "新建十万吨级码头泊位"  # the guide: flow markers stay
    assert (d["万吨"].role, d["万吨"].value, d["万吨"].missing) == ("threshold", 10000000, False)
