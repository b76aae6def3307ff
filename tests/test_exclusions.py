"""What is not a quantity stays out (GUIDE.md, 'Exclude')."""
import pytest

from govparse import parse


def texts(s):
    return [m.text for m in parse(s).metrics]


@pytest.mark.parametrize("sentence", [
    "2022年工作总结。",                    # a year
    "1-10月,经济平稳。",                   # a period
    "1—5月份情况良好。",
    "上半年经济稳中有进。",
    "12月底前完成。",
    "发布时间:2023-01-06 09:02",          # date and time
    "入选第七批名录。",                    # ordinals
    "召开第十二届文化节。",
    "学习二十大精神。",
    "区委四届八次全会召开。",
    "李大河整治(二期)推进中。",
    "构建“1357”体系。",                   # names and slogans with numbers
    "做好654扬尘专项整治工作。",
    "打赢“1.27”疫情防控遭遇战。",
    "监测PM2.5数值。",
    "落实“六个100%”要求。",
    "打好三大保卫战。",
    "形成一企一策。",
    "认真对照两个责任清单。",
    "从点线面三个层面提升。",
    "做好以下六个方面的工作。",
    "招引一批高质量项目。",
    "千方百计保持增长。",
    "走进千家万户。",
    "做到三天一会商、一周一计划。",
    "按照三化九场景要求推进。",
    "落实安装使用有效三个百分百的要求。",
    "招引宝马4S旗舰店。",
    "推进物业管理提升工作2.0升级版。",
])
def test_excluded(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("盘活低效用地三块。", ["三块"]),
    ("圆满完成四个老小区改造。", ["四个"]),
    ("联系转运千余人。", ["千余人"]),
    ("大气监测点三公里内控烟。", ["三公里"]),
])
def test_chinese_numeral_counts_of_things(sentence, expected):
    assert texts(sentence) == expected


def test_malformed_number_not_reported_as_a_confident_value():
    # 1.2.3亿元: no metric may claim 2.3 or 3 亿元; it is reported, flagged, with no value
    (m,) = parse("完成收入1.2.3亿元。").metrics
    assert m.text == "1.2.3亿元" and m.value is None and not m.missing
    assert m.warnings == ("malformed_number",) and m.kind == "money"


def test_number_after_a_line_break_that_follows_digits_is_flagged():
    (m,) = parse("完成收入12.7\n6亿元。\n").metrics
    assert m.text == "6亿元" and m.warnings == ("number_may_continue_previous_line",)


def test_number_broken_inside_a_long_wrapped_line_is_joined():
    text = "今年以来街道经济运行平稳各项指标完成情况良好完成一般公共预算收入12.\n76亿元,同比增长5%。\n"
    assert [m.text for m in parse(text).metrics][0] == "12.\n76亿元"
    assert parse(text).metrics[0].value == 1276000000


@pytest.mark.parametrize("text", ["如表2所示，收入增长。", "详见图3所示数据。", "提供7×24小时服务。", "开展7*24小时值守。"])
def test_figure_numbers_and_products_are_no_amounts(text):
    assert parse(text).metrics == ()


def test_a_delegate_count_after_biao_stays():
    assert [m.text for m in parse("选出代表300人。").metrics] == ["300人"]


def test_markup_left_in_a_text_is_no_part_of_a_name():
    assert [m.name for m in parse("</script>营收增长5%。<p>利润增长3%</p>").metrics] == ["营收", "利润"]
