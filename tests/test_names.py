"""How a name is cut (evaluation/GUIDE.md, "How a name is cut"): sentences of our own, one
class of word each, written from the guide's rules, not from the development set."""
import pytest

from govparse import parse
from govparse.passes import words


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
    # -- cues frames and subjects
    # a rate or change whose words are only a cue takes the metric named before
    ("实现营业收入 5.2 亿元,增长 6%。", "6%", "营业收入"),
    ("税收收入9亿元,同口径增长8.5%。", "8.5%", "税收收入"),
    ("农民人均纯收入1.2万元,扣除价格因素增长4%。", "4%", "农民人均纯收入"),
    # a share of a whole is named by its part
    ("外贸依存度下降,出口占地区生产总值的比重从30%降到25%。", "30%", "出口"),
    ("发明专利授权量占全省12%。", "12%", "发明专利授权量"),
    # only adverbs before a change: the noun after it
    ("一次性增加8亿元专项债券额度。", "8亿元", "专项债券额度"),
    # the noun of the amount before a 、 is no part of the next name
    ("接待游客首次突破500万人次大关、旅游收入增长12%。", "12%", "旅游收入"),
    # a generic measure after a verb keeps its subject
    ("规上企业实现工业产值120亿元。", "120亿元", "规上企业工业产值"),
    ("文旅产业累计营收3.5亿元。", "3.5亿元", "文旅产业营收"),
    # time frames and basis words at the end
    ("城镇登记失业率平均为3.2%。", "3.2%", "城镇登记失业率"),
    ("居民人均住房面积跃上40平方米台阶。", "40平方米", "居民人均住房面积"),
    # -- flow markers classes and frames
    # flow markers stay, also when they open a list of examples
    ("新开工东城医院、西湖学校等12个重点项目。", "12个", "新开工重点项目"),
    ("沿河路段增设200个停车泊位。", "200个", "增设停车泊位"),
    # a class right before what is counted is part of the name
    ("新增5万吨级泊位8个。", "8个", "新增5万吨级泊位"),
    # fillers and tallies go wherever they stand
    ("新建各类保障性住房1200套。", "1200套", "新建保障性住房"),
    ("60岁以上人群加强针累计接种3.2万人。", "3.2万人", "60岁以上人群加强针接种"),
    # a multiple of a base names the metric before 是
    ("科技投入80亿元,是五年前的2倍。", "2倍", "科技投入"),
    # a year's end after a from-word is a time, not a name
    ("存款准备金率从去年底的9%降到7%。", "7%", "存款准备金率"),
    # -- whole words times and work shares
    # a leading word is stripped only when it is a whole word
    ("现代农业项目3个。", "3个", "现代农业项目"),
    ("对外贸易总额120亿元。", "120亿元", "对外贸易总额"),
    # a verb that picks out what is counted stays, however the segmenter splits it
    ("成功申报8个省级科技项目。", "8个", "申报省级科技项目"),
    ("协调解决群众诉求问题46个。", "46个", "协调解决群众诉求问题"),
    # dates and plan years before a name are times
    ("截止10月底上报安全隐患21条。", "21条", "上报安全隐患"),
    ("完成2023年度造林任务1.2万亩。", "1.2万亩", "造林任务"),
    # a share of the work done is the project's
    ("安置房二期已完成总工程量的60%。", "60%", "安置房二期"),
    # -- groups net changes and frames
    # ages that set groups are named by the group's noun
    ("0-17岁、18-59岁、60岁及以上常住人口分别为2万人、8万人、3万人。", "17岁", "常住人口"),
    # a net change is of the stock, not of the flow named before
    ("新增规上企业12家,净增8家。", "8家", "规上企业"),
    # words that only frame the figure, found once the words before them go
    ("最终计算2023年全区生产总值为380亿元。", "380亿元", "生产总值"),
    # a noun after an amount ends before a reporting verb and a time
    ("培育8家企业全年取得12项专利。", "8家", "企业"),
    ("在谈项目30个,在建项目12个。", "30个", "在谈项目"),
    # -- owners targets and carried rates
    # a generic counted noun is completed by the words before the count
    ("出台支持小微企业发展12条措施。", "12条", "支持小微企业发展措施"),
    # a share of a target is of the outcome named before the target
    ("税收收入完成41亿元,为调整预算40亿元的102.5%。", "102.5%", "税收收入"),
    # a measure after 的 keeps its owner
    ("省级财政用于教育的支出达到300亿元。", "300亿元", "省级财政用于教育的支出"),
    # an amount that sizes the noun after it is not the object of the verb before
    ("引进投资3000万元的食品加工厂。", "3000万元", "投资"),
    # a rate carried from the sentence before, and a rate reaching a new level
    ("全县生产总值95亿元,下降2%;与2021年相比,两年平均增长1.5%。", "1.5%", "生产总值"),
    ("物价涨幅由上年的9%回落到4%。", "4%", "物价"),
    # a base after 比 names nothing
    ("每百户拥有汽车30辆,比2019年增加8辆。", "8辆", "汽车"),
    # -- plans, bases and approximations
    ("利息支出减少约120亿元。", "120亿元", "利息支出"),
    ("今年的增长目标定为6%左右。", "6%", "增长"),
    ("拟发行特别国债800亿元。", "800亿元", "特别国债"),
    ("今年拟安排地方政府专项债券4000亿元。", "4000亿元", "地方政府专项债券"),
    ("人均可支配收入从3万元提高到3.4万元。", "3万元", "人均可支配收入"),
])
def test_names_cut_as_the_guide_says(sentence, amount, name):
    assert name_of(sentence, amount) == name


def test_a_place_word_that_is_the_metric_stays():
    assert name_of("城镇新增就业1200人。", "1200人") == "城镇新增就业"
    assert name_of("全社会固定资产投资增长6%。", "6%") == "全社会固定资产投资"


def test_the_segmenter_classes_come_from_the_data_file():
    assert words.classes()["争取"] == "report" and words.classes()["走访"] == "keep"
    assert ("精准", "helper") in words.tag("精准帮扶")


def test_a_classifier_of_visits_is_one_word():
    (m,) = parse("走访企业260余家次。").metrics
    assert (m.classifier, m.name) == ("家次", "走访企业")


@pytest.mark.parametrize("sentence, expected", [
    # 城乡 opens into its two subjects
    ("城乡居民人均可支配收入分别增长5.1%、6.8%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    # items joined by 和 inside, split at 、
    ("批发和零售业、住宿和餐饮业增加值分别增长4%、9%。", ["批发和零售业增加值", "住宿和餐饮业增加值"]),
    # subjects of their own win over the metrics named earlier in the sentence
    ("全县生产总值80亿元，城镇和农村居民收入年均分别增长7%、9%。", None),
    # a 分别 list ends where the amounts stop being joined
    ("用水量、能耗分别下降3%、4%，森林覆盖率达到25%。", ["用水量", "能耗", "森林覆盖率"]),
    # age groups share the noun after the last
    ("0-14岁、15-59岁、60岁及以上常住人口分别为3万人、10万人、4万人。",
     ["0-14岁常住人口", "15-59岁常住人口", "60岁及以上常住人口"]),
])
def test_lists_pair_each_amount_with_its_item(sentence, expected):
    ms = [m for m in parse(sentence).metrics if m.role != "threshold"]
    if expected is None:
        assert [m.name for m in ms[-2:]] == ["城镇居民收入", "农村居民收入"]
    else:
        assert [m.name for m in ms] == expected


def test_items_of_a_list_share_the_verb_of_the_first_but_not_a_subset():
    assert [m.name for m in parse("新增省级示范基地3个、家庭农场12家。").metrics] == ["新增省级示范基地", "新增家庭农场"]
    assert [m.name for m in parse("淘汰落后水泥产能80万吨、钢铁产能50万吨。").metrics] == [
        "淘汰落后水泥产能", "淘汰落后钢铁产能"]
    # across kinds only a flow marker carries: the investment is the signed projects' own
    assert [m.name for m in parse("签约亿元以上项目12个、投资额56亿元。").metrics][-1] == "投资额"
    assert [m.name for m in parse("新增就业人员1200名,其中高校毕业生300名。").metrics] == ["新增就业人员", "高校毕业生"]


def test_words_before_a_bracketed_note_name_the_amount_after_it():
    assert name_of("地方税收(同口径)完成8.2亿元。", "8.2亿元") == "地方税收"


