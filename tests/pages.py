"""Article text shared by the tests that build pages around it (HTML files, served pages)."""

PARAGRAPHS = (
    "Tokyo and Beijing agreed on Tuesday to resume talks on the disputed islands, "
    "officials said after the meeting.",
    "The two governments will meet again next month in Beijing, according to a joint "
    "statement released by both foreign ministries.",
    "Both sides described the atmosphere of the meeting as frank and constructive overall, "
    "and diplomats expect progress on fishing rights.",
)
# An article's paragraphs for the text cleaner's tests, as a text dump holds them.
PROSE = [
    "The two governments said on Friday that they would resume talks on trade and security "
    "after a pause of almost three years, according to officials in both capitals.",
    "Officials said the first meeting could take place next month, although no date has been "
    "set and both sides warned that many difficult issues remain between them.",
    "Analysts said the move was a sign that relations, which had been strained by a dispute over "
    "a group of islands, were slowly improving as both leaders faced pressure at home.",
    "Business groups in both countries welcomed the announcement and said that closer ties "
    "would help companies that depend on trade between the two large economies.",
]


def page(*parts: str) -> str:
    """A text dump: its parts one block each, blank lines between them."""
    return "\n\n".join(parts)


# Paragraphs in Chinese, which puts no spaces between words.
CHINESE = (
    "两国政府周五表示，在暂停将近三年之后，他们将恢复有关贸易和安全问题的会谈，这一消息由两国首都的官员证实。",
    "官员们说，首次会谈可能在下个月举行，但具体日期尚未确定，双方都警告说，两国之间仍然存在许多难以解决的问题。",
    "分析人士认为，此举表明因岛屿争端而紧张的关系正在慢慢改善，因为两国领导人都面临着来自国内的压力。",
)


def random_page(rnd, tags, attributes, values, texts):
    """A page of randomly nested elements (tags) with random attributes set to one or two of
    the values: for holding our Python selections against trafilatura's XPath expressions."""
    from html import escape

    def element(depth):
        tag = rnd.choice(tags)
        attrs = "".join(
            f' {name}="{escape(" ".join(rnd.sample(values, rnd.choice((1, 1, 2)))))}"'
            for name in rnd.sample(attributes, rnd.choice((0, 1, 1, 2, 3)))
        )
        inner = rnd.choice(texts) if rnd.random() < 0.5 else ""
        if depth < 4:
            inner += "".join(element(depth + 1) for _ in range(rnd.choice((0, 1, 2, 3))))
        tail = rnd.choice(("", " tail ", texts[0]))
        return f"<{tag}{attrs}>{inner}</{tag}>{tail}"

    body = "".join(element(0) for _ in range(12))
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


# Paragraphs in Japanese, a city council story.
JAPANESE = [
    "市議会は５日、市内を走る路線バスを４系統増やす計画を賛成多数で可決した。北部の住宅地と市民病院、大学を"
    "結ぶ路線で、秋から運行を始める。",
    "市交通局によると、運転手の採用と新しい車両の納入が終わり次第、順次運行を始める予定だという。"
    "費用は約１２億円を見込んでいる。",
    "採決では二人の議員が反対し、「道路の補修を優先すべきだ」と主張した。市長は記者団に「市民の足を守る"
    "ために必要な投資だ」と述べた。",
]

# Paragraphs in Korean, the same story.
KOREAN = [
    "시의회는 5일 시내 버스 노선을 4개 늘리는 계획을 찬성 다수로 통과시켰다. "
    "북부 주거지와 시민병원, 대학을 잇는 노선으로 가을부터 운행을 시작한다.",
    "시 교통국에 따르면 운전기사 채용과 새 차량 납품이 끝나는 대로 순차적으로 "
    "운행을 시작할 예정이다. 비용은 약 120억원으로 예상된다.",
    "표결에서는 의원 두 명이 반대하며 도로 보수를 우선해야 한다고 주장했다.",
]

# Paragraphs in Hindi and in Arabic, the same story.
HINDI = [
    "नगर निगम ने मंगलवार को बस सेवा के विस्तार को मंजूरी दी, जिसके तहत चार नए मार्ग शुरू होंगे "
    "जो उत्तरी इलाकों को अस्पताल और विश्वविद्यालय से जोड़ेंगे।",
    "अधिकारियों के मुताबिक नए मार्ग सर्दियों से पहले शुरू हो जाएंगे, जब चालकों की भर्ती पूरी होगी "
    "और नई बसें डिपो में पहुंच जाएंगी।",
    "प्रस्ताव को छोटी बहस के बाद भारी बहुमत से पास किया गया और केवल दो पार्षदों ने इसका विरोध किया।",
]
ARABIC = [
    "وافق المجلس البلدي يوم الثلاثاء على توسيع شبكة الحافلات بأربعة خطوط جديدة تربط الأحياء "
    "الشمالية بالمستشفى والجامعة، في خطوة طال انتظارها من السكان.",
    "وقال مسؤولون إن الخطوط الجديدة ستبدأ العمل في الخريف بعد الانتهاء من تعيين السائقين "
    "وتدريبهم ووصول الحافلات الجديدة إلى المرائب.",
    "وأقرت الخطة بأغلبية كبيرة بعد نقاش قصير، ولم يعترض عليها سوى عضوين طالبا بإنفاق الأموال "
    "على إصلاح الطرق.",
]
