"""Section labels the lexicon knows open a zone of cards in a text dump, on made-up pages: the labels a German or
Polish page prints over its most read list or its author's other stories."""

from __future__ import annotations

import pagesplit

TITLE = "Przystań w zatoce otwarta po długim remoncie"
STORY = [
    "Po dwóch latach prac przystań w zatoce znów przyjmuje łodzie rybackie i jachty, a nabrzeże dostało nowe "
    "oświetlenie i szersze pomosty dla pasażerów promu.",
    "Remont kosztował prawie dwanaście milionów złotych i był opóźniony o pół roku z powodu zimowych sztormów, "
    "które zniszczyły część tymczasowych umocnień.",
    "Rada gminy zapowiada, że opłaty za cumowanie pozostaną na poziomie z ubiegłego roku co najmniej do jesieni.",
]


def test_an_authors_other_stories_under_their_label_are_cards() -> None:
    cards = ["Inne artykuły autora",
             "Nowy prom kursuje od poniedziałku na wyspę", "12 marca 2024", "Anna Nowak",
             "Rybacy chcą dłuższego sezonu połowów", "3 marca 2024", "Anna Nowak"]
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, *cards)))
    assert [t.title for t in page.teasers] == ["Nowy prom kursuje od poniedziałku na wyspę",
                                               "Rybacy chcą dłuższego sezonu połowów"]
    assert page.article is not None
    assert list(page.article.paragraphs) == STORY


def test_popular_on_the_site_opens_a_zone() -> None:
    cards = ["Beliebt auf hafen-nachrichten.example",
             "Neue Fähre fährt ab Montag zur Insel", "Hafen",
             "Fischer wollen eine längere Fangsaison", "Fischerei"]
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, *cards)))
    assert [t.title for t in page.teasers] == ["Neue Fähre fährt ab Montag zur Insel",
                                               "Fischer wollen eine längere Fangsaison"]


def test_a_bullet_over_the_first_card_is_no_line_the_zone_skips() -> None:
    # a text browser's bullet, then the first card's two kicker lines: the zone still opens
    cards = ["Najczęściej czytane", "*", "Port", "Gorące",
             "Nowy prom kursuje od poniedziałku na wyspę", "Rejsy co dwie godziny, także w weekendy.",
             "*", "Rybacy chcą dłuższego sezonu połowów", "Wniosek trafi do ministerstwa jeszcze w tym miesiącu."]
    page = pagesplit.split_text("\n\n".join((TITLE, *STORY, *cards)))
    assert [t.title for t in page.teasers] == ["Nowy prom kursuje od poniedziałku na wyspę",
                                               "Rybacy chcą dłuższego sezonu połowów"]
