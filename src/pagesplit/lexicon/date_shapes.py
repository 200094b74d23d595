"""Date shapes as sites print them (2024-03-14, 14. März 2024, March 14, 2024, "Mar. 4"): the patterns
``Lexicon.has_date`` and ``Lexicon.is_yearless_date_line`` run, built over the lexicon's month names."""

from __future__ import annotations

import regex

from pagesplit.lexicon.unspaced import UNSPACED_LETTERS
from pagesplit.timed_match import TimedPattern, timed

#: A date's edges: no digit and no "_" (a file name's) touches them, but a letter may: innerText and the text browsers
#: print an element's text with no space after the one before ("Jane Roe19.10.2019, 05:00", "3 March 2021Updated",
#: "2019-11-19T08:57:40"), where ``\b`` saw no date. Not a letter of a script written without spaces (Han, kana,
#: Thai: ``unspaced.UNSPACED_LETTERS``): there a date touching letters is inside a sentence or a list entry, no line
#: of its own, as ``\b`` read it. Otherwise what ``\b`` took: a "." or "-" then a digit after a date
#: ("2019-11-19-14-13-51", a screenshot's name) still ends a date.
_DATE_EDGE_BEFORE = rf"(?<![\d_{UNSPACED_LETTERS}])"
_DATE_EDGE_AFTER = rf"(?![\d_{UNSPACED_LETTERS}])"
FOUR_DIGITS = timed(regex.compile(r"\d{4}"), "lexicon.four-digits")
NUMERIC_DATE_HINT = timed(regex.compile(r"\d[-./]\d|\d年"), "lexicon.numeric-date-hint")
#: Runs of letters: ``[\p{L}\p{Nl}\p{No}]`` is the standard library's ``[^\W\d_]`` (``str.isalnum`` but no decimal
#: digit; ``regex``'s ``\w`` also takes combining marks and leaves out ``²``).
LETTER_RUN = timed(regex.compile(r"[\p{L}\p{Nl}\p{No}]+"), "lexicon.letter-run")
#: The shapes of ``_MONTH_DATES`` cut at the month (same syntax and flags, so the same matches): what may
#: follow it (alternatives 1 and 3, which want a word boundary before the month; alternative 2), and what
#: alternative 2 wants before it.
_AFTER_MONTH_DAY = timed(regex.compile(
    rf"\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}{_DATE_EDGE_AFTER}|\s+\d{{4}}{_DATE_EDGE_AFTER}", regex.IGNORECASE),
    "lexicon.after-month-day")
_AFTER_DAY_MONTH = timed(regex.compile(rf"\.?,?\s+(?:de\s+)?\d{{4}}{_DATE_EDGE_AFTER}", regex.IGNORECASE),
                         "lexicon.after-day-month")
#: Searched from the end (``(?r)``): searched forward, it tried every start before the month, so a line of
#: many "March, 2024" took quadratic time (4,000 of them: 3.7 s); backwards, only the end can match.
_DAY_BEFORE_MONTH = timed(regex.compile(rf"(?r){_DATE_EDGE_BEFORE}\d{{1,2}}\.?\s+(?:de\s+)?\Z", regex.IGNORECASE),
                          "lexicon.day-before-month")
#: The slashed shape ("4 / März / 2024", "04-Mar-2024"): what follows its month (matched right after it, never
#: searched for, as ``_AFTER_DAY_MONTH``), and what comes before it (searched backwards, as ``_DAY_BEFORE_MONTH``).
_AFTER_SLASHED_MONTH = timed(regex.compile(rf"\.?\s*[/-]\s*\d{{4}}{_DATE_EDGE_AFTER}"), "lexicon.after-slashed-month")
_DAY_SLASH_BEFORE_MONTH = timed(regex.compile(rf"(?r){_DATE_EDGE_BEFORE}\d{{1,2}}\s*[/-]\s*\Z"),
                                "lexicon.day-slash-before-month")
_WORD_CHAR = timed(regex.compile(r"\w"), "lexicon.word-char")


def month_date_at(text: str, start: int, end: int) -> bool:
    """``_MONTH_DATES`` matches with its month at ``text[start:end]`` (a whole run of letters)."""
    if (start == 0 or _WORD_CHAR.match(text, start - 1) is None) and _AFTER_MONTH_DAY.match(text, end) is not None:
        return True
    if _AFTER_DAY_MONTH.match(text, end) is not None and _DAY_BEFORE_MONTH.search(text, 0, start) is not None:
        return True
    return _AFTER_SLASHED_MONTH.match(text, end) is not None \
        and _DAY_SLASH_BEFORE_MONTH.search(text, 0, start) is not None



#: A date line with no year ("Mar. 4", "- 4 March", "Posted Mar 4, 9:15 AM") is at most this many characters:
#: a day and a month, a time, one word before them, and dashes or single letters after. Dev dumps read: card
#: date lines run to 24 characters; a tour's date list ("June 9 -- Town Hall, Riverside") runs longer.
MAX_YEARLESS_DATE_CHARS = 32
#: The whole line: a dash or bullet, at most one word before the day and month (either order), an optional clock
#: time, then no word of two letters or more, and no quotation mark anywhere (a quoted "Le 3 Juin" is a title).
#: Month names of letters only (``Lexicon.month_words``).
_YEARLESS_DATE_LINE = (
    r"\A(?=[\s\S]{1,{max_chars}}\Z)(?![\s\S]*[\p{Pi}\p{Pf}\"'])[\s\p{Pd}•·|]*(?:\p{L}+[^\p{L}\d]+)?"
    r"(?:(?:\L<yearless_months>)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?:de\s+)?(?:\L<yearless_months>)\.?)"
    r"(?![\p{L}\d])(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\b\.?)?)?(?:[^\p{L}]|\p{L}(?!\p{L}))*\Z"
).replace("{max_chars}", str(MAX_YEARLESS_DATE_CHARS))
_NUMERIC_DATES = (
    rf"{_DATE_EDGE_BEFORE}(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}){_DATE_EDGE_AFTER}"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
)
_MONTH_DATES = (
    r"(?:(?<!\w)(?:\L<months>)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    rf"|{_DATE_EDGE_BEFORE}\d{{1,2}}\.?\s+(?:de\s+)?(?:\L<months>)\.?,?\s+(?:de\s+)?\d{{4}}"
    rf"|{_DATE_EDGE_BEFORE}\d{{1,2}}\s*[/-]\s*(?:\L<months>)\.?\s*[/-]\s*\d{{4}}"  # 21 / Dezember / 2022, 05-Dec-2020
    rf"|(?<!\w)(?:\L<months>)\s+\d{{4}}){_DATE_EDGE_AFTER}"
)
#: The numeric date shapes alone (no month names).
NUMERIC_DATE = timed(regex.compile(_NUMERIC_DATES), "lexicon.numeric-date")


def date_pattern(months: set[str], *, numeric: bool = True) -> TimedPattern:
    """Dates as sites print them: 2024-03-14, 14.03.2024, March 14, 2024, 14. März 2024, 14 de marzo de 2024,
    21 / Dezember / 2022 (``numeric=False``: only the shapes naming a month)."""
    return timed(regex.compile(
        f"{_MONTH_DATES}|{_NUMERIC_DATES}" if numeric else _MONTH_DATES,
        regex.IGNORECASE,
        months=sorted(months or {"\x00"}),
    ), "lexicon.date" if numeric else "lexicon.month-date")


def yearless_pattern(month_words: frozenset[str]) -> TimedPattern:
    """``_YEARLESS_DATE_LINE`` alone, over the month names of letters only (``Lexicon.month_words``: "3月" would need
    a year-less shape of its own)."""
    return timed(regex.compile(_YEARLESS_DATE_LINE, regex.IGNORECASE, yearless_months=sorted(month_words or {"\x00"})),
                 "lexicon.yearless-date")
