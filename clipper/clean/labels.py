"""Furniture a page sets between or right after the article's paragraphs, in the languages
the cleaner reads: an advert's label ("Advertisement", "Anzeige", "広告"), the publisher's
prompts ("Join our WhatsApp channel", "Why you can trust …"), and what a media player prints
in its place ("Your browser does not support the audio element.").  (A promoted link's label
is readalso.py's.)

Kept apart from vocab.py (the line features' word lists), which is past the size a module
should have; lines.py asks these of every short line.
"""

from __future__ import annotations

import re

# Labels of an advert's slot, as the whole of a line (lower-cased, its words alone: "Advertisement
# - Scroll to continue" is "advertisement scroll to continue"; a slot's number, "Advertisement
# 2", is left off).  Each is a word no article sets alone on a line: the label of a slot,
# English's of the slots news sites put between paragraphs ("Story continues below",
# "Article content", which some repeat between every paragraph), then the other languages'.
# (Greek's capitals carry no accents: "ΔΙΑΦΗΜΙΣΗ" lower-cased is "διαφημιση".)  Turkish's
# "Haberin Devamı" (the story goes on, under the advert) is a slot's label too, and the gallery
# and box buttons a dump keeps as text: "Hide Caption", "See Less", "Teilen" (share),
# "Weitere News" (more news).  (Written as the line's words: "แชร์", share, is "แชร" and
# "plus d'actualités" is "plus d actualités".)
_AD_LABEL_LIST = """
advertisement|advertisements|advert|ad|ads|sponsored|sponsored content
|advertisement scroll to continue|scroll to continue with content|story continues below
|story continues below advertisement|article continues below
|article continues below advertisement|continue reading below|content continues below
|article content|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|publicitat
|publicitate|anuncio|anúncio|reklama|reklam|reklame|reklaam|reklāma|advertentie|annons
|annonse|annonce|mainos|hirdetés|oglas|iklan|tangazo|реклама|διαφήμιση|διαφημιση|إعلان|اعلان
|تبلیغات|آگهی|اشتہار|פרסומת|विज्ञापन|বিজ্ঞাপন|விளம்பரம்|โฆษณา|광고|広告|广告|廣告|quảng cáo
|haberin devamı|reklamın devamı|hide caption|show caption|toggle caption|expand caption
|see less|show less|read less|teilen|share|partager|partagez|compartir|comparte|compartilhar
|compartilhe|condividi|delen
|udostępnij|sdílet|paylaş|поделиться|поширити|κοινοποίηση|שתף|שתפו|مشاركة|شارك|اشتراک گذاری
|शेयर करें|แชร|分享|共有|공유|chia sẻ|bagikan|jaa|megosztás|distribuie
|weitere news|mehr news|weitere nachrichten|plus d actualités
|advertising|reclamă|reclama|الإعلان|الاعلان|hide ad|close ad|skip ad|report this ad|report ad
"""
AD_LABELS = frozenset(_AD_LABEL_LIST.replace("\n", "").split("|"))
# The most words an AD_LABELS line has.
AD_LABEL_MAX_WORDS = 6


def is_ad_label(words: list[str]) -> bool:
    """Is a line of these (lower-cased) words an advert's label (AD_LABELS), with its slot's
    number or not?"""
    end = len(words)
    while end and words[end - 1].isdecimal():
        end -= 1
    return 0 < end <= AD_LABEL_MAX_WORDS and " ".join(words[:end]) in AD_LABELS


# A notice that the article goes on after the advert, or that the advert has not loaded,
# in the languages news is most read in: "Article continues below this ad", "This
# advertisement has not loaded yet, but your article continues below.", "Advertisement -
# Continue reading below", "Weiterlesen nach der Anzeige", "Anzeige – Weiterlesen unten", "La
# suite après cette publicité", "Nastavak teksta ispod oglasa", "Pokračování článku pod
# reklamou", "Dalsza część artykułu pod materiałem wideo", "Продолжение статьи ниже", "A cikk
# a hirdetés után folytatódik", "Artikeln fortsätter under annonsen", "تابع القراءة أسفل
# الإعلان".  The whole of a short line, an advert's label before it or not.
AD_NOTICE = re.compile(
    r"""(?ix)^\W*(?:(?:advertisement|advertising|ad|anzeige|werbung|publicité|publicidad
      |publicidade|pubblicità|reklama|reklam|oglas|hirdetés|реклама|إعلان|الإعلان)\s*[-–—:|]+\s*)?
    (?:
    (?:the\s+|your\s+|this\s+)?(?:article|story)\s+continues(?:\s+(?:below|after|under)\b.{0,30})?
    |(?:this\s+)?(?:advertisement|ad)\s+has\s+not\s+loaded\b.{0,60}
    |continue\s+reading\s+(?:the\s+main\s+story|below)
    |weiterlesen\s+(?:unten|nach\s+der\s+(?:anzeige|werbung))
    |(?:der\s+)?artikel\s+(?:wird\s+|geht\s+)?(?:nach|unter)\s+der\s+(?:anzeige|werbung)
      \s+(?:fortgesetzt|weiter)
    |(?:lire\s+)?la\s+suite\s+(?:après|sous)\s+(?:cette|la)\s+publicité
    |(?:l['’])?article\s+continue\s+(?:après|sous)\s+(?:cette|la)\s+publicité
    |(?:continúa|sigue)\s+(?:leyendo|la\s+noticia)\s+(?:después|tras|debajo|abajo)\b.{0,30}
    |(?:publicidade\s*[-–—|]\s*)?continue\s+a\s+ler\s+a\s+seguir
    |(?:a\s+)?(?:matéria|reportagem|notícia)\s+continua\s+(?:após|depois|abaixo)\b.{0,30}
    |continua\s+(?:após|depois\s+d[ao])\s+(?:a\s+|o\s+)?(?:publicidade|anúncio)
    |(?:l['’])?articolo\s+(?:continua|prosegue)\s+(?:dopo|sotto)\b.{0,30}
    |(?:continua|prosegue)\s+dopo\s+la\s+pubblicità
    |(?:dalsza\s+część|reszta)\s+(?:artykułu|tekstu)\s+(?:pod|poniżej|po)\b.{0,30}
    |het\s+artikel\s+gaat\s+(?:verder\s+)?(?:onder|na)\b.{0,30}
    |lees\s+verder\s+(?:onder|na)\s+de\s+advertentie
    |nastavak\s+(?:teksta|članka|vijesti|vesti)\s+(?:ispod|nakon|posle|poslije)\s+(?:oglasa|reklame)
    |наставак\s+(?:текста|чланка|вести)\s+(?:испод|након|после)\s+(?:огласа|рекламе)
    |(?:tekst|članak|članek|besedilo)\s+se\s+(?:nastavlja|nadaljuje)\s+(?:(?:ispod|nakon|posle
      |poslije)\s+(?:oglasa|reklame)|pod\s+oglasom|spodaj)
    |pokračov(?:ání|anie)\s+(?:článku|textu)\s+(?:pod\s+reklamou|níže|nižšie)
    |(?:článek|článok)\s+pokračuje\s+(?:pod\s+reklamou|níže|nižšie)
    |(?:продолжение|продовження)\s+(?:статьи|материала|текста|статті|матеріалу|тексту)\s+
      (?:ниже|нижче|после\s+рекламы|після\s+реклами)
    |(?:статья|материал|стаття|матеріал)\s+(?:продолжается|продовжується)\s+(?:ниже|нижче|после
      \s+рекламы|після\s+реклами)
    |(?:a\s+)?cikk\s+(?:a\s+)?(?:hirdetés|reklám)\s+(?:után|alatt)\s+folytatódik
    |(?:a\s+)?(?:hirdetés|reklám)\s+után\s+folytatódik\s+a\s+cikk
    |(?:articolul|textul)\s+continuă\s+(?:după\s+(?:reclamă|publicitate)|mai\s+jos)
    |(?:artikeln|texten|artikelen|artiklen|artikkelen|saken|teksten)\s+(?:fortsätter|fortsetter
      |fortsætter)\s+(?:(?:under|efter|etter)\s+(?:annonsen|annoncen|reklamen)|nedan|nedenfor)
    |(?:artikkeli|juttu)\s+jatkuu\s+(?:mainoksen\s+(?:jälkeen|alla)|alla)
    |haberin\s+devamı\s+(?:reklamdan\s+sonra|aşağıda)
    |(?:η\s+)?συν[εέ]χεια\s+(?:του\s+άρθρου\s+)?(?:μετά\s+τη\s+διαφήμιση|παρακάτω|κάτω\s+από\s+τη
      \s+διαφήμιση)
    |(?:تابع|أكمل|اكمل)\s+القراءة\s+(?:أسفل|اسفل|بعد)\s+(?:الإعلان|الاعلان)
    |يتبع\s+(?:بعد|أسفل|اسفل)\s+(?:الإعلان|الاعلان)
    |(?:lanjutkan|lanjut)\s+membaca\s+(?:di\s+bawah|setelah\s+iklan)
    |(?:artikel|berita)\s+berlanjut\s+(?:di\s+bawah|setelah\s+iklan)
    |tiếp\s+tục\s+đọc\s+(?:bên\s+dưới|sau\s+quảng\s+cáo)
    |(?:खबर|ख़बर|लेख)\s+(?:विज्ञापन\s+के\s+(?:बाद|नीचे)\s+)?जारी\s+है
    |記事は(?:広告の)?(?:下|後)に続きます|(?:广告|廣告)(?:后|後)(?:继续|繼續)(?:阅读|閱讀)
    )\W*$"""
)
# The first words of AD_NOTICE's lines (and of the labels before them), lower-cased; and the
# first characters of those written without spaces.
AD_NOTICE_FIRST_WORDS = frozenset(
    """the your this article story advertisement advertising ad anzeige werbung publicité
    publicidad publicidade pubblicità reklama reklam oglas hirdetés реклама إعلان الإعلان
    continue weiterlesen der artikel lire la l continúa sigue a matéria reportagem notícia
    continua prosegue articolo dalsza reszta het lees nastavak наставак tekst članak članek
    besedilo pokračování pokračovanie článek článok продолжение продовження статья материал
    стаття матеріал cikk reklám articolul textul artikeln texten artikelen artiklen artikkelen
    saken teksten artikkeli juttu haberin η συνέχεια συνεχεια تابع أكمل اكمل يتبع lanjutkan
    lanjut berita tiếp खबर ख़बर लेख""".split()
)
AD_NOTICE_UNSPACED = frozenset("記广廣")
# The most words an AD_NOTICE line has.
AD_NOTICE_MAX_WORDS = 14


def is_ad_notice(text: str, words: list[str]) -> bool:
    """Is the short line a notice that the article goes on after an advert (AD_NOTICE)?
    (`words`: its lower-cased words.)"""
    return (
        0 < len(words) <= AD_NOTICE_MAX_WORDS
        and (words[0] in AD_NOTICE_FIRST_WORDS or text[:1] in AD_NOTICE_UNSPACED)
        and AD_NOTICE.match(text) is not None
    )


# What a page's audio or video player prints in place of the player, or over it while it
# loads, in the languages news is most read in: "Your browser does not support the audio
# element.", "This video can not be played", "Video Player is loading.", "Play Video", "Media
# playback is unsupported on your device", the button to hear the article read ("Listen to
# this article", "Artikel anhören") and its note ("This audio is generated by an AI tool.").
# The whole of a short line: no article says so.
PLAYER_MESSAGE = re.compile(
    r"""(?ix)^\W*(?:
    (?:sorry,?\s+)?(?:your|this)\s+(?:web\s+)?browser\s+(?:does\s+not|doesn['’]t|cannot|can['’]t)
      \s+(?:support|play)\b.{0,60}
    |to\s+view\s+this\s+video,?\s+please\s+enable\s+javascript\b.{0,120}
    |(?:this|the)\s+(?:video|audio|media)\s+(?:can\s*not|cannot|could\s+not|can['’]t)\s+be\s+played\b.{0,40}
    |(?:this\s+)?video\s+(?:is\s+)?unavailable
    |(?:the\s+)?video\s+player\s+is\s+loading
    |play\s+(?:video|audio)|loading\s+(?:video|player)
    |media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+(?:your|this)\s+device
    |ihr\s+browser\s+unterstützt\b.{0,60}
    |votre\s+navigateur\s+ne\s+(?:supporte|prend)\b.{0,60}
    |(?:tu|su)\s+navegador\s+no\s+(?:soporta|admite|es\s+compatible)\b.{0,60}
    |(?:seu|o\s+seu)\s+navegador\s+não\s+(?:suporta|é\s+compatível)\b.{0,60}
    |il\s+tuo\s+browser\s+non\s+supporta\b.{0,60}
    |listen\s+to\s+(?:this|the)\s+(?:article|story)\b.{0,30}|(?:artikel|beitrag)\s+anhören
    |écouter\s+(?:cet|l['’])\s*article|escucha[r]?\s+(?:este|el)\s+(?:artículo|art[ií]culo|noticia)
    |ou(?:vir|ça)\s+(?:este|o)\s+(?:artigo|texto|notícia)|ascolta\s+(?:l['’]\s*)?articolo
    |posłuchaj\s+(?:artykułu|tekstu)
    |this\s+(?:audio|article|story)\s+(?:is|was|has\s+been)\s+(?:generated|produced|created|read|voiced
      |narrated)\s+(?:by|using|with)\s+(?:an?\s+)?(?:ai|artificial\s+intelligence|automated)\b.{0,40}
    )\W*$"""
)
# A link to skip the menus, which a dump keeps at the top of the page: "Skip to main content",
# "Ir para o conteúdo", "Saltar al contenido", "Aller au contenu", "Zum Inhalt springen",
# "Перейти к содержанию".  The whole of a short line: prose says "zum Inhalt des Vertrags".
SKIP_LINK = re.compile(
    r"""(?ix)^\W*(?:
    (?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|article|navigation|menu|search)
    |(?:ir|pular|saltar|passar)\s+(?:para\s+o|al|ao|a\s+o)\s+(?:conteúdo|contenido)(?:\s+principal)?
    |(?:aller|passer)\s+(?:directement\s+)?au\s+contenu(?:\s+principal)?
    |(?:direkt\s+)?zum\s+(?:haupt)?inhalt(?:\s+(?:springen|wechseln))?
    |(?:vai|passa|salta)\s+al\s+contenuto(?:\s+principale)?
    |перейти\s+к\s+(?:основному\s+)?(?:содержанию|содержимому|контенту)
    |(?:ga\s+)?(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud|przejdź\s+do\s+(?:treści|zawartości)
    |přejít\s+(?:k|na)\s+(?:hlavní\s+)?obsah(?:u)?|langsung\s+ke\s+konten
    )\W*$"""
)
# Words one of which every SKIP_LINK holds, and the most words it has.
SKIP_KEYS = frozenset(
    "content conteúdo contenido contenu inhalt hauptinhalt contenuto содержанию содержимому "
    "контенту inhoud hoofdinhoud treści zawartości obsah obsahu konten navigation menu "
    "article search".split()
)
SKIP_LINK_WORDS = 6


def gated_match(
    pattern: re.Pattern[str], keys: frozenset[str], most: int, text: str, words: list[str]
) -> bool:
    """Does the whole line match a label's pattern, asked only of lines of at most `most`
    words holding one of its key words (`words`: the line's lower-cased words): the cheap
    tests spare nearly every line the regex."""
    return len(words) <= most and not keys.isdisjoint(words) and pattern.match(text) is not None


def is_skip_link(text: str, words: list[str]) -> bool:
    """Is the line a link to skip to the page's content (SKIP_LINK)?  (`words`: its
    lower-cased words.)"""
    return gated_match(SKIP_LINK, SKIP_KEYS, SKIP_LINK_WORDS, text, words)


# A video player's controls, as a dump prints them, a line each: "Mute", "Current Time 0:00",
# "Duration 3:12", "Loaded: 0%".  Left out of the article, but not scored as boilerplate is:
# there are many, and they would cut the article at the player in two.
PLAYER_CONTROL = re.compile(
    r"""(?ix)^\W*(?:
    current\s+time\s+-?\d.{0,10}|duration\s+-?\d.{0,10}|remaining\s+time\s+-?\d.{0,10}
    |loaded\s*:\s*\d+(?:\.\d+)?%|stream\s+type\s+\w+|playback\s+rate|seek\s+to\s+live\b.{0,40}
    |(?:un)?mute|full\s*screen|exit\s+full\s*screen|picture[-\s]in[-\s]picture
    )\W*$"""
)
# Words one of which every PLAYER_CONTROL holds, and the most words it has.
CONTROL_KEYS = frozenset(
    "current duration remaining loaded stream playback seek mute unmute fullscreen full "
    "picture".split()
)
CONTROL_WORDS = 8
# Words of media one of which a PLAYER_MESSAGE line must hold
# ("Your browser does not support the audio element", not "Your browser does not support the
# new standard yet, …"): lines with none are spared the search.
PLAYER_KEYS = frozenset(
    "video videos vídeo vídeos vidéo vidéos audio áudio media html5 iframe iframes player "
    "lecteur reproductor element listen anhören écouter escuchar escucha ouvir ouça ascolta "
    "posłuchaj generated narrated voiced".split()
)
# The most words a PLAYER_MESSAGE line has.
PLAYER_MESSAGE_WORDS = 30


def is_player_message(text: str, words: list[str]) -> bool:
    """Is the line what a media player prints in its place (PLAYER_MESSAGE)?  (`words`: its
    lower-cased words.)"""
    return gated_match(PLAYER_MESSAGE, PLAYER_KEYS, PLAYER_MESSAGE_WORDS, text, words)


def is_player_control(text: str, words: list[str]) -> bool:
    """Is the line one of a video player's controls (PLAYER_CONTROL)?  (`words`: its
    lower-cased words.)"""
    return gated_match(PLAYER_CONTROL, CONTROL_KEYS, CONTROL_WORDS, text, words)


# What a social network's post embedded in the article prints around it in a dump: "View this
# post on Instagram" over it, and the credit under it, "A post shared by Reno River Jazz Band
# (@renoriverjazz)", in the languages news is most read in.  (The post's own words are quoted
# by the article, and stay.)
SOCIAL_EMBED = re.compile(
    r"""(?ix)^\W*(?:
    (?:view|see)\s+this\s+(?:post|photo|video|reel)\s+on\s+instagram
    |voir\s+cette\s+publication\s+sur\s+instagram|visualizza\s+questo\s+post\s+su\s+instagram
    |ver\s+(?:esta|essa|este)\s+(?:publicación|publicação|foto|post)\s+(?:en|no)\s+instagram
    |diesen\s+beitrag\s+auf\s+instagram\s+ansehen|bekijk\s+dit\s+bericht\s+op\s+instagram
    |zobacz\s+ten\s+post\s+na\s+instagramie|посмотреть\s+эту\s+публикацию\s+в\s+instagram
    |(?:a\s+(?:post|photo|video)\s+shared\s+by|une\s+publication\s+partagée\s+par
      |un\s+post\s+condiviso\s+da|una\s+publicación\s+compartida\s+por
      |uma\s+publicação\s+(?:compartilhada|partilhada)\s+por|ein\s+beitrag\s+geteilt\s+von
      |een\s+bericht\s+gedeeld\s+door|post\s+udostępniony\s+przez|публикация\s+от)
      \s+.{1,80}?\(@[\w.]{1,30}\).{0,50}
    )\W*$"""
)
# The most characters a SOCIAL_EMBED line has.
SOCIAL_EMBED_CHARS = 200


def is_social_embed(text: str, low: str) -> bool:
    """Is the line what an embedded social post prints around it (SOCIAL_EMBED)?  (`low`:
    the line lower-cased.)"""
    return (
        len(text) <= SOCIAL_EMBED_CHARS
        and ("instagram" in low or "(@" in text)
        and SOCIAL_EMBED.match(text) is not None
    )


# The publisher's prompts: to trust it, to follow it, read it ("Читайте РБК в Telegram") or join
# its channel on a messenger (the line's first sentence or a later one: "Stay informed! Follow
# The Punch on WhatsApp …"), to
# watch its most-watched videos or read more of its news, to share its story ("Like this
# story? Share it with a friend!"), to listen to or watch its programme again ("… - or listen
# back here."), to try its paid edition for free, to get or see its latest news ("Get Latest
# India News along with …", "Δείτε όλες τις τελευταίες Ειδήσεις …").
# Each speaks to the reader about the site, as no article's sentence does.
PUBLISHER_PROMPT = re.compile(
    r"""(?ix)
    ^\W*why\s+you\s+can\s+trust\b
    |\b(?:whatsapp|telegram)[-\s](?:channel|canal|kanal|group|grupo|groupe|gruppe)\b
    |\b(?:channel|canal|kanal|group|grupo|groupe|gruppe)\s+(?:\S+\s+){0,6}(?:on|no|na|en|em|sur
      |auf|bei|su|w|de|in)\s+(?:whatsapp|telegram)\b
    |(?:^|[.!?]\s+)\W*(?:follow|síguenos|siga-nos|sigam-nos|suivez-nous|folgen\s+sie\s+uns|seguici|volg\s+ons
      |obserwuj\s+nas|ακολουθήστε|takip\s+edin|подписывайтесь|підписуйтесь|читайте\s+нас|sledujte
      |följ|følg|seuraa|ikuti|تابعونا|تابعوا|ما\s+را|עקבו|फॉलो\s+करें|ติดตาม)\s.{0,80}
      (?:\b(?:whatsapp|telegram|google\s+news|threads|tiktok|bluesky)\b|گوگل\s+نیوز|גוגל\s+ניוז)
    |^\W*(?:get|read|see|catch)\s+(?:all\s+)?(?:the\s+)?latest\s+(?:\w+\s+){0,3}news\s+(?:along\s+with
      |and\s+(?:top\s+)?headlines|from\b.{0,60}\bat\b)
    |^\W*(?:δείτε|διαβάστε)\s+(?:όλες\s+)?(?:τις\s+)?(?:τελευταίες|ταυτόχρονα)\s+ειδήσεις
    |^\W*(?:siga|sigam|sigue|suivez|segui|seguite|folgen\s+sie)\s+(?:\S+\s+){1,5}(?:no|na|en|sur|su
      |auf|bei|on)\s+(?:o\s+|a\s+)?(?:whatsapp|telegram|instagram|facebook|tiktok|youtube|x)\W*$
    |^\W*(?:read|lisez|lesen\s+sie|leia|lea|lee|leggi|czytaj|čtěte|читайте|читајте|baca|okuyun)\s+
      (?:\S+\s+){1,3}(?:on|in|sur|auf|no|na|en|em|su|w|v|в|у|di|de)\s+(?:whatsapp|telegram
      |google\s+news|дзен[еі]?|viber)\s*!?\s*$
    |^\W*(?:receba|recebe|recibe|reciba|get|erhalten\s+sie|recevez|ricevi)\b.{0,60}\b(?:whatsapp
      |telegram)\b
    |^\W*v[íi]deos?\s*:\s*(?:os\s+)?(?:mais\s+(?:assistidos|vistos)|veja|assista|confira|tudo\s+sobre)
    |^\W*(?:veja|leia|confira)\s+mais\s+(?:notícias|vídeos|matérias)\b
    |^\W*(?:see|read)\s+more\s+(?:news|stories)\s+(?:from|on|about)\b
    |^\W*(?:like|liked|enjoy|enjoyed|love|loved)\s+this\s+(?:story|article|post|piece)\?\s*share\b
    |\b(?:listen|watch)\s+(?:back|again)\s+here\W*$
    |\b\d+\s+(?:tage|wochen)\s+(?:lang\s+)?(?:kostenlos|gratis)\b
    |\bkostenlos\s+(?:zur\s+probe\s+)?(?:lesen|testen)\b|^\W*(?:jetzt\s+)?testen\s+sie\b.{0,50}\bkostenlos\b
    """
)
# Words one of which every PUBLISHER_PROMPT holds: lines with none are spared the search.
PROMPT_KEYS = frozenset(
    "trust whatsapp telegram vídeos videos vídeo video kostenlos veja leia confira see read "
    "instagram facebook tiktok youtube x share listen watch google latest ειδήσεις".split()
)


def is_publisher_prompt(text: str, words: list[str]) -> bool:
    """Is the line one of the publisher's prompts (PUBLISHER_PROMPT)?  (`words`: its
    lower-cased words.)"""
    return not PROMPT_KEYS.isdisjoint(words) and PUBLISHER_PROMPT.search(text) is not None


# The labels of an article's tags, which a page sets under it: "Filed Under:", "Tags:",
# "Schlagwörter:", alone on their line (the tags under them, one a line) or before the tags.
TAGS_LABEL = re.compile(
    r"""(?ix)^(?:filed\s+under|tags?|tagged(?:\s+(?:with|in|as))?|schlagw[öo]rte?r?|mots[-\s]cl[ée]s
    |étiquettes|etiquetas|etiquetado\s+en|tags\s+relacionad[oa]s|argomenti|tagi|etiketler
    |trefwoorden)\s*:"""
)
# The credit of a story's source and the publisher's copyright, as their own short line under
# it: "Quelle: SZ", "Source: AFP", "(Fuente: EFE)", "Copyright: … GmbH", "Copyright 2024 …".
SOURCE_LABEL = re.compile(
    r"""(?ix)^\(?(?:quelle|source|fuente|fonte|źródło|kaynak|bron|источник)\s*:\s*[^.!?:]{1,40}\)?$
    |^copyright\s*(?::|\d{4}\b|by\b)"""
)
# The first letters of TAGS_LABEL's and SOURCE_LABEL's lines, in either case.
PAGE_LABEL_STARTS = frozenset("fFtTsSmMéÉeEaAqQcCźŹkKbBиИ(")
# The most words a SOURCE_LABEL line has, its source's name included.
SOURCE_LABEL_MAX_WORDS = 12
# The most words a tag under a TAGS_LABEL alone on its line has.
TAG_WORDS = 4


def is_page_label(text: str, words: int) -> bool:
    """Is the line a tags label (TAGS_LABEL) or a source's or copyright line (SOURCE_LABEL)?"""
    if text[:1] not in PAGE_LABEL_STARTS:
        return False
    if TAGS_LABEL.match(text):
        return True
    return words <= SOURCE_LABEL_MAX_WORDS and SOURCE_LABEL.match(text) is not None


def is_bare_tags_label(text: str) -> bool:
    """Is the line a TAGS_LABEL alone ("Filed Under:"), the tags on the lines under it?"""
    return TAGS_LABEL.match(text) is not None and not text.split(":", 1)[1].strip()


def is_tag(text: str) -> bool:
    """Could the line be a tag, under a bare tags label: a few words that end no sentence
    ("Congress,")?"""
    return len(text.split()) <= TAG_WORDS and not text.endswith((".", "!", "?"))
