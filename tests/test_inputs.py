"""PDF, web pages and Word files in: the format told from the bytes, the text extracted, spans into it.

Fixtures are made here (reportlab with its built-in Chinese CID font, python-docx), never downloaded.
"""
import subprocess
import sys

import pytest
from decimal import Decimal

import govparse
from govparse.inputs.extract import sniff

PARAGRAPHS = [
    "红星街道2022年工作总结",
    "一、经济运行",
    "2022年，红星街道坚持稳中求进工作总基调，全年完成一般公共预算收入3.4亿元，同比增长14.69%，新增就业人员"
    "2252名，规上工业总产值完成12.5亿元，同比增长8.1%。",
    "二、2023年工作计划",
    "计划完成固定资产投资5亿元。",
]


def make_pdf(path, width=36):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 11)
    y = 800
    for para in PARAGRAPHS:  # wrapped at the page width, as a PDF lays out a paragraph
        for k in range(0, len(para), width):
            c.drawString(50, y, para[k:k + width])
            y -= 18
    c.showPage()
    c.setFont("STSong-Light", 11)
    c.drawString(50, 800, "第二页：新增市场主体300户。")
    c.save()


def make_docx(path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for para in PARAGRAPHS:
        d.add_paragraph(para)
    table = d.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("指标", "数值", "增速"), ("社会消费品零售总额", "8.6亿元", "5.2%")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.save(str(path))


HTML = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>红星街道2022年工作总结</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/g'>政务公开</a></div><div class='article'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<table><tr><th>指标</th><th>数值</th></tr><tr><td>社会消费品零售总额</td><td>8.6亿元</td></tr></table>"
        "</div><div class='footer'>版权所有 备案号：苏ICP备12345678号 联系电话：0513-12345678 访问量3000次</div>"
        "</body></html>")


def check_spans(r):
    assert all(r.text[m.start:m.end] == m.text for m in r.metrics)


def test_pdf_pages_and_wrapped_lines(tmp_path):
    pytest.importorskip("pypdfium2")
    path = tmp_path / "report.pdf"
    make_pdf(path)
    r = govparse.parse_file(path)
    assert r.source_format == "pdf" and r.title == "红星街道2022年工作总结"
    got = {m.text.replace("\n", ""): (m.value, m.name, m.role) for m in r.metrics}  # text as laid out
    assert got["3.4亿元"] == (340000000, "一般公共预算收入", "value")
    assert got["14.69%"][2] == "growth"
    assert got["2252名"][0] == 2252 and got["12.5亿元"][0] == 1250000000  # a number cut by the wrap is joined
    assert got["5亿元"][2] == "target" and got["300户"][0] == 300
    check_spans(r)
    assert r.to_dict()["source_format"] == "pdf"


def test_web_page_main_text_and_table_rows(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    r = govparse.parse_file(path)
    assert r.source_format == "html"
    assert "首页" not in r.text and "备案号" not in r.text  # menus and footers are not the report
    assert "社会消费品零售总额\t8.6亿元" in r.text  # a table row is one line
    got = {m.text: m for m in r.metrics}
    assert got["8.6亿元"].name == "社会消费品零售总额" and got["3.4亿元"].value == 340000000
    check_spans(r)


def test_word_file_paragraphs_and_tables(tmp_path):
    path = tmp_path / "report.docx"
    make_docx(path)
    r = govparse.parse_file(path)
    assert r.source_format == "docx" and r.title == "红星街道2022年工作总结"
    got = {m.text: m for m in r.metrics}
    assert got["8.6亿元"].name == "社会消费品零售总额" and got["5.2%"].value == Decimal("5.2")
    assert [s.heading for s in r.sections][:1] == ["一、经济运行"]
    check_spans(r)


def test_the_format_comes_from_the_bytes_not_the_name(tmp_path):
    pytest.importorskip("pypdfium2")
    pdf = tmp_path / "really-a-pdf.txt"
    make_pdf(pdf)
    assert govparse.parse_file(pdf).source_format == "pdf"
    page = tmp_path / "saved.txt"
    page.write_text(HTML, encoding="utf-8")
    assert sniff(page.read_bytes()) == "html"
    assert sniff("<p>完成3亿元</p>".encode()) == "html" and sniff("完成<3亿元".encode()) == "text"


def test_a_missing_extra_is_one_clear_error(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pdfium(name, *args, **kwargs):
        if name == "pypdfium2":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pdfium)
    path = tmp_path / "r.pdf"
    path.write_bytes(b"%PDF-1.4\n%fake\n")
    with pytest.raises(govparse.InputError, match=r"needs the \[pdf\] extra: pip install 'govparse\[pdf\]'"):
        govparse.parse_file(path)


def test_damaged_pdf_and_empty_pdf_are_input_errors(tmp_path):
    pytest.importorskip("pypdfium2")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf")
    with pytest.raises(govparse.InputError, match="cannot read as PDF"):
        govparse.parse_file(bad)


def test_cli_reads_a_folder_of_mixed_formats(tmp_path):
    pytest.importorskip("pypdfium2")
    pytest.importorskip("trafilatura")
    make_pdf(tmp_path / "a.pdf")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    make_docx(tmp_path / "c.docx")
    (tmp_path / "d.txt").write_text("完成投资3亿元。", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "govparse.cli", "parse", str(tmp_path), "--format", "jsonl"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    import json

    formats = [json.loads(line).get("source_format", "text") for line in p.stdout.splitlines()]
    assert formats == ["pdf", "html", "docx", "text"]


def test_a_web_page_heading_is_the_title_and_its_counters_are_not_metrics(tmp_path):
    pytest.importorskip("trafilatura")
    page = ("<html><head><title>政府工作报告_门户网</title></head><body><div class='nav'>首页 | 新闻</div>"
            "<div class='article'><h1>2023年温州市政府工作报告</h1>"
            "<div class='info'>发布时间：2023-03-20 10:00 来源：新华社 阅读 98765 次</div>"
            "<p>——2023年1月12日在温州市第十四届人民代表大会第三次会议上</p><p>各位代表：</p>"
            "<p>一、2022年工作回顾</p><p>全市地区生产总值8029亿元，增长3.7%。一般公共预算收入620亿元。</p>"
            "</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    r = govparse.parse_file(path)
    assert (r.title, r.date, r.published, r.region.code) == ("2023年温州市政府工作报告", "2023-01-12", "2023-03-20", "330300")
    assert [m.text for m in r.metrics] == ["8029亿元", "3.7%", "620亿元"]
    assert {m.period for m in r.metrics} == {"2022"}
