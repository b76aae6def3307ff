"""Which area a report speaks for: each way a text names its place, shared short names,
the currencies of Hong Kong, Macau and Taiwan, and a property over the whole dataset."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govparse import parse
from govparse.passes.divisions import lookup, names


def region_of(text):
    r = parse(text)
    return r.region, r.warnings


def test_the_title_names_the_place_down_to_the_county():
    region, _ = region_of("2024年湖北省恩施土家族苗族自治州利川市政府工作报告\n各位代表：\n请予审议。")
    assert (region.name, region.level, region.code) == ("湖北省恩施土家族苗族自治州利川市", "county", "422802")
    assert region.parents == ("湖北省", "恩施土家族苗族自治州")


def test_a_byline_names_the_place():
    region, _ = region_of("关于2023年预算执行情况的报告\n苏州市吴中区财政局\n各位代表：\n现将报告如下。")
    assert region.code == "320506"


def test_the_body_the_speaker_represents_names_the_place():
    region, _ = region_of("政府工作报告\n各位代表：\n现在，我代表厦门市思明区人民政府，向大会报告工作。")
    assert (region.code, region.level) == ("350203", "county")


def test_the_opening_subject_names_the_place():
    region, _ = region_of("2023年工作总结\n今年以来，余杭区在市委、市政府的坚强领导下，实现税收80亿元。")
    assert region.code == "330110"


def test_a_short_province_name_and_a_prefecture():
    region, _ = region_of("2023年丽水市国民经济和社会发展统计公报\n全年地区生产总值1900亿元。")
    assert (region.name, region.level, region.code) == ("浙江省丽水市", "prefecture", "331100")


def test_a_shared_short_name_is_settled_by_the_city_the_text_names():
    region, warnings = region_of("鼓楼区政府工作报告\n各位代表：\n过去一年，全区在徐州市委的领导下，完成投资30亿元。")
    assert region.code == "320302" and warnings == ()


def test_a_shared_short_name_the_text_does_not_settle_has_no_code_and_a_warning():
    region, warnings = region_of("鼓楼区政府工作报告\n各位代表：\n过去一年，全区完成投资30亿元。")
    assert region.code is None and "region_ambiguous:鼓楼区" in warnings


def test_a_township_has_its_county_code():
    region, _ = region_of("杭州市西湖区北山街道2023年工作总结\n一年来，街道完成税收5亿元。")
    assert (region.level, region.code, region.parents) == ("township", "330106", ("浙江省", "杭州市", "西湖区"))
    assert region.name == "浙江省杭州市西湖区北山街道"


def test_a_township_whose_county_is_never_named_has_no_code_and_a_warning():
    region, warnings = region_of("清风街道2023年工作总结\n一年来，清风街道完成税收5亿元。")
    assert (region.name, region.level, region.code) == ("清风街道", "township", None)
    assert "region_unplaced:清风街道" in warnings


def test_a_zone_is_held_by_its_county():
    region, _ = region_of("宁波市北仑区经济技术开发区2023年工作总结\n全年完成工业产值900亿元。")
    assert (region.level, region.code) == ("zone", "330206")


def test_a_report_to_the_national_congress_speaks_for_the_country():
    region, _ = region_of("各位代表：\n现在，我受国务院的委托，向大会报告工作。国内生产总值增长5%。")
    assert (region.level, region.code) == ("national", None)


def test_hong_kong_yuan_are_hong_kong_dollars():
    r = parse("2024至25财政年度政府财政预算案\n主席：\n本港经济去年增长3.2%，香港特区政府收入5,000亿元。")
    assert r.region.name == "香港特别行政区" and r.region.code is None
    assert [m.unit for m in r.metrics if m.kind == "money"] == ["HKD"]


def test_macau_yuan_and_its_patacas_are_one_currency():
    r = parse("澳门特别行政区2024年财政年度施政报告\n本澳财政收入1,000亿澳门元，开支800亿元，储备300亿澳元。")
    assert r.region.code is None
    assert [m.unit for m in r.metrics if m.kind == "money"] == ["MOP", "MOP", "MOP"]


def test_taiwan_yuan_and_its_republic_years():
    r = parse("院长施政报告\n[节录自立法院第11届会期施政报告114年2月25日]\n台股上涨，岁出4兆8,530亿元。")
    assert r.region.name == "台湾省" and r.region.code is None and r.date == "2025-02-25"
    (m,) = [m for m in r.metrics if m.kind == "money"]
    assert (m.value, m.unit) == (4853000000000, "TWD")


def test_a_mainland_report_that_mentions_hong_kong_once_keeps_its_renminbi():
    r = parse("2023年深圳市政府工作报告\n与香港合作加深，全市地区生产总值3.46万亿元。")
    assert r.region.code == "440300" and r.metrics[0].unit == "CNY"


_COUNTIES = sorted(n for n in names() if any(d.level == "county" and d.code for d in lookup(n)) and len(n) > 2)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_COUNTIES), st.sampled_from(["{}2023年政府工作报告\n各位代表：", "{}财政局\n各位代表：",
                                                    "政府工作报告\n现在，我代表{}人民政府，向大会报告工作。"]))
def test_a_region_code_when_given_belongs_to_the_dataset_and_its_parents_agree(name, template):
    region, warnings = region_of(template.format(name))
    if region is None or region.code is None:
        assert region is None or any(w.startswith("region_") for w in warnings) or region.level == "national"
        return
    (division,) = [d for d in lookup(region.name.removeprefix("".join(region.parents))) if d.code == region.code]
    assert division.parents == region.parents and division.full_name == region.name
    assert any(d.code == region.code for d in lookup(name))  # the place the text named


def test_the_region_survives_json():
    from govparse import Report

    r = parse("杭州市西湖区北山街道2023年工作总结\n一年来，街道完成税收5亿元。")
    assert Report.from_json(r.to_json(), r.text).region == r.region
    assert r.to_dict()["region"]["code"] == "330106"


def test_a_web_page_keeps_its_heading_its_report_date_and_its_publication_date_apart():
    text = ("2023年宁波市政府工作报告\n发布时间：2023-03-20 10:00 来源：新华社 阅读 98765 次\n"
            "——2023年1月12日在宁波市第十六届人民代表大会第三次会议上\n各位代表：\n"
            "一、2022年工作回顾\n全市地区生产总值15704亿元，增长3.5%。")
    r = parse(text)
    assert (r.title, r.date, r.published, r.year) == ("2023年宁波市政府工作报告", "2023-01-12", "2023-03-20", 2022)
    assert r.issuer != "新华社" and r.region.code == "330200"
    assert [m.text for m in r.metrics] == ["15704亿元", "3.5%"]  # 阅读 98765 次 is the page's counter


def test_a_bare_body_takes_the_place_the_text_names():
    r = parse("政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。过去一年，汉滨区地区生产总值440亿元。")
    assert r.issuer == "汉滨区人民政府" and r.region.code == "610902"
    assert parse("政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。").issuer is None


@pytest.mark.parametrize("text", ["各位代表：\n现在，我代表镇人民政府向大会报告工作。", "我镇全年完成投资3亿元。"])
def test_no_issuer_is_a_pronoun_or_a_bare_level(text):
    assert parse(text).issuer is None
