"""Real layouts: amounts and words broken across the lines of narrow columns, and long
headings that are never joined to their body."""
from decimal import Decimal

import pytest

import govparse

PARAGRAPH = ("全年实现地区生产总值1523.6亿元，同比增长6.8%；一般公共预算收入98.7亿元，增长12.3%；"
             "新增城镇就业2.35万人，城镇登记失业率控制在3.1%以内；完成造林面积1.26万亩。")


def values(report):
    return [(m.value, m.unit, m.name) for m in report.metrics]


@pytest.mark.parametrize("text,value,unit", [
    ("全年完成固定资产投资1.2万\n亿元，同比增长5%。", Decimal("1200000000000"), "CNY"),
    ("新增耕地1.5万\n亩，完成造林。", Decimal("10000000"), "m**2"),
    ("实现收入1.2万亿\n元，增长3%。", Decimal("1200000000000"), "CNY"),
    ("全年财政收入增长3.5\n%。", Decimal("3.5"), "percent"),
    ("非税收入增长23\n.5%。", Decimal("23.5"), "percent"),
])
def test_an_amount_broken_across_lines_is_one_amount(text, value, unit):
    first = govparse.parse(text).metrics[0]
    assert (first.value, first.unit, first.missing) == (value, unit, False)


def test_a_paragraph_in_a_narrow_column_reads_as_the_paragraph():
    narrow = "\n".join(PARAGRAPH[k:k + 16] for k in range(0, len(PARAGRAPH), 16))
    assert values(govparse.parse("标题\n" + narrow)) == values(govparse.parse("标题\n" + PARAGRAPH))


def test_a_narrow_column_pdf_reads_as_the_text(tmp_path):
    pytest.importorskip("reportlab")
    pytest.importorskip("pypdfium2")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "narrow.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 10)
    y = 800
    for line in ["工作报告"] + [PARAGRAPH[k:k + 16] for k in range(0, len(PARAGRAPH), 16)]:
        c.drawString(40, y, line)
        y -= 14
    c.save()
    assert values(govparse.parse_file(path)) == values(govparse.parse("工作报告\n" + PARAGRAPH))


def _page(body, head="<title>t</title>"):
    return f"<html><head>{head}</head><body>{body}</body></html>".encode("utf-8")


def test_a_page_of_deeply_nested_unclosed_tags_loses_nothing():
    pytest.importorskip("trafilatura")
    body = "<h1>某县2023年工作总结</h1>" + "".join(f"<div><p>第{i}项工程完成投资{i}亿元。" for i in range(1, 401))
    r = govparse.inputs.files.parse_bytes(_page(body), "deep.html")
    assert len(r.metrics) == 400 and [m.value for m in r.metrics][-1] == 400 * 10**8


def test_hidden_content_is_not_read_and_blocks_are_lines():
    pytest.importorskip("trafilatura")
    body = ("<article><h1>某县2023年工作总结</h1><p>全县地区生产总值120亿元，增长5%。</p>"
            "<div style='display: none'><p>全县地区生产总值150亿元，增长9%。</p></div>"
            "<p hidden>隐藏段落投资30亿元。</p><noscript><p>请启用脚本，收入40亿元。</p></noscript>"
            "<template><p>模板收入50亿元。</p></template><p>一般公共预算收入8.5亿元，增长3%。</p></article>")
    r = govparse.inputs.files.parse_bytes(_page(body), "h.html")
    assert [m.text for m in r.metrics] == ["120亿元", "5%", "8.5亿元", "3%"]
    assert r.title == "某县2023年工作总结" and r.text.count("\n") >= 2


def test_a_gbk_page_without_a_charset_reads():
    pytest.importorskip("trafilatura")
    body = "<article><h1>某县工作总结</h1><p>全县地区生产总值120亿元，增长5%。</p><p>全年新增就业1.2万人。</p></article>"
    page = f"<html><body>{body}</body></html>".encode("gbk")
    assert [m.text for m in govparse.inputs.files.parse_bytes(page, "g.html").metrics] == ["120亿元", "5%", "1.2万人"]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word(tmp_path, *xml):
    """A Word file whose body holds these pieces of WordprocessingML, in order."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("某县2023年财政工作总结")
    body = document.element.body
    for piece in xml:
        body.insert(len(body) - 1, parse_xml(piece))  # before the section properties
    path = tmp_path / "w.docx"
    document.save(path)
    return govparse.parse_file(path)


def test_word_content_controls_text_boxes_and_tracked_changes(tmp_path):
    r = _word(tmp_path,
              f'<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>税收收入完成28亿元。</w:t></w:r></w:p></w:sdtContent></w:sdt>',
              f'<w:p {W}><w:r><w:t>非税收入</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>完成6亿元</w:t></w:r></w:ins>'
              f'<w:del w:id="2" w:author="a"><w:r><w:delText>完成9亿元</w:delText></w:r></w:del><w:r><w:t>。</w:t></w:r></w:p>',
              f'<w:p {W}><w:r><w:t>专栏如下。</w:t></w:r><w:r><w:pict><w:textbox><w:txbxContent>'
              f'<w:p><w:r><w:t>专栏：新增减税降费3.2亿元。</w:t></w:r></w:p></w:txbxContent></w:textbox></w:pict></w:r></w:p>')
    assert [(m.text, m.name) for m in r.metrics] == [("28亿元", "税收收入"), ("6亿元", "非税收入"), ("3.2亿元", "新增减税降费")]


def test_a_table_nested_in_a_cell_is_read_after_its_row(tmp_path):
    cell = '<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    inner = f'<w:tbl><w:tr>{cell.format("其中：出口")}{cell.format("亿元")}{cell.format("36.5")}</w:tr></w:tbl>'
    row = f'<w:tr>{cell.format("进出口总额")}{cell.format("亿元")}{cell.format("58.2")}</w:tr>'
    nest = f'<w:tr><w:tc>{inner}<w:p/></w:tc></w:tr>'
    head = f'<w:tr>{cell.format("指标")}{cell.format("单位")}{cell.format("2023年")}</w:tr>'
    r = _word(tmp_path, f'<w:tbl {W}>{head}{row}{nest}</w:tbl>')
    assert [(m.text, m.name) for m in r.metrics] == [("58.2", "进出口总额"), ("36.5", "出口")]


def test_a_damaged_word_file_says_so(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("完成投资3亿元。")
    path = tmp_path / "d.docx"
    document.save(path)
    path.write_bytes(path.read_bytes()[:2000])  # cut short, as a broken download is
    with pytest.raises(govparse.InputError, match="damaged Word file"):
        govparse.parse_file(path)


def test_a_pdf_without_a_usable_text_layer_is_an_input_error(tmp_path, monkeypatch):
    pdfium = pytest.importorskip("pypdfium2")
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "cid.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(40, 800, "placeholder")
    c.save()
    # what pdfium gives for a CID font without a ToUnicode map: the glyph numbers as control characters
    monkeypatch.setattr(pdfium.PdfTextPage, "get_text_bounded", lambda self, *a, **k: "\x03\x11\x07\x1a\x02" * 20)
    with pytest.raises(govparse.InputError, match="cid.pdf: page 1 has no usable text layer.*OCR"):
        govparse.parse_file(path)


def test_identical_consecutive_paragraphs_of_a_page_are_both_read():
    pytest.importorskip("trafilatura")
    body = ("<article><h1>某县工作总结</h1><p>新建学校2所。</p><p>新建学校2所。</p>"
            "<p>全县地区生产总值120亿元，增长5%。</p></article>")
    r = govparse.inputs.files.parse_bytes(_page(body), "twice.html")
    assert [m.text for m in r.metrics] == ["2所", "2所", "120亿元", "5%"]
