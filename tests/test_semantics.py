"""Names, roles, approximations and lost numbers (GUIDE.md), on sentences of our own."""
from decimal import Decimal

import pytest

from govparse import parse


def ms(s):
    return parse(s).metrics


def by_text(s):
    return {m.text: m for m in ms(s)}


@pytest.mark.parametrize("sentence, text, approx", [
    ("全镇共有企业1000余家。", "1000余家", "over"),
    ("清理垃圾50多吨。", "50多吨", "over"),
    ("清除淤泥约1.35万立方米。", "1.35万立方米", "about"),
    ("累计接种超过17.3万针。", "17.3万针", "over"),
    ("优良天数比例逾80%。", "80%", "over"),
    ("五项工程完成总进度的50%以上。", "50%", "over"),
    ("参与群众500人左右。", "500人", "about"),
    ("辖区面积不足2平方公里。", "2平方公里", "under"),
    ("新建道路近3公里。", "3公里", "about"),
    ("完成产值12亿元。", "12亿元", "exact"),
])
def test_approx(sentence, text, approx):
    m = by_text(sentence)[text]
    assert m.approx == approx
    assert text in m.text


def test_growth_is_signed():
    d = by_text("总磷浓度0.05mg/L,同比下降28%;产值增长7%。")
    assert d["28%"].role == "growth" and d["28%"].value == Decimal(-28)
    assert d["7%"].role == "growth" and d["7%"].value == Decimal(7)


def test_growth_takes_name_of_metric_that_grows():
    d = by_text("实现税收收入8.2亿元,同比增幅5.1%。")
    assert d["5.1%"].name == d["8.2亿元"].name == "税收收入"


def test_distributive_pairs_in_order():
    m = ms("完成工业总产值12.5亿元、税收3.2亿元,同比分别增长8.1%、下降2.4%。")
    growth = [x for x in m if x.role == "growth"]
    assert [(g.value, g.name) for g in growth] == [(Decimal("8.1"), "工业总产值"), (Decimal("-2.4"), "税收")]


def test_change_is_signed():
    d = by_text("行政经费减少710.50万元。")
    m = d["710.50万元"]
    assert m.role == "change" and m.value == Decimal(-7105000)


@pytest.mark.parametrize("sentence, text, role", [
    ("完成一般公共预算收入5亿元,占年度目标任务的40%。", "40%", "share"),
    ("竣工项目3个,完成年度目标任务的150%。", "150%", "share"),
    ("首针接种率达95%。", "95%", "share"),
    ("计划投资20亿元建设新城。", "20亿元", "target"),
    ("示范中心项目(年度投资3亿元)开工。", "3亿元", "target"),
    ("预计全年完成产值117亿元。", "117亿元", "target"),
    ("招引超1000万元新兴服务业项目6个。", "1000万元", "threshold"),
    ("为60岁以上老人体检。", "60岁", "threshold"),
    ("完成5000万元以上项目3个。", "5000万元", "threshold"),
    ("新增就业人员2252名。", "2252名", "value"),
])
def test_roles(sentence, text, role):
    assert by_text(sentence)[text].role == role


def test_threshold_approx():
    d = by_text("招引超1000万元新兴服务业项目6个。")
    assert d["1000万元"].approx == "over"


@pytest.mark.parametrize("sentence, text, name", [
    ("截至目前,完成一般公共预算收入3.4亿元。", "3.4亿元", "一般公共预算收入"),
    ("新增就业人员2252名,其中高校毕业生725名。", "725名", "高校毕业生"),
    ("新增就业人员2252名,其中高校毕业生725名。", "2252名", "新增就业人员"),
    ("限上零售业营业额完成1.58亿元,增幅7.46%。", "7.46%", "限上零售业营业额"),
    ("对底册上1000余家楼宇企业进行走访。", "1000余家", "楼宇企业"),
    ("共拆除违法建设41处。", "41处", "拆除违法建设"),
])
def test_names(sentence, text, name):
    assert by_text(sentence)[text].name == name


def test_plan_part_amounts_are_targets():
    text = "一、工作回顾\n今年完成改造10个。\n2024年,街道将继续完成改造20个。\n"
    d = by_text(text)
    assert d["10个"].role == "value" and d["20个"].role == "target"


def test_lost_numbers_are_missing_never_guessed():
    text = ("今年月,一般公共预算收入亿元,规上工业总产值亿元,固定资产投资亿元。"
            "这个面积不足平方公里的街道,常住人口约万人,辖区有余家企业。")
    lost = [m for m in ms(text) if m.missing]
    assert [m.text for m in lost] == ["亿元", "亿元", "亿元", "平方公里", "万人", "余家"]
    assert all(m.value is None for m in lost)
    assert [m.approx for m in lost][-3:] == ["under", "about", "over"]
    assert lost[0].name == "一般公共预算收入"


def test_ordinary_words_are_not_lost_numbers():
    text = "一般公共预算收入亿元,工业产值亿元,投资亿元。辖区有多家单位,个人和企业一起参与,建设了一批项目。"
    lost = [m.text for m in ms(text) if m.missing]
    assert lost == ["亿元", "亿元", "亿元"]


def test_bare_wan_is_money_only_in_money_context():
    assert [(m.text, m.unit) for m in ms("设立规模达1000万的发展基金。")] == [("1000万", "CNY")]
    (m,) = ms("常住人口约10万。")  # the guide: a bare magnitude counts, with no classifier
    assert (m.value, m.unit, m.classifier, m.approx) == (Decimal("100000"), "count", None, "about")


def test_growth_cue_inside_a_name_is_kept():
    d = by_text("规模以上工业增加值增长7.5%。")
    assert d["7.5%"].name == "规模以上工业增加值" and d["7.5%"].role == "growth"


def test_distributive_growth_continues_through_and():
    m = ms("城镇居民人均可支配收入52340元,农村居民人均可支配收入28760元,分别增长5.6%和7.1%。")
    growth = [x for x in m if x.kind == "percent"]
    assert [(g.role, g.name) for g in growth] == [("growth", "城镇居民人均可支配收入"),
                                                 ("growth", "农村居民人均可支配收入")]


def test_points_of_growth_take_the_share_they_grow():
    d = by_text("研发经费投入占GDP比重达到2.8%,比上年提高0.3个百分点。")
    assert d["0.3个百分点"].role == "change"  # points are the absolute change of a rate (GUIDE: change)
    assert d["0.3个百分点"].name == d["2.8%"].name == "研发经费投入"  # the guide: without 占…比重


def test_plan_heading_makes_targets():
    text = "一、工作回顾\n今年新增就业1.2万人。\n二、2024年主要目标\n新增城镇就业1万人以上。\n"
    d = by_text(text)
    assert d["1.2万人"].role == "value" and d["1万人"].role == "target"


def test_names_are_never_only_function_words():
    for m in ms("引进亿元以上项目28个,其中10亿元以上项目6个。"):
        assert m.name not in ("其中", "以上")


def test_level_reached_is_not_growth():
    d = by_text("水质达标率提升至95%以上。")
    assert d["95%"].role == "share" and d["95%"].name == "水质达标率" and d["95%"].approx == "over"


def test_share_frame_alone_takes_the_metric_before_it():
    d = by_text("完成工业投资45.2亿元,同比增长18.6%,占全年目标任务的52.1%。")
    assert d["52.1%"].role == "share" and d["52.1%"].name == "工业投资"


def test_amount_said_again_keeps_its_metric():
    d = by_text("新增高新技术企业23家,累计达到215家。整治河道7条共15.4公里。")
    assert d["215家"].name == "新增高新技术企业"
    assert d["15.4公里"].name == "整治河道"


@pytest.mark.parametrize("sentence", [
    "万元GDP能耗下降3%。", "每万人拥有医生30名。", "引进亿元以上项目5个。", "培育亿元级企业3家。",
])
def test_magnitude_units_used_as_adjectives_are_not_lost_numbers(sentence):
    assert not [m for m in ms(sentence) if m.missing]


def test_change_takes_the_metric_that_changes():
    d = by_text("完成一般公共预算收入4.3亿元,较上年增加0.5亿元。")
    assert d["0.5亿元"].role == "change" and d["0.5亿元"].name == "一般公共预算收入"


@pytest.mark.parametrize("sentence, names", [
    ("甲园区、乙园区和丙园区分别实现产值12亿元、8亿元和5亿元。", ["甲园区产值", "乙园区产值", "丙园区产值"]),
    ("城镇和农村居民人均可支配收入分别达到5.2万元和2.9万元。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("全年安全生产事故起数和死亡人数实现双下降,分别下降12%和15%。", ["安全生产事故起数", "死亡人数"]),
    ("东山陈安置房和裴家里区块安置房分别完成总工程量的85%和18%。",
     ["东山陈安置房完成总工程量", "裴家里区块安置房完成总工程量"]),
])
def test_distributive_subjects(sentence, names):
    assert [m.name for m in ms(sentence)] == names
