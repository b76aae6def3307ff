"""Tables read as data: each numeric cell one metric, named by its row, in the unit its row or
column states, with the role and period its column names; in text, DOCX and HTML alike."""
import io

import pytest

import govparse

ROWS = [("指标", "单位", "2023年", "比上年增长(%)"), ("一般公共预算收入", "亿元", "56.7", "8.2"),
        ("进出口总额", "万美元", "3456", "-2.5"), ("新增城镇就业", "万人", "1.25", "")]
WANT = [("56.7", 5670000000, "CNY", "value", "一般公共预算收入", "2023"),
        ("8.2", 8.2, "percent", "growth", "一般公共预算收入", "2023"),
        ("3456", 34560000, "USD", "value", "进出口总额", "2023"),
        ("-2.5", -2.5, "percent", "growth", "进出口总额", "2023"),
        ("1.25", 12500, "count", "value", "新增城镇就业", "2023")]


def got(report):
    for m in report.metrics:
        assert report.text[m.start:m.end] == m.text
    return [(m.text, float(m.value), m.unit, m.role, m.name, m.period) for m in report.metrics]


def test_a_tab_separated_table():
    text = "全县主要经济指标\n" + "\n".join("\t".join(r) for r in ROWS) + "\n"
    assert got(govparse.parse(text)) == WANT


def test_a_table_whose_columns_are_runs_of_spaces():
    text = "全县主要经济指标\n" + "\n".join("    ".join(c or "—" for c in r) for r in ROWS) + "\n"
    assert got(govparse.parse(text)) == WANT


def test_units_in_brackets_of_the_header_or_the_label():
    text = "指标\t2022年(亿元)\t比上年增长(%)\n地区生产总值\t1890.2\t4.5\n常住人口(万人)\t\t0.3\n"
    assert got(govparse.parse(text)) == [("1890.2", 189020000000, "CNY", "value", "地区生产总值", "2022"),
                                         ("4.5", 4.5, "percent", "growth", "地区生产总值", "2022"),
                                         ("0.3", 0.3, "percent", "growth", "常住人口", "2022")]


def test_a_unit_cell_is_no_lost_number_and_a_number_without_a_unit_is_not_read():
    r = govparse.parse("指标\t单位\t数量\n新建学校\t所\t12\n接待游客\t\t3400\n")
    assert [(m.text, m.unit, m.missing) for m in r.metrics] == [("12", "count", False)]


def test_a_docx_table():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("2023年全县国民经济主要指标")
    table = document.add_table(rows=len(ROWS), cols=4)
    for i, row in enumerate(ROWS):
        for k, cell in enumerate(row):
            table.cell(i, k).text = cell
    data = io.BytesIO()
    document.save(data)
    assert got(govparse.inputs.files.parse_bytes(data.getvalue(), "t.docx")) == WANT


def test_an_html_table():
    pytest.importorskip("trafilatura")
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    page = (f"<html><body><article><h1>2023年全县国民经济主要指标</h1><p>全县经济运行平稳。</p>"
            f"<table>{cells}</table><p>以上数据为初步统计。</p></article></body></html>")
    assert got(govparse.inputs.files.parse_bytes(page.encode("utf-8"), "t.html")) == WANT
