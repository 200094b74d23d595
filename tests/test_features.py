"""Block features: the short-block cache must give exactly what computing afresh gives."""

from __future__ import annotations

import pytest

from pagesplit import lexicon
from pagesplit.draft import Draft
from pagesplit.features import _SHORT_FIELDS, LOW_STOPWORD_RATIO, _short_cache, compute
from pagesplit.model import BlockKind, Span

SHORT_TEXTS = [
    "Skip to content",
    "Keep ReadingShow less",
    "More For You",
    "By Jane Doe",
    "12 March 2024",
    "Photo: Example Images",
    "Harbour board backs dredging plan for the old quay",
    "Comments (12)",
    "We use cookies to improve this site.",
    "Harbour board backs dredging plan for the old qu...",
    "The board said on Tuesday that the plan would go ahead.",
    "User comments",
    "Provided by Example Space Institute",
    "Courtesy of the Harbour Museum",
    "Jo A. Doe Submitted photo",
    "Image caption The ferry leaves the old quay at dawn",
]


def _draft(text: str) -> Draft:
    return Draft(index=0, text=text, kind=BlockKind.LINE, span=Span(1, 1))


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_cached_features_equal_fresh_ones(text: str) -> None:
    lex = lexicon.load()
    _short_cache.clear()
    fresh = _draft(text)
    compute([fresh], lex)
    cached = _draft(text)
    compute([cached], lex)  # second time: served from the cache
    assert text in _short_cache[id(lex)].young
    for name in _SHORT_FIELDS:
        assert getattr(cached, name) == getattr(fresh, name), name


def test_features_of_a_few_shapes() -> None:
    lex = lexicon.load()
    drafts = [_draft(t) for t in SHORT_TEXTS]
    compute(drafts, lex)
    by_text = {d.text: d for d in drafts}
    assert by_text["Keep ReadingShow less"].is_toggle
    assert by_text["More For You"].is_section_label
    assert by_text["By Jane Doe"].is_meta_like
    assert by_text["12 March 2024"].is_date_like
    assert by_text["Photo: Example Images"].is_credit_like
    assert by_text["Harbour board backs dredging plan for the old quay"].is_headline_like
    # a headline cut short by the site still reads as one; a sentence does not
    assert by_text["Harbour board backs dredging plan for the old qu..."].is_headline_like
    assert not by_text["The board said on Tuesday that the plan would go ahead."].is_headline_like
    assert by_text["Comments (12)"].opens_comments
    assert by_text["We use cookies to improve this site."].chrome_rule == "chrome.notice"
    assert by_text["User comments"].opens_comments
    # source and courtesy lines under a story credit it; they are no card headline
    for credit in ("Provided by Example Space Institute", "Courtesy of the Harbour Museum"):
        assert by_text[credit].is_credit_like
        assert not by_text[credit].is_headline_like
    # a credit phrase at a short line's end ("Jo Doe Submitted photo"), a caption's read-out label at its start
    assert by_text["Jo A. Doe Submitted photo"].is_credit_like
    assert by_text["Image caption The ferry leaves the old quay at dawn"].is_caption_like


def test_unspaced_gate_covers_every_unspaced_character() -> None:
    """The fast gate of ``count_words`` may say "maybe" too often, never "no" for Han, kana or Thai."""
    from pagesplit.lexicon.unspaced import UNSPACED_SCRIPT, may_have_unspaced_script

    missed = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
              and UNSPACED_SCRIPT.match(chr(cp)) and not may_have_unspaced_script(chr(cp))]
    assert missed == []


@pytest.mark.parametrize(("text", "unspaced"), [
    ("It’s a “quoted” line — with dashes…", False), ("Ἀθήνα 港", True), ("港 Ἀθήνα", True), ("ⰰ then กา", True),
    ("กา then ⰰ", True), ("Ἀθήνα ⰰ", False), ("Ἀθήνα", False), ("ⰰ", False), ("Москва — 東京", True),
])
def test_unspaced_gate_reads_from_the_first_character_of_either_range(text: str, unspaced: bool) -> None:
    """The gate's two ranges find the first character that may be unspaced, wherever the other range's first is."""
    from pagesplit.lexicon.unspaced import may_have_unspaced_script

    assert may_have_unspaced_script(text) is unspaced


@pytest.mark.parametrize(("text", "words"), [
    ("plain words here", 3),
    ("Grüße aus Köln", 3),
    ("東京都は火曜日に発表した", 6),
])
def test_count_words(text: str, words: int) -> None:
    from pagesplit.features import count_words

    assert count_words(text) == words


@pytest.mark.parametrize("text", [
    "The crowd gathered on the old square before the march began (Photo: Jo Example)",
    "Rescue teams search the valley after the flood /AFP",
    "File photo of the harbour at dawn",
    "The ferry leaves the quay at first light. " * 4 + "Foto: Jo Example/Agentur",
    # a wire photo's credit: the photographer and the outlet, or the source and the agency that sent it
    "A shopper looks at the ferry timetable at the old quay on Tuesday. (Jo Example/The Harbour Courier)",
    "Crews lift the new pier into place, Monday, in the north bay. (Jo Example/Courier via AP)",
    "The harbour master speaks during the debate on the new pier. (Harbour TV via AP)",
])
def test_captions_with_their_credit_at_the_end(text: str) -> None:
    from pagesplit.caption_shapes import caption_like

    assert caption_like(text, lexicon.load())


@pytest.mark.parametrize(("text", "is_date"), [
    ("Published 3 March 2021Updated 4 March 2021", True),  # two date lines printed with no space between
    ("Jane Roe19.10.2019, 05:00", True),  # a name glued to its date
    ("Pressemeldung14.03.2024", True),
    ("14. März 2024Fähre im alten Hafen fährt wieder ab Montag", False),  # a card's date glued to its headline
    ("Neue Fähre im alten Hafen fährt wieder14.03.2024", False),
])
def test_a_date_glued_to_a_headline_is_no_date_line(text: str, is_date: bool) -> None:
    d = _draft(text)
    compute([d], lexicon.load())
    assert d.is_date_like is is_date
    assert d.is_headline_like is not is_date


@pytest.mark.parametrize(("text", "caption"), [
    ("The harbour master (l.) and the mayor at the new quay on Monday", True),
    ("Die Fährfrau (v. l. n. r.), der Bürgermeister und die Lotsin vor dem Hafen", True),
    ("The two captains (left) and their crews before the first crossing", True),
    ("Bake the loaves in the oven (middle shelf) until they are golden", False),
    ("The council (which met on Monday) put the vote off for a week", False),
])
def test_captions_say_where_people_stand(text: str, caption: bool) -> None:
    from pagesplit.caption_shapes import caption_like

    assert caption_like(text, lexicon.load()) is caption


@pytest.mark.parametrize(("text", "opens"), [
    ("12 thoughts on “Island ferry to double its crossings”", True),
    ("3 Kommentare zu „Die Fähre fährt doppelt so oft“", True),
    ("One thought on “Island ferry to double its crossings”", True),
    ("Thoughts on the new ferry timetable", False),  # a headline: no count before it
    ("Gedanken zu Ostern", False),
])
def test_comment_section_titled_with_the_article(text: str, opens: bool) -> None:
    d = _draft(text)
    compute([d], lexicon.load())
    assert d.opens_comments is opens


def test_a_colon_early_in_a_long_paragraph_is_no_credit() -> None:
    from pagesplit.caption_shapes import caption_like

    text = "Note: " + "the council met again on Thursday and the vote was put off for a week. " * 4
    assert not caption_like(text, lexicon.load())


@pytest.mark.parametrize(("text", "shape"), [
    ("Home | News | Sport | Weather", "chrome.menu-line"),
    ("3 of 12", "chrome.counter"),
    ("Page 2 of 9", "chrome.counter"),
    ("The council meets | again", None),
    ("A quiet morning on the quay", None),
    ("Our StoryThe TeamContact UsCareersPress RoomHelp CentreGift CardsStore LocatorSite map", "chrome.glued-list"),
    # camelCase names in a sentence have commas between them; code has its punctuation
    ("Added the keepInventory, doFireTick, mobGriefing, naturalRegeneration and showDeathMessages options", None),
    ('Call harbourMap.setTide("high") and ferryTimes.getNext(now) when the page opens today', None),
    ("The iPhone app and the YouTube channel of the ferry company both show the new timetable", None),
    # text that is not ASCII: glued lists in a Latin script with accents and in Cyrillic; prose with accents and
    # typographic quotes
    ("Über unsKontakt AnfahrtKarriere PresseräumeHilfe GeschenkkartenFilialsuche ÖffnungszeitenImpressum "
     "DatenschutzÄnderungen StellenÜbersicht NewsletterGrüße", "chrome.glued-list"),
    ("О насКоманда КонтактыВакансии ПрессаПомощь ПодарочныеКарты МагазиныКарта СайтаНовости ДоставкаОплата "
     "ГарантияВозврат", "chrome.glued-list"),
    ("L’équipe du port a présenté mardi les nouveaux horaires d’été, qui entreront en vigueur dès "
     "la première marée de juin, à la grande joie des pêcheurs et des passagers réguliers du bac.", None),
    # data printed as text: a settings object, an encoded link
    ('{"harbour":{"baseUrl":"\\/","tides":[1,2,3],"ferryMode":"summer","berths":{"north":4,"south":2}},'
     '"timetable":{"weekday":["06:10","07:40","09:15"],"weekend":["08:00","10:30"]},"alerts":[],"lang":"en","v":2}',
     "chrome.data-blob"),
    # code in a how-to is not: a line of it is shorter, a block of it keeps its lines
    ('console.log(ferryTimes.get("Next-Departure")); console.log(ferryTimes.getAll("X-Berth-North"));', None),
    ('console.log(ferryTimes.get("Next-Departure"));\nconsole.log(ferryTimes.getAll("X-Berth-North"));\n'
     'console.log(ferryTimes.has("X-Berth-South"));\nconsole.log(ferryTimes.getAll("X-Berth-Lifeboat-Slip"));',
     None),
    ("click?target=quay%2Fferry%26mode%3Dsummer%26berth%3Dnorth%26tide%3Dhigh%26from%3Dtimetable%26lang%3Den "
     "id=ferry-ad-slot-7&html=%253Cdiv%2520class%253D%2522ferry%2522%253E%253Cspan%253Eharbour%253C%252Fspan "
     "pos=LREC&id=ferry-ad-LREC-iframe&html=%253Cstyle%2520type%253D%2522text%252Fcss%2522%253E", "chrome.data-blob"),
    # long words of real languages are not data: German compounds, a long place name, an unspaced script
    ("Donaudampfschifffahrtsgesellschaftskapitänsmütze und Hafenbetriebsgenehmigungsverfahren verzögern sich", None),
    ("港湾局は火曜日、内港の浚渫計画を承認した。春の大潮で漁船が二度座礁したことを受けて、"
     "二十年ぶりの工事となる。" * 4, None),
])
def test_chrome_shapes(text: str, shape: str | None) -> None:
    d = _draft(text)
    compute([d], lexicon.load())
    assert (d.shape.value if d.shape is not None else None) == shape


def test_byline_and_inline_head_flags() -> None:
    texts = ("By Jane Example", "Von Max Beispiel", "By", "Read more: The harbour gets a new crane",
             "Bypass road opens next week")
    drafts = [_draft(t) for t in texts]
    compute(drafts, lexicon.load())
    assert [d.names_byline for d in drafts] == [True, True, True, False, False]
    assert [d.has_inline_head for d in drafts] == [False, False, False, True, False]


@pytest.mark.parametrize(("text", "is_date"), [
    ("12 March 2024", True),
    ("2024-03-14", True),
    ("14.03.24", True),
    ("5 things to know", False),
    ("Page 3 of 9", False),
])
def test_date_lines_need_two_digits_in_a_row(text: str, is_date: bool) -> None:
    d = _draft(text)
    compute([d], lexicon.load())
    assert d.is_date_like is is_date


@pytest.mark.parametrize(("text", "caption"), [
    ("The ferry at dawn on the first day of the season. Foto: Jo Example", True),
    ("Harbour lights at night © Example Agency", True),
    ("Opinion: the ferry timetable needs a rethink", False),
    ("Watch: three cranes lift the new bridge deck", False),
    ("Verylongcompoundwordbeforeit: Jo Example", False),
])
def test_credit_after_the_last_colon(text: str, caption: bool) -> None:
    from pagesplit.caption_shapes import caption_like

    assert caption_like(text, lexicon.load()) is caption


def test_recurring_short_blocks_survive_cache_turnover(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text met again after the young generation filled stays cached; one-off texts are dropped."""
    import pagesplit.features as features

    monkeypatch.setattr(features, "SHORT_CACHE_SIZE", 4)
    lex = lexicon.load()
    _short_cache.clear()
    for i in range(12):
        compute([_draft("Skip to content"), _draft(f"A one-off headline number {i}")], lex)
    cache = _short_cache[id(lex)]
    assert "Skip to content" in cache.young or "Skip to content" in cache.old
    assert len(cache.young) <= 4 and len(cache.old) <= 4
    assert "A one-off headline number 0" not in cache.young and "A one-off headline number 0" not in cache.old


def test_no_short_block_is_a_data_blob() -> None:
    """A block short enough for the short-block cache is never long enough to be a data blob."""
    from pagesplit.chrome_shapes import MIN_DATA_BLOB_CHARS
    from pagesplit.features import MAX_PREFIX_CHROME_CHARS

    assert MIN_DATA_BLOB_CHARS > MAX_PREFIX_CHROME_CHARS


def test_a_line_ending_with_an_ideographic_full_stop_is_a_sentence_not_a_headline() -> None:
    lex = lexicon.load()
    lines = ("港の再開発計画について、市の担当者が説明しています。", "港の再開発計画が市議会で決まる")
    drafts = [_draft(t) for t in lines]
    compute(drafts, lex)
    assert [d.is_headline_like for d in drafts] == [False, True]


def test_a_text_without_a_caption_mark_is_no_caption() -> None:
    """``features`` asks ``caption_like`` only about texts holding "(", "/", ":" or "©", or opening with an "F":
    without one, every test of it fails. Made-up lines of caption words and credit names, none of those marks."""
    from pagesplit.caption_shapes import caption_like

    words = ["foto", "photo", "Getty", "AP", "Reuters", "left", "l.", "r.", "links", "v.", "n.", "Jo", "Doe",
             "file", "credit", "Source", "Quelle", "Image", "symbolbild", "-", "|", "by", "dpa", "EPA"]
    lex = lexicon.load()
    for n in range(len(words)):
        text = " ".join(words[n:] + words[:n])
        assert not caption_like(text, lex) and not caption_like(text.upper(), lex)
    # and each mark alone can make one
    assert caption_like("Harbour lights (Photo: Jo Doe)", lex)
    # a closing parenthesis with a slash or a "via" is no credit when it names no one
    for text in ("Tickets cost more this winter (both ways/one way).", "The ferry calls twice a day (via Northport).",
                 "The council put the vote off for a week (the second time this year)."):
        assert not caption_like(text, lex)
    assert caption_like("The quay at dusk / Reuters", lex)
    assert caption_like("The quay at dusk. Foto: Jo Doe", lex)
    assert caption_like("The quay at dusk © Example Agency", lex)
    assert caption_like("File photo of the quay at dusk", lex)


def test_a_counter_states_its_number_and_a_question_or_a_cut_line_with_a_number_is_a_headline() -> None:
    """A short sentence with a number reads as a counter (meta) when it states ("Shared 4,976 times."); one that asks
    or is cut short is a headline that names a number (made-up lines)."""
    lex = lexicon.load()
    counts = ("This story has been shared 4,976 times.", "Seen 12 times!")
    heads = ("Can the 1920s ferry run again?", "Ferry line 7 to stop at the new…", "Quay 3 reopens for boats...")
    drafts = [_draft(t) for t in counts + heads]
    compute(drafts, lex)
    assert [d.is_meta_like for d in drafts] == [True, True, False, False, False]
    assert [d.is_headline_like for d in drafts[len(counts):]] == [True, True, True]


@pytest.mark.parametrize(("text", "low"), [
    # no stopword in the first quarter of the words, enough of them after it
    ("Alder Birch Cedar Dogwood Elm Fir Ginkgo Hazel " + "and the birds sing in the trees of it all " * 3, False),
    # names and places only: a list, not running text
    ("Alder Birch Cedar Dogwood Elm Fir Ginkgo Hazel Juniper Larch Maple Oak Pine Rowan Spruce Teak Willow Yew "
     "Aspen Beech Chestnut Cypress Ebony Hemlock Hickory Holly Laurel Linden Magnolia Mahogany Olive Poplar", True),
    # running text, stopwords from its first words on
    ("The ferry leaves the old quay at dawn and the gulls follow it out past the harbour wall, "
     "where the fishermen wave at it from their boats as they have done for years on end.", False),
])
def test_the_stopword_ratio_is_read_as_below_the_low_ratio_or_not(text: str, low: bool) -> None:
    """Stopwords are counted in the first words first (``STOPWORD_HEAD_PARTS``): the rules' question, whether the
    share is below LOW_STOPWORD_RATIO, gets the answer a count of every word gives."""
    lex = lexicon.load()
    block = _draft(text)
    compute([block], lex)
    words = text.lower().split()
    full = sum(w in lex.all_stopwords for w in words) / len(words)
    assert (full < LOW_STOPWORD_RATIO) is low
    assert (block.stopword_ratio < LOW_STOPWORD_RATIO) is low
