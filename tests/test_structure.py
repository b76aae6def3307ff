"""Title, date, issuer and headings (GUIDE.md, 'sections')."""
from govparse import parse


def heads(text):
    return [(s.heading, s.level) for s in parse(text).walk()]


def test_numbered_lines_and_run_in_leads_with_levels():
    text = ("一、 经济运行稳中向好\n1.经济发展稳中有进。完成产值10亿元。\n2.项目建设有力。新开工5个。\n"
            "二、 民生事业稳步推进\n1.社会事业方面。新增就业100人。\n")
    assert heads(text) == [("一、 经济运行稳中向好", 1), ("1.经济发展稳中有进", 2), ("2.项目建设有力", 2),
                           ("二、 民生事业稳步推进", 1), ("1.社会事业方面", 2)]


def test_enumerations_and_unnumbered_run_ins_are_not_headings():
    text = ("(一)聚焦转型\n\n一是狠抓招引。全年招引项目10个。\n\n经济指标稳定增长。完成收入3亿元。\n")
    assert heads(text) == [("(一)聚焦转型", 1)]


def test_unnumbered_heading_lines():
    text = "某街道抢抓机遇 打造示范街区\n今年以来,某某街道扎实推进各项工作,成效明显。\n建设现代社区 推进智慧治理\n社区是基层治理的单元,街道完成改造5个。\n"
    assert heads(text) == [("建设现代社区 推进智慧治理", 1)]


def test_metrics_attach_to_innermost_section_and_sections_nest():
    text = "一、经济\n1.产值。完成产值10亿元。\n二、民生\n新增就业100人。\n"
    r = parse(text)
    top = r.sections
    assert [s.heading for s in top] == ["一、经济", "二、民生"]
    assert [c.heading for c in top[0].children] == ["1.产值"]
    assert [m.text for m in top[0].children[0].metrics] == ["10亿元"]
    assert [m.text for m in top[1].metrics] == ["100人"]
    assert r.section_path(r.metrics[0]) == ("一、经济", "1.产值")


def test_title_date_issuer_from_header():
    text = "南通市某某区某某镇街道\n某某镇街道办事处2022年工作总结\n来源: 某某镇街道办事处 发布时间:2023-01-06 09:02\n\n今年以来,各项工作有序推进。\n"
    r = parse(text)
    assert r.title == "某某镇街道办事处2022年工作总结"
    assert r.date == "2023-01-06"
    assert r.issuer == "某某镇街道办事处"


def test_issuer_from_opening_sentence_when_title_names_only_the_place():
    text = "聞堰搶抓機遇 打造示範街區\n今年以來,在區委的領導下,聞堰街道圍繞目標任務穩步前行。\n"
    r = parse(text)
    assert r.issuer == "闻堰街道"
    assert r.date is None


def test_no_title_when_document_opens_with_a_paragraph():
    r = parse("今年以来,长管办(西城街道)深入贯彻落实区委决策部署,取得新成效。\n一、坚持项目牵引,推动经济发展。强化监测。\n")
    assert r.title is None
    assert r.issuer == "长管办(西城街道)"


def test_government_report_issuer_from_title():
    text = "某某区2023年政府工作报告\n2024年1月10日在某某区第五届人民代表大会第三次会议上\n\n一、工作回顾\n全区城镇居民收入增长5%。\n"
    r = parse(text)
    assert r.issuer == "某某区" and r.date == "2024-01-10"


def test_captions_and_bylines_are_not_headings():
    text = "标题一行\n正文第一段,街道完成改造5个。\n社区服务中心外景 张三摄\n正文第二段写得比较长一些,新增就业100人。\n"
    assert heads(text) == []


def test_date_under_the_signature():
    text = "某某街道2023年工作总结\n今年以来,街道完成改造5个。\n某某街道办事处\n2023年12月30日\n"
    assert parse(text).date == "2023-12-30"


def test_a_stray_digit_on_its_own_line_is_no_heading():
    from govparse import parse

    r = parse("各位代表：\n报告如下。\n二、总体要求\n广义货币M\n2\n和社会融资规模增速要与名义增速相匹配，保持合理充裕。\n")
    assert [s.heading for s in r.walk()] == ["二、总体要求"]


def _heads(text):
    from govparse import parse
    return [(s.heading, s.level) for s in parse(text).walk()]


def test_headings_run_into_a_page_copied_without_paragraph_breaks():
    text = ("某街道工作总结\n一、2024年工作回顾 2024年,街道经济平稳。全年完成投资3亿元。 (一)聚焦项目建设,稳住经济大盘。"
            "新开工项目5个。 (二)聚焦民生,办好实事。新增就业300人。")
    assert _heads(text) == [("一、2024年工作回顾", 1), ("(一)聚焦项目建设,稳住经济大盘", 2), ("(二)聚焦民生,办好实事", 2)]


def test_a_number_whose_dot_was_lost_opens_a_section_only_when_a_space_follows_it():
    text = "某镇工作总结\n一、工作总结  全镇发展良好。  1 农业生产稳定。粮食产量1万吨。  2 项目建设提速。新开工3个。\n3个项目建成投产。\n"
    assert _heads(text) == [("一、工作总结", 1), ("1 农业生产稳定", 2), ("2 项目建设提速", 2)]


def test_an_enumeration_line_of_its_own_is_a_heading_and_a_bare_one_is_not():
    text = "某区报告\n\n一是重点项目加快推进。\n\n全年实施项目20个,完成投资15亿元。\n\n二是\n\n消费市场回暖,零售总额增长5%。\n"
    assert _heads(text) == [("一是重点项目加快推进", 1)]


def test_a_line_of_its_own_between_blank_lines_with_commas_is_a_heading():
    text = ("某省政府工作报告\n\n一、过去一年的回顾\n\n\n一年来，全省经济稳中有进，结构调整迈出新步伐\n\n"
            "经济平稳增长。全省生产总值增长5.2%，财政收入增长6%。\n")
    assert _heads(text) == [("一、过去一年的回顾", 1), ("一年来，全省经济稳中有进，结构调整迈出新步伐", 2)]


def test_a_long_numbered_heading_is_never_joined_to_its_body():
    text = ("一、2023年工作回顾\n"
            "（一）坚持稳中求进工作总基调推动经济运行保持在合理区间实现质的有效提升\n全市地区生产总值1200亿元，增长6.1%。\n"
            "（二）坚持创新驱动发展战略加快建设现代化产业体系不断增强经济发展新动能\n规上工业增加值增长8.2%。\n")
    r = parse(text)
    assert [s.level for s in r.walk()] == [1, 2, 2]
    assert [m.name for m in r.metrics] == ["地区生产总值", "地区生产总值", "规上工业增加值"]
