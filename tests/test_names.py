"""How a name is cut (evaluation/GUIDE.md, "How a name is cut"): sentences of our own, one
class of word each, written from the guide's rules, not from the development set."""
import pytest

from govparse import parse, words


def names(text):
    return [(m.text, m.name) for m in parse(text).metrics]


def name_of(text, amount):
    return next(m.name for m in parse(text).metrics if m.text == amount)


@pytest.mark.parametrize("sentence, amount, name", [
    # the acting body or the reporting area is no part of the metric
    ("全市社会消费品零售总额达到88亿元。", "88亿元", "社会消费品零售总额"),
    ("今年我区一般公共预算收入12.5亿元。", "12.5亿元", "一般公共预算收入"),
    ("东岭镇茶叶年产量达1.2万吨。", "1.2万吨", "茶叶年产量"),
    ("社区干部带队入户走访居民600户。", "600户", "入户走访居民"),
    # reporting and light verbs, helpers and adverbs
    ("积极争取省级补助资金2300万元。", "2300万元", "省级补助资金"),
    ("精准发放就业补贴86万元。", "86万元", "就业补贴"),
    ("协助申报科技项目12个。", "12个", "申报科技项目"),
    # a verb that picks out what is counted stays
    ("全年引进企业45家。", "45家", "引进企业"),
    # notes in brackets and size words go
    ("完成税收(含免抵调部分)3.2亿元。", "3.2亿元", "税收"),
    ("签约项目投资规模52亿元。", "52亿元", "签约项目投资"),
])
def test_words_that_only_report_place_or_decorate_are_dropped(sentence, amount, name):
    assert name_of(sentence, amount) == name


def test_a_place_word_that_is_the_metric_stays():
    assert name_of("城镇新增就业1200人。", "1200人") == "城镇新增就业"
    assert name_of("全社会固定资产投资增长6%。", "6%") == "全社会固定资产投资"


def test_the_segmenter_classes_come_from_the_data_file():
    assert words.classes()["争取"] == "report" and words.classes()["走访"] == "keep"
    assert ("精准", "helper") in words.tag("精准帮扶")
