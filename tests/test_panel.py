"""Panels across regions: series rows carry the region; panel gathers a cell's value,
growth and target; the latest report's figure wins; the CLI writes the CSV."""
import csv
from decimal import Decimal

import pytest

import govparse
from govparse.cli import main
from govparse.outputs.formats import series_rows
from govparse.outputs.panel import panel_rows

Y23 = ("2023年台州市政府工作报告\n——2023年1月10日\n一、2022年工作回顾\n全市地区生产总值6041亿元，增长3.8%。\n"
       "二、2023年主要目标\n地区生产总值增长6%-6.5%。")
Y24 = "2024年台州市政府工作报告\n——2024年1月9日\n一、2023年工作回顾\n全市地区生产总值6240亿元，增长6.2%。"
OTHER = "2024年嘉兴市政府工作报告\n——2024年1月8日\n一、2023年工作回顾\n全市地区生产总值7062亿元，增长6.3%。"


def test_series_rows_carry_the_region():
    (row, _) = list(series_rows([govparse.parse(Y24)], indicator="gdp"))
    assert (row["region"], row["region_code"], row["region_level"]) == ("浙江省台州市", "331000", "prefecture")


def test_a_cell_gathers_value_growth_and_a_target_range():
    rows = list(panel_rows([govparse.parse(Y23)], "gdp"))
    assert [(r["period"], r["value"], r["growth"], r["target_low"], r["target_high"]) for r in rows] == [
        ("2022", Decimal("604100000000"), Decimal("3.8"), None, None),
        ("2023", None, None, Decimal("6"), Decimal("6.5"))]


def test_the_later_report_states_the_outcome_of_the_year_its_target_was_set_for():
    rows = {(r["region_code"], r["period"]): r for r in panel_rows(map(govparse.parse, [Y24, OTHER, Y23]), ["gdp"])}
    cell = rows[("331000", "2023")]
    assert (cell["value"], cell["growth"], cell["target_low"]) == (Decimal("624000000000"), Decimal("6.2"), Decimal("6"))
    assert rows[("330400", "2023")]["value"] == Decimal("706200000000")
    assert "6240亿元" in cell["quote"]


def test_panel_frame_and_unknown_indicator():
    pytest.importorskip("pandas")
    frame = govparse.panel([govparse.parse(Y23), govparse.parse(Y24)], indicators="gdp")
    assert frame[["region_code", "period", "value"]].values.tolist()[:1] == [["331000", "2022", 604100000000.0]]
    with pytest.raises(ValueError, match="unknown indicator"):
        govparse.panel([govparse.parse(Y23)], indicators="gpd_nonsense")


def test_the_panel_command_writes_one_row_per_cell(tmp_path, capsys):
    for name, text in (("a.txt", Y23), ("b.txt", Y24), ("c.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "panel.csv"
    assert main(["panel", str(tmp_path), "--indicator", "gdp", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["region_code"], r["period"], r["value"]) for r in rows] == [
        ("330400", "2023", "706200000000"), ("331000", "2022", "604100000000"), ("331000", "2023", "624000000000")]
    assert main(["panel", str(tmp_path), "--indicator", "gdp,nonsense"]) == 2
    assert "unknown indicator" in capsys.readouterr().err


def test_growth_is_on_the_year_before_in_percent():
    r = govparse.parse("2024年台州市政府工作报告\n——2024年1月9日\n一、2023年工作回顾\n"
                       "全市一般公共预算收入420亿元，增长1.5倍。全市地区生产总值6240亿元，两年平均增长5.1%。")
    rows = {row["indicator"]: row for row in panel_rows([r])}
    assert rows["general_budget_revenue"]["growth"] == Decimal("150")
    assert rows["gdp"]["growth"] is None  # an average over two years is no growth on the year before


def test_no_row_is_made_of_nothing_but_a_share():
    r = govparse.parse("2024年台州市政府工作报告\n——2024年1月9日\n一、2023年工作回顾\n全市地区生产总值占全省比重为7.2%。")
    assert [(m.role, m.indicator) for m in r.metrics] == [("share", "gdp")] and list(panel_rows([r])) == []
