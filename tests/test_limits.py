"""Limits with clear errors: a file that would inflate, run on or swell past what a report holds is
refused for that file alone, before the memory is spent. Small bombs are made here."""
import zipfile
import zlib

import pytest

import govparse
from govparse import cli
from govparse.errors import InputError
from govparse.inputs.limits import MB, Limits

from test_inputs import make_docx, make_pdf


def docx_bomb(path, size):
    """A valid DOCX whose document.xml inflates to ``size`` bytes of empty paragraphs."""
    make_docx(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    body = b"<w:p/>" * (size // 6)
    head, tail = parts["word/document.xml"].split(b"<w:body>", 1)
    parts["word/document.xml"] = head + b"<w:body>" + body + tail
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def pdf_bomb(path, size):
    """A PDF with one content stream that inflates to ``size`` zero bytes."""
    stream = zlib.compress(b"\0" * size, 9)
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\n"
                     b"stream\n" + stream + b"\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n")


def test_a_docx_that_inflates_past_the_limit_is_refused_before_it_is_read(tmp_path):
    pytest.importorskip("docx")
    docx_bomb(tmp_path / "b.docx", 2 * MB)
    with pytest.raises(InputError, match="inflates past 1,048,576 bytes .max_inflated."):
        govparse.parse_file(tmp_path / "b.docx", max_inflated=MB)


def test_a_pdf_stream_that_inflates_past_the_limit_is_refused(tmp_path):
    pdf_bomb(tmp_path / "b.pdf", 8 * MB)
    with pytest.raises(InputError, match="max_inflated"):
        govparse.parse_file(tmp_path / "b.pdf", max_inflated=2 * MB)


def test_page_count_html_size_and_file_size(tmp_path):
    pytest.importorskip("pypdfium2")
    make_pdf(tmp_path / "r.pdf")  # two pages
    with pytest.raises(InputError, match="2 pages is over the limit of 1 .max_pages."):
        govparse.parse_file(tmp_path / "r.pdf", max_pages=1)
    (tmp_path / "p.html").write_text("<html><body><p>完成投资3亿元。</p>" + " " * 5000 + "</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="max_html_bytes"):
        govparse.parse_file(tmp_path / "p.html", max_html_bytes=1000)
    (tmp_path / "r.txt").write_text("完成投资3亿元。" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="max_bytes"):
        govparse.parse_file(tmp_path / "r.txt", max_bytes=100)
    with pytest.raises(TypeError):
        govparse.parse_file(tmp_path / "r.txt", max_byte=100)  # a misspelt limit is no silent default


def test_the_defaults_pass_real_reports_and_refuse_a_bomb():
    d = Limits()
    assert d.max_pages >= 500 and d.max_bytes >= 50 * MB and 100 * MB <= d.max_inflated <= 512 * MB


def test_the_command_line_refuses_the_bomb_alone(tmp_path, capsys):
    pytest.importorskip("docx")
    docx_bomb(tmp_path / "b.docx", 2 * MB)
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"完成投资{i + 1}亿元。", encoding="utf-8")
    code = cli.main(["parse", str(tmp_path), "--out-dir", str(tmp_path / "out"), "--max-inflated", "1MB",
                     "--format", "json"])
    err = capsys.readouterr().err
    assert code == 1 and "b.docx" in err and "max_inflated" in err and "3 of 4 inputs parsed" in err
    assert len(list((tmp_path / "out").glob("*.json"))) == 3


def test_a_size_option_is_checked():
    from govparse.parsers import _size

    assert _size("16M") == 16 * MB and _size("200MB") == 200 * MB and _size("5000") == 5000
    with pytest.raises(SystemExit):
        cli.main(["parse", "x.txt", "--max-inflated", "lots"])


def test_a_small_docx_of_millions_of_paragraphs_is_refused(tmp_path):
    pytest.importorskip("docx")
    docx_bomb(tmp_path / "p.docx", 6 * 5000)  # 5,000 empty paragraphs in a few kilobytes
    with pytest.raises(InputError, match="more than 1,000 paragraphs .max_paragraphs."):
        govparse.parse_file(tmp_path / "p.docx", max_paragraphs=1000)
    assert govparse.parse_file(tmp_path / "p.docx").source_format == "docx"
