"""Bad input: encodings, odd strings, huge strings; a result or a documented error."""
import pytest

import govparse
from govparse import DecodeError, InputError, parse, parse_file, read_text
from govparse.inputs.files import plausible


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


# --- issue 13: one bad text never loses a batch; decoding must read as Chinese ---

def test_distributive_word_at_the_look_back_edge_does_not_crash():
    for gap in range(280, 320):
        r = govparse.parse("分别" + "甲" * gap + "增长5%。")
        assert [m.value for m in r.metrics] == [5]


def test_lone_surrogate_is_read_as_a_replacement_character():
    text = "完成投资3亿元\ud800，新增就业100人。"
    r = govparse.parse(text)
    assert [m.text for m in r.metrics] == ["3亿元", "100人"]
    assert all(text[m.start:m.end] == m.text for m in r.metrics)


def test_an_unexpected_error_fails_only_its_own_document(monkeypatch):
    import govparse.batch as batch

    real = batch.parse

    def flaky(text):
        if "坏" in text:
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(batch, "parse", flaky)
    out = govparse.parse_texts(["完成3亿元。", "坏的文本", "新增就业100人。"], workers=1, on_error="return")
    assert isinstance(out[1], govparse.ParseFailure)
    assert out[1].error_type == "RuntimeError" and "boom" in out[1].error
    assert [m.value for m in out[0].metrics] == [300000000] and out[2].metrics[0].value == 100
    with pytest.raises(govparse.GovparseError, match="RuntimeError: boom"):
        govparse.parse_texts(["坏的文本"], workers=1)


def test_decode_error_and_parse_failure_survive_pickling():
    import pickle

    e = pickle.loads(pickle.dumps(govparse.DecodeError("a.txt", ["utf-8", "gb18030"])))
    assert isinstance(e, govparse.DecodeError) and e.tried == ("utf-8", "gb18030") and "a.txt" in str(e)
    f = govparse.ParseFailure("a.txt", "why", "InputError")
    assert pickle.loads(pickle.dumps(f)) == f


def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning(tmp_path):
    body = "二〇二三年工作总结\n一、经济运行\n全年完成地区生产总值3.4亿元，同比增长7%。" * 20
    data = body.encode("utf-8")
    data = data[:61] + b"\xff" + data[61:]
    if len(data) % 2:  # an even length once made it read as UTF-16
        data += b"\n"
    p = tmp_path / "r.txt"
    p.write_bytes(data)
    r = govparse.parse_file(p)
    assert r.encoding == "utf-8" and r.warnings and r.warnings[0].startswith("utf8_replacement_chars:")
    assert len(r.metrics) == 40
    with pytest.warns(UnicodeWarning):
        govparse.read_text(p)


def test_latin1_and_misread_bytes_are_refused_not_parsed(tmp_path):
    german = "Die Größe der Stadt beträgt 3 Millionen Einwohner. Über 50% sind älter als 40 Jahre."
    p = tmp_path / "de.txt"
    p.write_bytes(german.encode("latin-1"))
    with pytest.raises(govparse.DecodeError):
        govparse.parse_file(p)
    assert not plausible("完成投资3亿元同比增长".encode("utf-8").decode("gb18030", "replace"))
    assert not plausible("完成投资3亿元同比增长".encode("utf-8")[:24].decode("utf-16-le"))


def test_a_leading_bom_is_nothing():
    r = govparse.parse("\ufeff二〇二三年工作总结\n完成投资3亿元。")
    assert r.title == "二〇二三年工作总结"
    assert r.metrics[0].text == "3亿元"


def test_files_that_are_not_regular_readable_files_say_why(tmp_path, monkeypatch):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="pipe.txt: not a regular file"):
        parse_file(fifo)  # refused at once, never waited on
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="loop.txt: symlink loop"):
        parse_file(loop)
    with pytest.raises(InputError, match="file name too long"):
        parse_file(tmp_path / ("长" * 300 + ".txt"))
    locked = tmp_path / "locked.txt"
    locked.write_text("完成3亿元", encoding="utf-8")
    from pathlib import Path

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)  # root reads any file: simulate the refusal
    with pytest.raises(InputError, match="locked.txt: permission denied"):
        parse_file(locked)


# --- confident wrong values: vague amounts, shared magnitudes, colloquial lengths ---

@pytest.mark.parametrize("phrase, text, value", [
    ("捐款数十亿元", "数十亿元", 10**9), ("惠及几百户", "几百户", 100), ("吸引上千家企业", "上千家", 1000),
    ("二十几万元", "二十几万元", 200000), ("十几个村", "十几个", 10), ("三四十万元", "三四十万元", 300000),
    ("七八千万元", "七八千万元", 70000000), ("两三个项目", "两三个", 2), ("几万人", "几万人", 10000),
])
def test_vague_amounts_are_the_lower_bound_and_over(phrase, text, value):
    ms = parse("今年共" + phrase + "。").metrics
    assert [(m.text, m.value, m.approx) for m in ms] == [(text, value, "over")]


def test_a_count_noun_before_a_number_is_no_vague_amount():
    ms = parse("参保人数十三万人。").metrics
    assert [(m.text, m.value, m.approx) for m in ms] == [("十三万人", 130000, "exact")]


def test_a_shared_magnitude_applies_to_both_ends_of_a_range():
    ms = parse("计划投资3至5亿元，新建3-5万平方米。").metrics
    assert [m.value for m in ms] == [300000000, 500000000, 30000, 50000]
    assert [m.bound for m in ms] == ["low", "high"] * 2 and ms[0].group == ms[1].group != ms[2].group


def test_colloquial_length_is_not_read_as_its_first_unit():
    assert parse("身高1米8的小伙子。").metrics == ()
    assert [m.value for m in parse("长3米，宽2米8个").metrics] == [3, 2, 8]


def test_a_magnitude_after_remainder_word_keeps_its_value():
    ms = parse("粮食增产余万吨，装机超过亿千瓦。").metrics
    assert [(m.text, m.value, m.approx) for m in ms] == [("余万吨", 10**7, "over"), ("亿千瓦", 10**11, "over")]


def test_a_short_gbk_line_is_not_read_as_big5(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("近年来，增长5%。".encode("gbk"))
    assert read_text(path) == ("近年来，增长5%。", "gb18030")
