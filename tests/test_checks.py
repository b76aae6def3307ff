"""A report's own arithmetic: each rule fires on a sentence that breaks it and stays silent on
its rounded twin; a generated consistent passage gives no finding, one part moved gives one."""
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govparse
from govparse.cli import main


def rules(text):
    return [f.rule for f in govparse.parse(text).check()]


@pytest.mark.parametrize("broken,honest", [
    ("全年外贸进出口总额860亿元，其中出口510亿元，进口380亿元。", "全年外贸进出口总额860亿元，其中出口510亿元，进口350亿元。"),
    ("年末户籍人口52.3万人，其中城镇人口20.1万人，乡村人口30.2万人。", "年末户籍人口52.3万人，其中城镇人口20.1万人，乡村人口32.2万人。"),
    ("地区生产总值320亿元。其中，第一产业增加值30亿元；第二产业增加值120亿元；第三产业增加值160亿元。",
     "地区生产总值320亿元。其中，第一产业增加值30亿元；第二产业增加值130亿元；第三产业增加值160亿元。"),
])
def test_parts_sum(broken, honest):
    assert rules(broken) == ["parts_sum"] and rules(honest) == []


def test_a_part_after_qizhong_is_no_larger_than_its_total():
    assert rules("完成固定资产投资85亿元，其中工业投资91亿元。") == ["parts_sum"]
    assert rules("完成固定资产投资85亿元，其中工业投资41亿元，民间投资60亿元。") == []  # parts may overlap


def test_structure_ratio_and_shares():
    assert rules("全县三次产业结构调整为12.1:40.2:49.7。") == ["structure"]
    assert rules("全县三次产业结构调整为12.1:40.2:47.7。") == []
    assert rules("全县三次产业结构调整为12:40:49。") == []  # 101 is within the rounding of three whole numbers
    assert rules("三次产业增加值占比分别为10.5%、39.8%和52.7%。") == ["structure"]
    assert rules("三次产业增加值占比分别为10.5%、39.8%和49.7%。") == []
    assert rules("人口、面积、产值之比为1:2:7。") == []  # a ratio, not percents


def test_share_ratio():
    assert rules("进出口总额200亿元，其中出口120亿元，占62%。") == ["share_ratio"]
    assert rules("进出口总额200亿元，其中出口120亿元，占60%。") == []
    assert rules("税收收入30.6亿元，其中增值税12.3亿元，占40.2%。") == []  # 12.3/30.6 = 40.196…


def test_completion():
    assert rules("一般公共预算收入完成30亿元，为预算25亿元的112%。") == ["completion"]
    assert rules("一般公共预算收入完成30亿元，为预算25亿元的120%。") == []
    assert rules("投资共为493亿元，超过原定计划427.4亿元的15.3%。") == []  # the excess over the plan


def test_growth_levels_nominal_only():
    assert rules("居民储蓄存款由1559亿元增加到2570亿元，增长71.2%。") == ["growth_levels"]
    assert rules("居民储蓄存款由1559亿元增加到2570亿元，增长64.8%。") == []
    assert rules("财政收入从2017年的100亿元增加到2022年的161亿元，年均增长12%。") == ["growth_levels"]
    assert rules("财政收入从2017年的100亿元增加到2022年的161亿元，年均增长10%。") == []
    assert rules("国内生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。") == []  # real, not nominal
    assert rules("全市财政收入51304亿元，比上年增加7543亿元，增长19.2%。") == ["growth_levels"]
    assert rules("全市财政收入51304亿元，比上年增加7543亿元，增长17.2%。") == []


def test_range_order():
    assert rules("预计增长8%-6%。") == ["range_order"]
    assert rules("预计增长6%-8%，能耗下降2%-3%。") == []


def test_approximate_figures_are_never_checked():
    assert rules("全年外贸进出口总额约860亿元，其中出口510亿元，进口380亿元。") == []


def test_a_finding_names_every_amount_and_quotes_them():
    (f,) = govparse.parse("全年外贸进出口总额860亿元，其中出口510亿元，进口380亿元。").check()
    assert [m.text for m in f.metrics] == ["860亿元", "510亿元", "380亿元"]
    assert (f.stated, f.expected) == (Decimal("86000000000"), Decimal("89000000000"))
    assert "510亿元" in f.message and "380亿元" in f.message and "860亿元" in f.message


def test_a_figure_stated_again_differently_in_a_later_report():
    a = govparse.parse("2023年绍兴市政府工作报告\n一、2022年工作回顾\n全市地区生产总值7351亿元。", source="2023")
    b = govparse.parse("2024年绍兴市政府工作报告\n一、2023年工作回顾\n2022年全市地区生产总值7451亿元。", source="2024")
    (f,) = govparse.check_series([a, b])
    assert f.rule == "revised" and [m.text for m in f.metrics] == ["7351亿元", "7451亿元"]
    same = govparse.parse("2024年绍兴市政府工作报告\n一、2023年工作回顾\n2022年全市地区生产总值7351亿元。", source="x")
    assert govparse.check_series([a, same]) == []


def _written(value: Decimal, places: int) -> str:
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


@settings(max_examples=80, deadline=None)
@given(st.integers(100, 999_999), st.integers(100, 999_999), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2),
       st.integers(0, 1), st.booleans())
def test_a_consistent_passage_is_silent_and_one_moved_part_gives_one_finding(a, b, pa, pb, pt, which, up):
    tax, other = Decimal(a) / 100, Decimal(b) / 100  # 亿元, to two places
    total = tax + other
    text = "一般公共预算收入{}亿元，其中税收收入{}亿元，非税收入{}亿元。"
    parts = [_written(tax, pa), _written(other, pb)]
    assert govparse.parse(text.format(_written(total, pt), *parts)).check() == []
    tolerance = sum(Decimal(5) * Decimal(10) ** (-p - 1) for p in (pa, pb, pt))
    place = (pa, pb)[which]
    step = (2 * tolerance + Decimal(10) ** -place) * (1 if up else -1)
    moved = (tax, other)[which] + step
    if moved <= 0:
        return
    parts[which] = _written(moved, place)
    found = govparse.parse(text.format(_written(total, pt), *parts)).check()
    assert [f.rule for f in found] == ["parts_sum"]


def test_the_check_command_is_a_linter(tmp_path, capsys):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text("标题\n全年外贸进出口总额860亿元，其中出口510亿元，进口380亿元。\n", encoding="utf-8")
    good.write_text("全年外贸进出口总额860亿元，其中出口510亿元，进口350亿元。\n", encoding="utf-8")
    assert main(["check", str(good)]) == 0
    assert main(["check", str(bad)]) == 1
    assert f"{bad}:2: parts_sum" in capsys.readouterr().out
    assert main(["check", str(bad), "--format", "json"]) == 1
    (row,) = json.loads(capsys.readouterr().out)
    assert row["rule"] == "parts_sum" and row["expected"] == "89000000000"
    with pytest.raises(SystemExit) as usage:
        main(["check", str(bad), "--format", "xml"])
    assert usage.value.code == 2


def test_the_page_marks_the_amounts_of_each_finding():
    page = govparse.parse("全年外贸进出口总额860亿元，其中出口510亿元，进口380亿元。投资3亿元。").to_html()
    assert page.count('class="m flag"') == 3 and 'class="findings"' in page
    assert "but 外贸进出口总额 is 860亿元" in page


def test_growth_against_the_level_of_the_report_before():
    a = govparse.parse("2023年绍兴市政府工作报告\n一、2022年工作回顾\n全市一般公共预算收入400亿元。", source="a")
    b = govparse.parse("2024年绍兴市政府工作报告\n一、2023年工作回顾\n全市一般公共预算收入420亿元，增长9%。", source="b")
    (f,) = govparse.check_series([a, b])
    assert f.rule == "growth_levels" and [m.text for m in f.metrics] == ["400亿元", "420亿元", "9%"]
    fine = govparse.parse("2024年绍兴市政府工作报告\n一、2023年工作回顾\n全市一般公共预算收入420亿元，增长5%。")
    assert govparse.check_series([a, fine]) == []
    real = govparse.parse("2024年绍兴市政府工作报告\n一、2023年工作回顾\n全市一般公共预算收入420亿元，扣除物价因素实际增长9%。")
    assert govparse.check_series([a, real]) == []


def test_a_qizhong_list_ends_where_another_total_of_its_kind_starts():
    assert rules("完成工业固定资产投资2.5亿元，其中技改投资1.1亿元，服务业固定资产投资18.6亿元，其中物流投资3亿元。") == []


def test_a_qizhong_after_a_bracket_lists_the_parts_of_what_the_bracket_explains():
    assert rules("列入重点项目共12个(省重点5个、市重点7个)，其中续建项目3个，新建项目9个。") == []
