"""The phrase lists: every language loads, lookups hit the right category, prose hits nothing."""

from __future__ import annotations

import importlib.resources
import sys
import unicodedata

import pytest
import regex

from pagesplit.errors import LexiconError
from pagesplit.lexicon import CATEGORIES, CHROME_CATEGORIES, Lexicon, _parse_file, load
from pagesplit.lexicon.char_classes import (
    WIDE_PUNCTUATION,
    ascii_words,
    folded_ascii_words,
    folded_latin1_words,
    has_word_longer_than,
    holds_any,
)
from pagesplit.lexicon.date_shapes import date_pattern
from pagesplit.lexicon.lookup_form import EDGE_JUNK, MAX_NORMALIZED_KEY_CHARS, fold_spaces, normalize

LANGUAGES = ("de", "en", "es", "fr", "it", "ja", "nl", "pl", "pt", "ru")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load()


def test_every_language_loads(lexicon: Lexicon) -> None:
    assert set(LANGUAGES) <= set(lexicon.languages)
    for lang in LANGUAGES:
        assert len(lexicon.stopwords[lang]) >= 80, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_category_file_parses(lang: str) -> None:
    folder = importlib.resources.files("pagesplit.lexicon") / lang
    names = {f.name[:-4] for f in folder.iterdir() if f.name.endswith(".txt")}
    assert names <= set(CATEGORIES)
    assert {"navigation", "share", "notices", "toggles", "legal", "sections", "stopwords"} <= names
    for category in sorted(names):
        path = f"lexicon/{lang}/{category}.txt"
        entries = _parse_file(category, (folder / f"{category}.txt").read_text(encoding="utf-8"), path)
        assert entries, path


def test_malformed_line_reports_file_and_line() -> None:
    text = "# comment\nRead more\nRead * more\n"
    with pytest.raises(LexiconError) as caught:
        _parse_file("toggles", text, "lexicon/xx/toggles.txt")
    assert caught.value.path == "lexicon/xx/toggles.txt"
    assert caught.value.line_number == 3
    assert "lexicon/xx/toggles.txt:3" in str(caught.value)


def test_empty_phrase_is_an_error() -> None:
    with pytest.raises(LexiconError) as caught:
        _parse_file("share", "Share\n  ...  \n", "lexicon/xx/share.txt")
    assert caught.value.line_number == 2


@pytest.mark.parametrize(
    ("text", "category", "lang"),
    [
        ("Mehr zum Thema", "sections", "de"),
        ("Das könnte Sie auch interessieren", "sections", "de"),
        ("Artikel und Videos zum Thema", "sections", "de"),
        ("Top Themen", "sections", "de"),
        ("Schon registriert? Hier anmelden", "notices", "de"),
        ("Inhaltsverzeichnis", "navigation", "de"),
        ("Table of contents", "navigation", "en"),
        ("Weiterlesen", "toggles", "de"),
        ("Zum Inhalt springen", "navigation", "de"),
        ("Anzeige", "notices", "de"),
        ("Impressum", "legal", "de"),
        ("Von Erika Mustermann", "bylines", "de"),
        ("À lire aussi", "sections", "fr"),
        ("Plus en Politique", "sections", "fr"),
        ("Lire la suite", "toggles", "fr"),
        ("Publicité", "notices", "fr"),
        ("Mentions légales", "legal", "fr"),
        ("Mots-clés : élections, Europe", "navigation", "fr"),
        ("Crédit photo : Sipa", "credits", "fr"),
        ("Par Jeanne Dupont", "bylines", "fr"),
        ("Más leídas", "sections", "es"),
        ("Otras noticias de Economía", "sections", "es"),
        ("Leer más", "toggles", "es"),
        ("Publicidad", "notices", "es"),
        ("Aviso legal", "legal", "es"),
        ("Leggi anche", "sections", "it"),
        ("Continua a leggere", "toggles", "it"),
        ("Pubblicità", "notices", "it"),
        ("Leia também", "sections", "pt"),
        ("Compartilhar no Facebook", "share", "pt"),
        ("Meest gelezen", "sections", "nl"),
        ("Lees verder", "toggles", "nl"),
        ("Door Jan Jansen", "bylines", "nl"),
        ("Czytaj także", "sections", "pl"),
        ("Najnowsze wiadomości z regionu", "sections", "pl"),
        ("Czytaj dalej", "toggles", "pl"),
        ("Reklama", "notices", "pl"),
        ("Материалы по теме", "sections", "ru"),
        ("Читайте также", "sections", "ru"),
        ("Читать далее", "toggles", "ru"),
        ("Реклама", "notices", "ru"),
        ("関連記事", "sections", "ja"),
        ("あわせて読みたい", "sections", "ja"),
        ("もっと見る", "toggles", "ja"),
        ("広告", "notices", "ja"),
        ("Most Read Stories", "sections", "en"),
        ("Abonnez-vous au Quotidien À partir de 9 $ par mois", "notices", "fr"),
        ("Je m'abonne au Quotidien", "notices", "fr"),
        ("Créez un compte gratuitement", "notices", "fr"),
        ("Trending Now on Example", "sections", "en"),
    ],
)
def test_lookup_hits_expected_category(lexicon: Lexicon, text: str, category: str, lang: str) -> None:
    hit = lexicon.lookup(text, (category,))
    assert hit is not None, text
    assert hit.category == category
    assert hit.lang == lang


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "notices"),
        ("Ce site utilise des cookies pour améliorer votre expérience.", "notices"),
        ("Este sitio web utiliza cookies propias y de terceros.", "notices"),
        ("Deze website maakt gebruik van cookies.", "notices"),
        ("Ta strona używa plików cookie.", "notices"),
        ("Сайт использует файлы cookie.", "notices"),
        ("当サイトではCookieを使用しています。", "notices"),
        ("© 2024 Beispiel GmbH. Alle Rechte vorbehalten.", "legal"),
        ("Foto di repertorio", "credits"),
        ("Wie bewerten Sie diesen Artikel?", "notices"),
        ("Please rate this article", "notices"),
        ("Toutes nos offres d'abonnement", "notices"),
        ("（写真＝共同）", "credits"),
    ],
)
def test_contained_notice_phrases(lexicon: Lexicon, text: str, category: str) -> None:
    assert lexicon.find_contained(text, category) is not None, text


def test_split_glued(lexicon: Lexicon) -> None:
    assert lexicon.split_glued("Keep ReadingShow less") == ["keep reading", "show less"]
    assert lexicon.split_glued("WeiterlesenTeilen") == ["weiterlesen", "teilen"]
    assert lexicon.split_glued("The minister resigned on Tuesday.") is None
    # a space the edge trimming keeps (thin space) still lets the first label open the block
    assert lexicon.split_glued("\u2009Keep ReadingShow less") == ["keep reading", "show less"]
    assert lexicon.split_glued("qqKeep ReadingShow less") is None


def test_glue_labels_are_stripped_so_the_glued_pattern_may_take_spaces_possessively(lexicon: Lexicon) -> None:
    # ``glued`` reads the spaces before each label possessively: that matches what a backtracking read would only
    # while no label starts or ends with a space
    assert lexicon.glue_labels and all(label == label.strip() for label in lexicon.glue_labels)
    assert lexicon.split_glued("Keep Reading   Show less  ") == ["keep reading", "show less"]


PROSE = [
    "The minister said on Tuesday that the new budget would be presented to parliament next month.",
    "Die Regierung hat am Dienstag angekündigt, dass die neuen Regeln ab dem kommenden Jahr gelten sollen.",
    "Von den rund 300 Teilnehmern stimmten am Ende mehr als zwei Drittel für den Vorschlag.",
    "Le gouvernement a annoncé mardi que la réforme des retraites serait présentée au Parlement.",
    "Plus de trois cents personnes se sont rassemblées devant la mairie samedi matin.",
    "El Gobierno anunció el martes que presentará el nuevo presupuesto al Congreso el mes que viene.",
    "Il sindaco ha spiegato che i lavori sulla strada principale dureranno almeno fino a giugno.",
    "O ministro afirmou nesta terça-feira que o novo orçamento será apresentado ao Congresso.",
    "De gemeente heeft dinsdag besloten dat het nieuwe zwembad volgend jaar wordt geopend.",
    "Rząd zapowiedział we wtorek, że nowe przepisy wejdą w życie od przyszłego roku.",
    "Правительство во вторник объявило, что новые правила вступят в силу в следующем году.",
    "政府は火曜日、新しい規則を来年から施行すると発表した。",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_matches_no_chrome(lexicon: Lexicon, sentence: str) -> None:
    assert lexicon.lookup(sentence, CHROME_CATEGORIES) is None
    assert lexicon.find_contained(sentence, "notices") is None
    assert lexicon.split_glued(sentence) is None


def test_contained_phrase_does_not_depend_on_hash_seed() -> None:
    """Two notice phrases in one block: the one reported must be the same in every process."""
    import os
    import subprocess
    import sys

    code = (
        "from pagesplit.lexicon import load\n"
        "hit = load().find_contained('We use cookies on this site; read our cookie policy to learn more.', 'notices')\n"
        "print(hit.text if hit else None)\n"
    )
    seen = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(seen) == 1, seen
    assert seen.pop().strip() != "None"


@pytest.mark.parametrize("text", ["Share on Facebook", "• Share on Facebook", "|| Share on Facebook", "By Jo Example"])
def test_prefix_entries_behind_edge_junk_and_first_word_gate(lexicon: Lexicon, text: str) -> None:
    from pagesplit.lexicon.lookup_form import normalize

    _, prefixed = lexicon.entries(normalize(text))
    assert prefixed, text


def test_blocks_opening_with_no_entry_word_have_no_prefix_hits(lexicon: Lexicon) -> None:
    from pagesplit.lexicon.lookup_form import normalize

    assert lexicon.entries(normalize("Harbour board backs dredging plan")) == ((), ())


def test_may_contain_is_false_only_when_no_category_can_match(lexicon: Lexicon) -> None:
    yes = "We use cookies to make this site work."
    assert lexicon.may_contain(yes, yes.casefold().split())
    no = "The ferry leaves at dawn."
    assert not lexicon.may_contain(no, no.casefold().split())
    assert lexicon.may_contain("当サイトではCookieを使用しています。", ["当サイトではcookieを使用しています。"])


def _full_date_pattern(lexicon: Lexicon) -> regex.Pattern[str]:
    """Every date shape in one pattern, months of every language: the slow oracle ``has_date`` must agree with."""
    return date_pattern(set(lexicon.month_words) | set(lexicon.month_others))


@pytest.mark.parametrize("text", [
    "12 March 2024", "March 12, 2024", "14. März 2024", "14 de marzo de 2024", "2024-03-14", "14.03.2024",
    "3/14/24", "2024年3月14日", "(Updated 2 June 2023)", "Sept. 9, 2021", "9月 2024",
    "5 things to know", "Page 12 of 40", "Marching band plays 2024 songs", "Call 555 0199", "Room 12B",
    "5March 2024", "March2024", "_March 2024", "12 de marzo 2024", "MÄRZ 2024", "14. MÄRZ, 2024", "Sept 3rd, 2024",
    "Straße 12 März 2024", "x12 March 2024",
    "14 / März / 2024", "14-Mar-2024", "x14-Mar-2024", "14 / März 2024",
])
def test_has_date_agrees_with_the_date_pattern(lexicon: Lexicon, text: str) -> None:
    assert lexicon.has_date(text) is (_full_date_pattern(lexicon).search(text) is not None)


@pytest.mark.parametrize("text", ["14 / März / 2024", "14-Mar-2024"])
def test_a_month_between_slashes_or_hyphens_is_a_date(lexicon: Lexicon, text: str) -> None:
    assert lexicon.has_date(text)


@pytest.mark.parametrize("text", [
    "Published 3 March 2021Updated 4 March 2021",  # two elements printed with no space between them
    "Jane Roe19.10.2019, 05:00",  # a name glued to its date
    "Pressemeldung14.03.2024",
    "2019-11-19T08:57:40+01:00",  # a timestamp: a letter after the day
    "4. März 2020Konferenz über Zahlungen",  # a card's date glued to its headline
])
def test_a_date_glued_to_letters_is_a_date(lexicon: Lexicon, text: str) -> None:
    assert lexicon.has_date(text)
    assert _full_date_pattern(lexicon).search(text) is not None


@pytest.mark.parametrize("text", [
    "VN:F [1.9.22_1171]", "rev_14.03.2024", "v114.03.2024",
    "资料来源[引用日期2014-05-19]",  # in a script written without spaces the date is inside the entry, no date line
])
def test_a_date_shape_touching_a_digit_or_underscore_is_no_date(lexicon: Lexicon, text: str) -> None:
    assert not lexicon.has_date(text)


@pytest.mark.parametrize("text", ["Mar. 14", "- 14 March", "On 14 März -", "Posted Mar 4, 9:15 AM", "• 3 März"])
def test_a_date_line_with_no_year(lexicon: Lexicon, text: str) -> None:
    assert lexicon.is_yearless_date_line(text)
    assert not lexicon.has_date(text)  # a day and month alone is as often a title ("Le 3 Juin")


@pytest.mark.parametrize("text", [
    "March 14 -- Town Hall, Riverside",  # a tour's list: a day and month with a place, no date line
    '"Le 14 Mars"',  # a quoted title
    "4 Things to Do in March",
    "Ticket sales open March 14 for members",
    "Page 14",
])
def test_a_day_and_month_inside_other_words_is_no_date_line(lexicon: Lexicon, text: str) -> None:
    assert not lexicon.is_yearless_date_line(text)


def test_has_date_agrees_with_the_date_pattern_on_the_dev_dumps(lexicon: Lexicon) -> None:
    """The gates of ``has_date`` only skip lines the full pattern would not match (every innerText line)."""
    import gzip

    from conftest import SHARED

    paths = sorted((SHARED / "eval" / "dev").glob("*/*.innertext.txt.gz"))
    if not paths:
        pytest.skip("no dev dumps beside the repository")
    lines = {line.strip() for path in paths for line in gzip.decompress(path.read_bytes()).decode().splitlines()}
    date = _full_date_pattern(lexicon)
    disagree = [line for line in lines
                if line and lexicon.has_date(line) is not (date.search(line) is not None)]
    assert disagree == []


def test_a_date_before_a_month_is_found_backwards() -> None:
    """``_DAY_BEFORE_MONTH`` is anchored at the month: searched forward it was quadratic in the line."""
    from pagesplit.lexicon.date_shapes import _DAY_BEFORE_MONTH

    assert _DAY_BEFORE_MONTH.search("on 14. ", 0, 7) is not None
    assert _DAY_BEFORE_MONTH.search("on 14. x", 0, 8) is None
    assert _DAY_BEFORE_MONTH.search("x 14 de ", 0, 8) is not None
    assert _DAY_BEFORE_MONTH.pattern.startswith("(?r)")


def test_printable_text_holds_no_whitespace_but_the_space() -> None:
    """``fold_spaces`` skips splitting printable text: every other character ``str.split`` cuts at is unprintable."""
    cut_at = [chr(c) for c in range(sys.maxunicode + 1) if len(f"a{chr(c)}b".split()) == 2]
    assert " " in cut_at and "\u00a0" in cut_at and "\u3000" in cut_at
    assert [c for c in cut_at if c.isprintable()] == [" "]


@pytest.mark.parametrize("text", [
    "Plain words", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "no\u00a0break", "\u3000wide",
    "", " ", "soft\u00adhyphen", "zero\u200bwidth", "é accent",
])
def test_fold_spaces_is_split_and_join(text: str) -> None:
    assert fold_spaces(text) == " ".join(text.split())
    # ``normalize`` folds spaces the same way, written out
    assert normalize(text) == " ".join(unicodedata.normalize("NFKC", text).split()).strip(EDGE_JUNK).casefold()


def test_long_texts_normalize_alike_from_the_cache() -> None:
    paragraph = "  The Harbour Board met on Tuesday.  " + "It backed the dredging plan, again. " * 20
    first = normalize(paragraph)
    assert len(paragraph) > MAX_NORMALIZED_KEY_CHARS
    assert normalize(paragraph) is first
    assert first == " ".join(paragraph.split()).strip(".").casefold()


@pytest.mark.parametrize(("text", "chars", "held"), [
    ("Older posts", "←→", False),  # ASCII: no scan
    ("Café crème →", "←→", True),  # Latin-1 text with a wider character
    ("Café crème", "←→", False),  # Latin-1 text: the arrows are wider than every character
    ("← Предыдущая статья", "→←", True),
    ("Предыдущая статья", "←→", False),
])
def test_holds_any_is_a_set_test(text: str, chars: str, held: bool) -> None:
    assert holds_any(text, chars) is held
    assert holds_any(text, chars) is not frozenset(chars).isdisjoint(text)


_WORDS = regex.compile(r"\w+")


@pytest.mark.parametrize("text", [
    "", "plain words", "Don't stop_now, 2nd-place (x) 10:45", "a\tb\nc\x1cd\x00e\x7ff", "!!!", "__", "C3PO... r2d2?",
    "".join(map(chr, range(128))),
])
def test_ascii_words_split_is_the_word_pattern(text: str) -> None:
    """``ascii_words(text).split()`` stands for ``\\w+``'s findall on ASCII text (``records``, ``said_again``)."""
    assert ascii_words(text).split() == _WORDS.findall(text)


@pytest.mark.parametrize("text", [
    "a" * 60, "a" * 61, f"{'x' * 30} {'y' * 61} z", f"{'x' * 30}\t{'y' * 31}", f"{'x' * 40}\x1c{'y' * 40}",
    f"{'x' * 40}\x0b{'y' * 40}", "https://example.org/" + "path/" * 10, "Café " * 20, "é" * 61, "‘quoted’ " * 12,
    "".join(map(chr, range(128))),
])
def test_a_word_longer_than_is_the_longest_split_word(text: str) -> None:
    """``has_word_longer_than`` answers as the longest word of ``str.split`` does (ASCII read in C, the rest split)."""
    for chars in (0, 30, 60):
        assert has_word_longer_than(text, chars) == (max(map(len, text.split()), default=0) > chars), (text, chars)


def test_ascii_words_keeps_what_the_word_pattern_takes() -> None:
    for c in map(chr, range(128)):
        assert ascii_words(f"a{c}b").split() == _WORDS.findall(f"a{c}b"), repr(c)


def test_folded_ascii_words_split_is_the_word_pattern_on_the_folded_text() -> None:
    text = "".join(map(chr, range(128))) + " Don't STOP_now, 2nd-Place"
    assert folded_ascii_words(text).split() == _WORDS.findall(text.casefold())


@pytest.mark.parametrize("text", [
    "".join(map(chr, range(256))) + WIDE_PUNCTUATION, "Die STRASSE über den Fluß — „endlich“ offen…",
    "L’ÉTÉ à l’école: ½ ² ³ ª º", "5 µm?", "¿Qué? ¡Sí!", "a\u00a0b\u00adc",
])
def test_folded_latin1_words_split_is_the_word_pattern_on_the_folded_text(text: str) -> None:
    """``folded_latin1_words`` stands for ``\\w+``'s findall on the case-folded text, or gives None."""
    for piece in (text, *text):
        spaced = folded_latin1_words(piece)
        if spaced is not None:
            assert spaced.split() == _WORDS.findall(piece.casefold()), repr(piece)
        else:  # only a text with a character outside Latin-1 and the typographic punctuation, or one folded there
            assert any(ord(c) > 255 and c not in WIDE_PUNCTUATION for c in piece.casefold()), repr(piece)


def test_folded_latin1_words_gives_up_on_other_scripts() -> None:
    assert folded_latin1_words("Мост открыт") is None
    assert folded_latin1_words("bridge ? Ω") is None
    assert folded_latin1_words("Bridge ? ½") == "bridge    "
