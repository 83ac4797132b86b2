"""The labels of links to other articles that a page sets between or right after the
article's paragraphs, in the languages news is written in: "Read more", "À lire aussi",
"Czytaj też", "Le puede interesar", "Прочитајте још", "相關文章", with the headline under them
or glued to them.  lines.py marks them as promotions, promoted.py drops the headlines under
them, unwrap.py keeps them off the paragraphs of a hard-wrapped dump.
"""

from __future__ import annotations

import re

# Labels of a promoted link to another article, or of a box of them, in the languages news is
# written in: read also / read more / see also / related / you may also like / more on this /
# recommended / don't miss ("Read more from Sky News:", before a colon, names the site).  A
# longer label comes before a shorter one it begins with ("Related stories" before "Related"):
# the first that matches is taken.  (A Turkish "İ" and "ı" are spelt out: IGNORECASE does not
# match them with "i".)
_READ_ALSO = r"""
    (?:(?:read|see)\s+more\s+from\s+(?:[\w.'’&-]+\s+){0,3}[\w.'’&-]+(?=\s*:)
    |read\s+(?:more|also|next)|read(?=\s*:)|more(?=\s*:)|also\s+(?:read|see)|see\s+also
    |related\s+(?:stories|story|articles|article|news|coverage|content|links|reading|posts)|related
    |more\s+on\s+(?:this|the)\s+(?:story|topic|subject)|more\s+on\s+this|further\s+reading
    |you\s+(?:may|might|could)\s+also\s+(?:like|enjoy|be\s+interested\s+in)
    |you\s+(?:may|might)\s+be\s+interested\s+in|recommended(?:\s+(?:for\s+you|stories|articles
      |reading))?|don['’]t\s+miss|must\s+read
    |(?:à\s+)?lire\s+(?:aussi|également)|(?:à\s+)?voir\s+aussi|sur\s+le\s+même\s+(?:sujet|thème)
    |(?:articles|contenus)\s+(?:liés|associés|similaires)|vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi
    |ne\s+manquez\s+pas|pour\s+aller\s+plus\s+loin
    |lesen\s+sie\s+(?:auch|mehr(?:\s+zum\s+thema)?)|mehr\s+zum\s+thema|auch\s+interessant
    |das\s+könnte\s+sie\s+auch\s+interessieren|passend\s+zum\s+thema|verwandte\s+artikel
    |leggi\s+anche|vedi\s+anche|(?:ti\s+)?potrebbe\s+(?:interessarti|interessare)|articoli\s+correlati
    |da\s+non\s+perdere|per\s+approfondire
    |veja\s+(?:também|mais)|leia\s+(?:também|mais)|saiba\s+mais|ler\s+(?:também|mais)
    |not[íi]cias\s+relacionadas|mat[ée]rias\s+relacionadas|(?:você\s+)?pode\s+gostar|não\s+perca
    |lee\s+también|lea\s+también|leer\s+más|ver\s+también|(?:también\s+)?(?:te|le)\s+puede\s+interesar
    |puede\s+interesarte|(?:te|le)\s+recomendamos|noticias\s+relacionadas|no\s+te\s+pierdas
    |llegeix\s+també|notícies\s+relacionades
    |czytaj\s+(?:też|także|również|więcej)|(?:prze)?czytaj\s+(?:też|także|również)
    |zobacz\s+(?:też|także|również)|może\s+cię\s+zainteresować|polecamy|powiązane\s+artykuły
    |[iİ]lgili\s+haber(?:ler)?|ayr[ıi]ca\s+oku(?:yun|yabilirsiniz)?
    |(?:bunlar\s+da\s+)?ilginizi\s+çekebilir|benzer\s+haberler
    |lees\s+(?:ook|meer)|zie\s+ook|bekijk\s+ook|meer\s+over\s+dit\s+onderwerp|gerelateerde\s+artikelen|ook\s+interessant
    |читайте\s+(?:также|також|по\s+теме|ещё|еще)|также\s+читайте|також\s+читайте|смотрите\s+также|дивіться\s+також
    |вас\s+(?:також\s+|также\s+)?(?:може|может|можуть|могут)\s+(?:зацікавити|заинтересовать)(?:\s+новини)?
    |материалы\s+по\s+теме|новости\s+по\s+теме|новини\s+за\s+темою|ещё\s+по\s+теме|еще\s+по\s+теме
    |прочитајте\s+(?:још|и|такође)|повезане\s+вести|прочетете\s+още|вижте\s+още|свързани\s+новини
    |прочитај\s+уште|поврзани\s+вести
    |pročitajte\s+(?:još|i|takođe|također)|(?:po)?vezan[ae]\s+(?:vijesti|vesti)|povezani\s+članci
    |možda\s+vas\s+zanima|preberite\s+tudi|sorodne\s+novice
    |baca\s+juga|artikel\s+terkait|berita\s+terkait|artikel\s+berkaitan|berita\s+berkaitan|simak\s+juga
    |basahin\s+(?:din|rin)|basahin(?=\s*:)|soma\s+(?:zaidi|pia)|habari\s+zinazohusiana
    |(?:pře)?čtěte\s+(?:si\s+)?(?:také|též)|mohlo\s+by\s+vás\s+(?:zajímat|zaujímať)|související\s+články
    |čítajte\s+(?:tiež|aj)|prečítajte\s+si\s+(?:tiež|aj)|súvisiace\s+články
    |kapcsolódó\s+(?:cikkek|cikk|hírek|tartalom)|olvassa?\s+el\s+ezt\s+is|olvasd\s+el\s+ezt\s+is|ezt\s+is\s+ajánljuk
    |citiți\s+și|citește\s+și|vezi\s+și|articole\s+similare|te-ar\s+putea\s+interesa
    |διαβάστε\s+(?:επίσης|ακόμη)|δείτε\s+επίσης|σχετικά\s+(?:άρθρα|θέματα)
    |läs\s+(?:också|även|mer)|læs\s+(?:også|mere)|les\s+(?:også|mer)|relaterte\s+artikler|relaterede\s+artikler
    |lue\s+myös|lue\s+lisää|aiheesta\s+lisää|loe\s+(?:ka|lisaks)|lasi\s+arī|skaitykite\s+taip\s+pat
    |taip\s+pat\s+skaitykite|susiję\s+straipsniai
    |xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan|có\s+thể\s+bạn\s+quan\s+tâm
    |(?:[اإ]قر[أا]|طالع)\s+(?:[أا]يض[\u064b\u0627]{1,2}|المزيد)|(?:أخبار|اخبار|مواضيع|مقالات)\s+ذات\s+صلة|قد\s+يهمك
    |(?:همچنین\s+)?بیشتر\s+بخوانید|همچنین\s+بخوانید|(?:اخبار|مطالب)\s+مرتبط|یہ\s+بھی\s+پڑھیں|مزید\s+پڑھیں
    |(?:यह|ये|इसे)(?:\s+(?:खबर|ख़बर|खबरें|ख़बरें))?\s+भी\s+(?:पढ़ें|देखें)|और\s+पढ़ें|संबंधित\s+(?:खबरें|ख़बरें)
    |আর(?:ও|ো)\s+পড়ুন|হেহী\s+বাচা|हेही\s+वाचा|இதையும்\s+படிங்க|மேலும்\s+படிக்க
    |อ่านเพิ่มเติม|อ่านข่าวเพิ่ม(?:เติม)?|อ่านข่าวอื่น(?:\s?ๆ)?|อ่านข่าวที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง
    |บทความที่เกี่ยวข้อง|ข่าวแนะนำ|קראו\s+(?:עוד|גם)|קרא\s+(?:עוד|גם)|עוד\s+בנושא|כתבות\s+נוספות
    |関連記事|関連ニュース|関連リンク|あわせて読みたい|合わせて読みたい|こちらもおすすめ|おすすめ記事
    |相关阅读|相关新闻|相关文章|相关报道|相關閱讀|相關新聞|相關文章|相關報道|延伸阅读|延伸閱讀|推荐阅读
    |推薦閱讀|你可能感兴趣|你可能感興趣|猜你喜欢|관련\s?기사|관련\s?뉴스|추천\s?기사|함께\s+볼만한\s+뉴스)
"""
READ_ALSO = re.compile(r"(?ix)^\W{0,3}" + _READ_ALSO)
# The first words of READ_ALSO's labels, lower-cased, as a line's first letters (a label glued
# to its headline, "Read moreTunisia's …", has its first word all the same; the shortest end
# in their space, written "_"): lines that start with none are spared the search.  (A label in
# a script without capitals, "関連記事", is taken alone on its line or before a separator:
# glued to what follows, it may be a sentence's first word.)
_FIRST_WORDS = """
read see also related more further you recommended don't don’t must à lire voir sur_ articles
contenus vous ne_ pour lesen mehr auch das_ passend verwandte leggi vedi ti_ potrebbe da_ per_
veja leia saiba ler_ notícias noticias matérias materias você pode_ não lee_ lea_ leer ver_
también te_ le_ puede no_ llegeix notícies czytaj przeczytaj zobacz może polecamy powiązane
ilgili ayrıca ayrica bunlar ilginizi benzer lees zie_ bekijk meer gerelateerde ook_ читайте
также також смотрите дивіться вас_ материалы новости новини ещё еще прочитајте повезане
прочетете вижте свързани прочитај поврзани pročitajte povezan možda preberite sorodne baca
artikel berita simak vezane طالع আরো basahin soma habari přečtěte čtěte mohlo související
čítajte prečítajte súvisiace kapcsolódó olvass olvasd ezt_ citiți citește vezi articole te-ar
διαβάστε δείτε σχετικά läs læs les_ relaterte relaterede lue_ aiheesta loe_ lasi skaitykite
taip susiję xem_ đọc tin_ bài_ có_ اقر إقر أخبار اخبار مواضيع مقالات قد همچنین بیشتر مطالب یہ
مزید यह ये इसे और संबंधित আরও হেহী हेही இதையும் மேலும் อ่าน ข่าว บทความ קראו קרא עוד כתבות 関連
あわせて 合わせて こちらも おすすめ 相关 相關 延伸 推荐 推薦 你可能 猜你 관련 추천 함께
"""
READ_ALSO_FIRST = tuple(word.replace("_", " ") for word in _FIRST_WORDS.split())
# What may stand between a label and the headline it promotes: "Read more: …", "LIRE AUSSI >> …".
LABEL_SEPARATOR = re.compile(r"\s*[:：>»|–—】\]→►▶-]+\s*\S")
# What may stand before a label (a bullet, an arrow, an emoji: "👉 Lee también: …"), and after
# one alone on its line ("Read more →").
LABEL_LEAD = "[(*#>•【📲 ►▶→■●◆★▪👉🔴📌🔗"
LABEL_TAIL = " :：>»|–—-.…)]】→►▶"


# The most words a headline under a promoted link's label has, and the most characters (a
# headline in Chinese or Japanese has no spaces between its words).
PROMOTED_HEADLINE_WORDS = 20
PROMOTED_HEADLINE_CHARS = 160


def is_promoted_headline(text: str) -> bool:
    """Could `text`, under a promoted link's label that is all its line holds (read_also),
    be the headline it promotes: a line of headline length that does not end a sentence as
    text does ("." or "!": a headline may ask a question)?"""
    return (
        len(text.split()) <= PROMOTED_HEADLINE_WORDS
        and len(text) <= PROMOTED_HEADLINE_CHARS
        and not text.rstrip("\"'”’»)]」").endswith((".", "!", "…", "。", "！"))
    )


def read_also(text: str) -> str | None:
    """How a line holds a promoted link's label (READ_ALSO): "label" when the label is all
    it holds ("Read more", "À lire aussi :"), "link" when the headline follows it, after a
    separator ("Read more: …") or glued to it, as a copy of the page gives it ("À lire
    aussiCanicule : …", "Read moreTunisia's …"); None when it holds none ("Read more about
    it in our report.")."""
    start = text if text[:1].isalpha() else text.lstrip(LABEL_LEAD)
    # (A Turkish "İ" lower-cases to "i" and a combining dot.)
    if not start[:24].lower().replace("\u0307", "").startswith(READ_ALSO_FIRST):
        return None
    m = READ_ALSO.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    if not rest.strip(LABEL_TAIL):
        return "label"
    if rest[:1].isupper() or LABEL_SEPARATOR.match(rest):
        return "link"
    return None
