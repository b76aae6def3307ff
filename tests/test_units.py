"""Units and their canonical forms, as GUIDE.md defines them."""
from decimal import Decimal

import pytest

from govparse import parse

D = Decimal


def one(text):
    ms = parse(text).metrics
    assert len(ms) == 1, [m.text for m in ms]
    return ms[0]


@pytest.mark.parametrize("sentence, value, unit, kind", [
    ("完成投资3.4亿元。", D(340000000), "CNY", "money"),
    ("发放资金369万元。", D(3690000), "CNY", "money"),
    ("引进外资500万美元。", D(5000000), "USD", "money"),
    ("拆除面积3331平方米。", D(3331), "m**2", "area"),
    ("复绿面积2300平方。", D(2300), "m**2", "area"),
    ("腾退土地12.9亩。", D(8600), "m**2", "area"),
    ("核心区块1.48平方公里。", D(1480000), "m**2", "area"),
    ("造林20公顷。", D(200000), "m**2", "area"),
    ("新建管网1.65公里。", D(1650), "m", "length"),
    ("施划停车线300米。", D(300), "m", "length"),
    ("清除淤泥1.35万立方米。", D(13500), "m**3", "volume"),
    ("清运垃圾50吨。", D(50000), "kg", "mass"),
    ("回收废品30公斤。", D(30), "kg", "mass"),
    ("总磷浓度0.054mg/L。", D("0.000054"), "kg/m**3", "concentration"),
    ("节约电量100千瓦时。", D(360000000), "J", "energy"),
    ("工期缩短3个月。", D(7889400), "s", "duration"),
    ("水温保持20℃。", D(20), "degC", "temperature"),
    ("完成年度目标的40%。", D(40), "percent", "percent"),
    ("增速提高3.2个百分点。", D("3.2"), "percentage_point", "percentage_point"),
    ("产值翻了2倍。", D(2), "multiple", "multiple"),
])
def test_canonical_units(sentence, value, unit, kind):
    m = one(sentence)
    assert (m.value, m.unit, m.kind) == (value, unit, kind)


def test_age_in_seconds_as_pint_years():
    m = [m for m in parse("为60岁以上老人接种。").metrics][0]
    assert m.value == D(60) * D("365.25") * 86400
    assert m.kind == "duration"


@pytest.mark.parametrize("sentence, classifier", [
    ("新增就业人员2252名。", "名"), ("改造2174户。", "户"), ("拆除违建435处。", "处"),
    ("接待群众2万余人次。", "人次"), ("开展活动139场次。", "场次"), ("清拖僵尸车40余辆。", "辆"),
])
def test_counts_keep_classifier(sentence, classifier):
    m = one(sentence)
    assert m.kind == "count" and m.unit == "count" and m.classifier == classifier


def test_traditional_classifier_kept_as_written():
    m = one("完成11個項目。")
    assert m.classifier == "個" and m.value == 11


def test_wanfang_of_floor_space_is_area_of_earth_is_volume():
    assert one("启动22万方的商品楼盘。").unit == "m**2"
    assert one("清运土方3万方。").unit == "m**3"


def test_tonne_is_metric():
    assert one("清理垃圾1吨。").value == 1000


@pytest.mark.parametrize("sentence, value, unit", [
    ("年均浓度为31微克每立方米。", D("0.000000031"), "kg/m**3"),
    ("年均浓度31μg/m³。", D("0.000000031"), "kg/m**3"),
    ("日均用水20升。", D("0.02"), "m**3"),
    ("含量0.5毫克。", D("0.0000005"), "kg"),
])
def test_more_units(sentence, value, unit):
    m = one(sentence)
    assert (m.value, m.unit) == (value, unit)


def test_words_that_begin_with_a_unit_are_not_units():
    assert parse("推进物业管理提升工作2.0升级版。").metrics == ()


@pytest.mark.parametrize("sentence, value, unit", [
    ("身高168公分。", D("1.68"), "m"), ("占地3.5km²。", D(3500000), "m**2"), ("节电200kWh。", D(720000000), "J"),
    ("花费十五美元。", D(15), "USD"),
])
def test_metric_symbols_and_chinese_numeral_money(sentence, value, unit):
    m = one(sentence)
    assert (m.value, m.unit) == (value, unit)


def test_dual_structure_is_not_money():
    assert parse("破除城乡二元结构。").metrics == ()


def test_amounts_convert_to_the_units_reports_write():
    from govparse import parse

    money, area = parse("投资3.4亿元,面积8万亩。").metrics
    assert money.quantity.to("万元").magnitude == 34000 and money.quantity.to("亿元").magnitude == Decimal("3.4")
    assert money.quantity.to("元").magnitude == 340000000
    assert area.quantity.to("万亩").magnitude == 8


def test_the_table_shows_a_duration_in_the_unit_written():
    from govparse import parse
    from govparse.outputs.formats import render

    out = render([parse("年满60岁的老人,5个工作日内办结。")], "table")
    assert "60岁  60     year" in out.replace("    ", "  ") or " year " in out
    assert "1893456000" not in out and " day " in out
