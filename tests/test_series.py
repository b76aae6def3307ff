"""Comparable across reports: period, basis, range bounds, indicators and series (sentences of our own)."""
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govparse
from govparse.passes.indicators import INDICATORS, lookup
from govparse.passes.periods import five_year_plan, review_year

NATIONAL = ("政府工作报告\n——2031年3月5日在全国人民代表大会上\n各位代表：\n一、过去一年工作回顾\n"
            "过去一年，国内生产总值增长4.1%，城镇新增就业1180万人。全年粮食产量1.4万亿斤。\n"
            "上半年，居民消费价格同比上涨1.2%。前三季度进出口总额比2025年增长9%。\n"
            "五年来，国内生产总值年均增长4.8%。\n"
            "二、2031年经济社会发展总体要求和政策取向\n"
            "今年发展主要预期目标是：国内生产总值增长4.5%左右；城镇新增就业1200万人以上；居民消费价格涨幅3%左右。\n"
            "去年财政收入超收800亿元。\n")


def metric(report, text):
    return next(m for m in report.metrics if m.text == text)


def test_report_year_from_title_date_or_headings():
    assert govparse.parse(NATIONAL).year == 2030
    assert govparse.parse("红星街道2029年工作总结\n全年完成投资3亿元。").year == 2029
    assert review_year(None, None, "一、2017年工作回顾\n").review == 2017
    assert review_year(None, None, "二、2018年主要任务\n").review == 2017
    assert govparse.parse("完成投资3亿元。").year is None
    # a review headed without its year: the paragraph that opens it says which, though the plan
    # after it names its own year more often
    r = govparse.parse("各位代表：\n一、去年工作回顾\n\n2031年，地区生产总值增长6%。\n"
                       "二、今年的工作\n2032年是关键之年，2032年要完成投资5亿元。")
    assert r.year == 2031 and [m.period for m in r.metrics] == ["2031", "2032"]
    assert govparse.parse("完成投资3亿元。", year=2012).year == 2012


def test_period_from_the_clause_the_part_and_the_report():
    r = govparse.parse(NATIONAL)
    assert metric(r, "4.1%").period == "2030"  # 过去一年, spoken in 2031
    assert metric(r, "1.4万亿斤").period == "2030"  # 全年, in the review part
    assert metric(r, "1.2%").period == "2030-01/2030-06"  # 上半年
    assert metric(r, "9%").period == "2030-01/2030-09"  # 前三季度; 2025 is a base, not the period
    assert metric(r, "4.8%").period == "2026/2030"  # 五年来
    assert metric(r, "4.5%").period == "2031" and metric(r, "4.5%").role == "target"  # the plan part


def test_month_ranges_years_and_five_year_plans():
    r = govparse.parse("2027年1-10月，全市完成投资3亿元。“十四五”期间累计新增就业5万人。", year=2027)
    assert [m.period for m in r.metrics] == ["2027-01/2027-10", "2021/2025"]
    assert five_year_plan(15) == "2026/2030" and five_year_plan(10) == "2001/2005"


def test_an_earlier_year_quoted_in_the_plan_part_is_no_target():
    r = govparse.parse(NATIONAL)
    quoted = metric(r, "800亿元")
    assert quoted.period == "2030" and quoted.role != "target"
    assert metric(r, "1200万人").role == "target"


def test_basis_of_growth_and_change():
    r = govparse.parse("工业增加值同比增长6%，环比增长0.5%，年均增长7%，"
                       "人均住房面积比2015年增加2.8平方米，失业率较五年前下降1.5个百分点，比上年提高2%。", year=2030)
    assert [(m.basis, m.base_period) for m in r.metrics] == [
        ("yoy", None), ("mom", None), ("annual_avg", None), ("base", "2015"), ("base", "2025"), ("yoy", None)]
    assert govparse.parse("完成投资3亿元。").metrics[0].basis is None  # a plain amount has none


def test_indicator_ids_aliases_and_kinds():
    assert lookup("地区生产总值", "money") == lookup("GDP", "percent") == "gdp"
    assert lookup("全县规上工业增加值", "percent") == "industrial_value_added_above_scale"
    assert lookup("新增城镇就业", "count") == "urban_new_jobs"
    assert lookup("城镇调查失业率", "money") is None  # a rate's indicator needs a rate
    assert lookup("社区活动中心", "count") is None
    assert len(INDICATORS) >= 80
    for iid in ("gdp", "cpi", "urban_new_jobs", "surveyed_unemployment", "registered_unemployment",
                "deficit_ratio", "general_budget_revenue", "industrial_value_added_above_scale", "retail_sales",
                "fixed_asset_investment", "disposable_income_per_capita", "grain_output", "foreign_trade",
                "fdi_actual"):
        assert iid in INDICATORS
    r = govparse.parse(NATIONAL)
    assert metric(r, "4.1%").indicator == "gdp" and metric(r, "1180万人").indicator == "urban_new_jobs"
    assert metric(r, "4.1%").name == "国内生产总值"  # the name stays as written


def test_range_bounds_rebuild_the_interval():
    r = govparse.parse("今年经济增长预期目标为6%－6.5%，城镇新增就业1100万人以上。", year=2030)
    low, high = r.metrics[:2]
    assert (low.bound, high.bound, low.group == high.group) == ("low", "high", True)
    assert (low.value, high.value) == (6, 6.5) and r.metrics[2].bound is None


def test_series_frame_and_the_json_round_trip():
    r = govparse.parse(NATIONAL, source="r2031.txt")
    df = govparse.series([r], indicator="gdp")
    assert set(df.indicator) == {"gdp"} and list(df.year.unique()) == [2030]
    targets = df[df.role == "target"]
    assert targets[["period", "value"]].values.tolist() == [["2031", 4.5]]
    assert len(govparse.series(r, role="target")) == 3
    with pytest.raises(ValueError, match="unknown indicator"):
        govparse.series([r], indicator="gpd")
    back = govparse.Report.from_json(r.to_json(), r.text)
    assert back.metrics == r.metrics and back.year == 2030
    row = next(govparse.outputs.formats.rows([r]))
    assert {"period", "basis", "base_period", "indicator", "bound", "group"} <= set(row)


def test_cli_series(tmp_path):
    p = tmp_path / "2031.txt"
    p.write_text(NATIONAL, encoding="utf-8")
    out = tmp_path / "s.csv"
    done = subprocess.run([sys.executable, "-m", "govparse.cli", "series", str(p), "--indicator", "gdp",
                           "--role", "target", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("source,issuer,region,region_code,region_level,date,year,indicator") and len(lines) == 2 and ",2031," in lines[1]
    bad = subprocess.run([sys.executable, "-m", "govparse.cli", "series", str(p), "--indicator", "nope"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "unknown indicator" in bad.stderr


ISO = re.compile(r"^[0-9]{4}(?:-[0-9]{2})?(?:/[0-9]{4}(?:-[0-9]{2})?)?$")
PIECES = st.sampled_from(["2022年", "1-10月", "上半年", "前三季度", "年末", "去年", "今年", "五年来", "过去五年",
                          "“十三五”期间", "全年", "比2015年", "同比", "增长5%", "完成投资3亿元", "，", "。", "\n",
                          "二〇二一年", "一季度", "3至5万人", "年均增长6%"])


@given(st.lists(PIECES, max_size=14), st.one_of(st.none(), st.integers(1950, 2040)))
def test_every_period_is_iso_8601(pieces, year):
    r = govparse.parse("".join(pieces), year=year)
    for m in r.metrics:
        assert m.period is None or ISO.match(m.period), m.period
        assert m.base_period is None or ISO.match(m.base_period), m.base_period
        assert m.basis in (None, "yoy", "mom", "annual_avg", "base")


def test_national_targets_example(root, tmp_path):
    corpus = root.parent / "shared" / "corpora" / "gwr"
    if not corpus.is_dir():
        pytest.skip("../shared/corpora/gwr is not beside the project")
    done = subprocess.run([sys.executable, str(root / "examples" / "national_targets.py"), str(corpus),
                           "--out", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    import pandas as pd

    years = pd.read_csv(tmp_path / "gdp_targets.csv").set_index("year")
    assert years.loc[2023, "target_low"] == 5 and years.loc[2022, "outcome"] == 3
    assert (years.loc[2019, "target_low"], years.loc[2019, "target_high"]) == (6, 6.5)
    assert years.dropna(subset=["target_low", "outcome"]).shape[0] >= 15


def test_the_national_targets_example_says_what_it_needs_and_handles_an_empty_result(root, tmp_path):
    script = str(root / "examples" / "national_targets.py")
    done = subprocess.run([sys.executable, script, str(tmp_path), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no national reports named YEAR.txt" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    (tmp_path / "2021.txt").write_text("各位代表：\n完成工业产值3亿元。\n", encoding="utf-8")
    done = subprocess.run([sys.executable, script, str(tmp_path), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "no GDP target or outcome" in done.stderr and "Traceback" not in done.stderr
