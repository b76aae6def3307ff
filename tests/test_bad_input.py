"""Bad input: encodings, odd strings, huge strings; a result or a documented error."""
import pytest

import govparse
from govparse import DecodeError, InputError, parse, parse_file


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"),
    ("utf-16", "utf-16"), ("big5", "big5"),
])
def test_encodings_are_read_and_recorded(tmp_path, encoding, expected):
    text = "來源: 某某街道\n今年完成投資3億元,新增就業100人。" if encoding == "big5" else \
        "来源: 某某街道\n今年完成投资3亿元,新增就业100人。"
    f = tmp_path / "r.txt"
    f.write_bytes(text.encode(encoding))
    r = parse_file(f)
    assert r.encoding == expected
    assert [m.text for m in r.metrics] == (["3億元", "100人"] if encoding == "big5" else ["3亿元", "100人"])


def test_undecodable_file_names_the_file(tmp_path):
    f = tmp_path / "binary.txt"
    f.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DecodeError, match="binary.txt"):
        parse_file(f)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        parse_file(tmp_path)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", "\t \u3000", "1234567890", "一" * 100_000, "(" * 100_000 + ")" * 100_000,
    "“未闭合的引号" * 1000, "\x00\x01\x02完成3亿元\x7f", "😀🎉完成10个👍", "абв完成3亿元def", "亿元" * 5000,
    "1.2.3.4.5亿元", "%%%%", "百分之", "第", "负", "-" * 1000, "1" * 10_000 + "亿元",
])
def test_odd_strings_give_a_report(text):
    r = parse(text)
    for m in r.metrics:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_non_str_is_type_error(bad):
    with pytest.raises(TypeError, match="expects str"):
        govparse.parse(bad)
