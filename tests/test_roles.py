"""Roles that carry to reports not seen: each class of construction in a sentence of our own."""
import pytest

from govparse import parse


def role_of(text, amount):
    m = next(m for m in parse(text).metrics if m.text == amount)
    return m.role, m.value


@pytest.mark.parametrize("sentence, amount, role, value", [
    # a basis word right before a signed amount: growth, with the sign as written
    ("实现营业收入8亿元,利润1亿元,同比分别-3.5%、12%。", "-3.5%", "growth", "-3.5"),
    ("进口额同比-4.2%。", "-4.2%", "growth", "-4.2"),
    # a rate of growth reaches a level: still growth
    ("工业品出厂价格涨幅回落到1.8%。", "1.8%", "growth", "1.8"),
    ("全年经济成长率达3.1%。", "3.1%", "growth", "3.1"),
    ("平均薪资年增3.5%。", "3.5%", "growth", "3.5"),
    # a level stays a share, even with a growth word in its name
    ("人口自然增长率降到4.1‰。", "4.1‰", "share", "0.41"),
    # change words before an absolute amount
    ("新增规上企业9家,净增5家。", "5家", "change", "5"),
    ("税收收入同比增收1,200万元。", "1,200万元", "change", "12000000"),
    ("人均耕地同比提高0.3亩。", "0.3亩", "change", None),
    # a contribution in points is growth
    ("消费拉动经济增长2.1个百分点。", "2.1个百分点", "growth", "2.1"),
    # a multiple of a base is a share
    ("五年投入是前五年总和的2.3倍。", "2.3倍", "share", "2.3"),
    # ages that set a group are thresholds
    ("60岁及以上老人接种率达90%。", "60岁", "threshold", None),
    ("0-14岁、15-64岁人口分别为20万人、70万人。", "64岁", "threshold", None),
    # plans and outturns
    ("编制了年度2.5亿元交通投资计划。", "2.5亿元", "target", None),
    ("预计完成工业产值30亿元。", "30亿元", "value", None),
    ("街道干部拜访目标企业80家。", "80家", "value", None),
])
def test_roles(sentence, amount, role, value):
    got_role, got_value = role_of(sentence, amount)
    assert got_role == role
    if value is not None:
        assert str(got_value) == value


def _m(text, amount):
    return next(m for m in parse(text).metrics if m.text == amount)


def test_a_bare_magnitude_counts_with_no_classifier():
    m = _m("全年解决了120万农村人口饮水困难。", "120万")
    assert (m.value, m.kind, m.classifier, m.name) == (1200000, "count", None, "解决农村人口")
    # in a list, bare magnitudes still share the unit that ends it
    assert _m("林地、湿地面积分别增加2万、1万公顷。", "2万").unit == "m**2"


def test_a_bare_magnitude_and_unit_before_a_bound_is_a_class():
    m = _m("全年引进企业40家,其中亿元以上8家。", "亿元")
    assert (m.value, m.role, m.approx, m.name) == (100000000, "threshold", "over", "企业")
    assert _m("全年引进企业40家,其中亿元以上8家。", "8家").name == "亿元以上企业"
    assert _m("新签约亿元以上项目6个。", "亿元").name == "项目"


def test_old_and_trade_units():
    assert _m("棉花产量达到300万担。", "300万担").quantity.to("kg").magnitude == 150000000
    assert _m("完成土方20万公方。", "20万公方").unit == "m**3"
    assert _m("新增电话交换机80万门。", "80万门").classifier == "门"


def test_a_planned_change_of_an_amount_is_a_target_but_points_stay_a_change():
    text = "今年的主要预期目标是：农村贫困人口减少800万以上；赤字率比去年高0.2个百分点。"
    assert (_m(text, "800万").role, _m(text, "800万").name) == ("target", "农村贫困人口")
    assert _m(text, "0.2个百分点").role == "change"


def test_a_document_from_taiwan_reads_its_dollars():
    text = "[節錄自立法院施政報告]\n臺股上漲20%;國內生產毛額達25兆元。"
    assert _m(text, "25兆元").unit == "TWD"


def test_a_bare_magnitude_where_the_text_ends_is_cut_off_not_read():
    assert [m.text for m in parse("税收同比增长14%,增收4,376万").metrics] == ["14%"]


def test_a_bare_count_has_a_quantity():
    m = _m("农村贫困人口减少1000万以上。", "1000万")
    assert m.quantity.to("count").magnitude == 10000000


def test_a_heading_of_the_years_goals_opens_the_plan():
    text = ("2024年温州市政府工作报告\n一、2023年工作回顾\n全市地区生产总值8730亿元，增长6.9%。\n"
            "二、2024年目标\n地区生产总值增长5.5%左右。\n")
    assert [(m.role, m.period) for m in parse(text).metrics] == [("value", "2023"), ("growth", "2023"),
                                                                 ("target", "2024")]


def test_a_heading_that_reports_on_goals_looks_back():
    text = "一、2023年目标任务完成情况\n全市地区生产总值8730亿元，增长6.9%。\n"
    assert [m.role for m in parse(text).metrics] == ["value", "growth"]
