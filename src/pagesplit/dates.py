"""Publication dates as values: the date a page prints, read into ISO 8601.

``find_date`` finds the first date in a line ("Dienstag, 28. April 2020", "Nov 19, 2019, 07:47 PM EST",
"2019-11-19T19:47:00Z", "15 августа 2016, 13:43") and returns a ``FoundDate``: the ISO 8601 string (a date,
plus time and zone when the text gives them) and where in the text the date stood. Month names come from
the lexicon (``lexicon/<lang>/months.txt``), time-zone abbreviations from ``lexicon/_dates/time_zones.txt``,
and relative dates ("2 hours ago", "vor 2 Stunden") from ``lexicon/<lang>/relative_dates.txt``; those are
read only when the caller gives a reference time, since "2 hours ago" means nothing without one.

No third-party date parser: ``benchmarks/bench_dates.py`` measures why (dateparser is not installed
here and is the slowest of the candidates in its own documentation; these patterns take microseconds).
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.resources
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from pagesplit import lexicon
from pagesplit.errors import LexiconError
from pagesplit.lexicon.char_classes import has_two_digits
from pagesplit.lexicon.lookup_form import normalize
from pagesplit.timed_match import TimedPattern, timed

#: Two-digit years ("28.01.22") below this are 20xx, the others 19xx: pages date their stories in this
#: century, and archive pages from the 1970s-90s print four digits.
TWO_DIGIT_YEAR_PIVOT = 70
#: A date line holds a date and at most this many other words ("Published on", "Veröffentlicht am",
#: "Updated"); more, and the date is part of a sentence or a caption.
MAX_DATE_LINE_OTHER_WORDS = 3
#: Lines longer than this are no date line (the longest dev date line, a weekday, date, time and zone with
#: "Updated", has 60 characters); they are not searched.
MAX_DATE_LINE_CHARS = 80
#: Text allowed between a date and the time that follows it (", at ", " um ", " - "): longer, and the
#: number is something else (a comment count, a phone number).
MAX_DATE_TIME_GAP = 12

_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|\.)?"


#: The named groups of the printed shapes (``_patterns``), read from a match.
_GROUPS = ("year", "month", "month_no", "day", "first", "second_no", "sep", "hour", "minute", "second", "offset",
           "zone")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text: its ISO 8601 form and its place (``text[start:end]``)."""

    iso: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Relative:
    pattern: TimedPattern
    units: dict[str, str]  #: casefolded unit word -> minute, hour, day, week, month or year
    days_back: dict[str, int]  #: casefolded word -> days before the reference ("yesterday" -> 1)


@dataclass(frozen=True, slots=True)
class _Patterns:
    absolute: TimedPattern  #: every printed shape, in order of preference
    time: TimedPattern
    zones: dict[str, str]  #: uppercase abbreviation -> "+HH:MM"
    months: dict[str, int]
    relative: tuple[_Relative, ...]
    #: Every language's relative date in one pattern, which finds one where any of ``relative`` does: most texts
    #: hold none, and one search costs less than a search per language (callgrind: about 7,000 instructions a call)
    any_relative: TimedPattern


def _read_zones() -> dict[str, str]:
    path = "lexicon/_dates/time_zones.txt"
    folder = importlib.resources.files("pagesplit.lexicon").joinpath("_dates")
    text = folder.joinpath("time_zones.txt").read_text("utf-8")
    zones = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or not regex.fullmatch(r"[A-Z]{1,5}", parts[0]) \
                or not regex.fullmatch(r"[+-]\d{2}:\d{2}", parts[1]):
            raise LexiconError(path, number, raw, "want 'ABBREVIATION +HH:MM'")
        zones[parts[0]] = parts[1]
    return zones


def _read_relative(lang: str, text: str) -> tuple[_Relative, str, dict[str, Any]]:
    """The language's relative date pattern, and its alternative in ``_Patterns.any_relative``: its source, with
    no groups and its word lists named after the language, and those lists."""
    path = f"lexicon/{lang}/relative_dates.txt"
    shape = None
    units: dict[str, str] = {}
    days_back: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, words = (part.strip() for part in line.partition("="))
        if not sep or not words:
            raise LexiconError(path, number, raw, "want 'key = words'")
        if key == "shape":
            shape = words
        elif key in ("minute", "hour", "day", "week", "month", "year"):
            units.update((w.casefold(), key) for w in words.split())
        elif key in ("yesterday", "today"):
            days_back.update((w.casefold(), 1 if key == "yesterday" else 0) for w in words.split())
        else:
            raise LexiconError(path, number, raw, f"unknown key {key!r}")
    if shape is None or "{n}" not in shape or "{unit}" not in shape or not units:
        raise LexiconError(path, 0, "", "a shape with {n} and {unit}, and unit words, are needed")
    body = r"\s*".join(regex.escape(piece) for piece in shape.split())
    body = body.replace(regex.escape("{n}"), r"(?P<n>\d{1,3})").replace(regex.escape("{unit}"), r"(?P<unit>\L<units>)")
    named = r"(?P<named>\L<named>)" if days_back else r"(?!)"
    source = rf"(?<!\w)(?:{body}|{named})(?!\w)" if shape[-1].isascii() else rf"(?<!\w)(?:{body}|{named})"
    lists: dict[str, Any] = {"units": sorted(units), "named": sorted(days_back or {"\x00"})}
    pattern = timed(regex.compile(source, regex.IGNORECASE, **lists), "dates.relative")
    ungrouped = source.replace("(?P<n>", "(?:").replace("(?P<unit>", "(?:").replace("(?P<named>", "(?:")
    ungrouped = ungrouped.replace(r"\L<units>", rf"\L<units_{lang}>").replace(r"\L<named>", rf"\L<named_{lang}>")
    return _Relative(pattern, units, days_back), ungrouped, {f"{name}_{lang}": words for name, words in lists.items()}


@cache
def _patterns() -> _Patterns:
    lex = lexicon.load()
    months = lex.month_numbers
    zones = _read_zones()
    month = r"(?P<month>\L<months>)\.?"
    day = rf"(?P<day>\d{{1,2}}){_DAY_SUFFIX}"
    year = r"(?P<year>\d{4})"
    shapes = (
        # 2019-11-19, 2019-11-19T19:47:00.000+01:00, 2022-5-3T23:57:00 (meta tags and JSON-LD)
        r"(?<!\d)(?P<year>\d{4})-(?P<month_no>\d{1,2})-(?P<day>\d{1,2})"
        r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
        r"(?:\s?(?P<offset>Z|[+-]\d{2}(?::?\d{2})?))?)?(?!\d)",
        # 2019/11/19, 2019.11.19
        r"(?<![\d.])(?P<year>\d{4})(?P<sep>[/.])(?P<month_no>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])",
        # Tue Jan 28 15:28:56 CET 2020 (ctime, the date and output of Unix tools)
        rf"(?<!\w){month}\s+{day}\s+(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?::(?P<second>\d{{2}}))?"
        rf"\s+(?:(?P<zone>\L<zones>)\s+)?{year}(?!\d)",
        # November 19, 2019 / Nov. 19 2019 / December 29th 2019
        rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}(?!\d)",
        # 19 NOV 2019 / 28. April 2020 / 21 de abril de 2022 / 15 августа 2016 / 1er janvier 2020
        rf"(?<!\d){day}\s*(?:de\s+)?{month},?\s+(?:de\s+)?{year}(?!\d)",
        # 21 / Dezember / 2022 / 05-Dec-2020 (a month's name between slashes or hyphens)
        rf"(?<![\d/-]){day}\s*[/-]\s*{month}\s*[/-]\s*{year}(?!\d)",
        # 16.10.2019 / 17/02/2022 / 2/26/2015 / 01-11-2023 / 28.01.22
        r"(?<![\d.:/])(?P<first>\d{1,2})(?P<sep>[./-])(?P<second_no>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/]|\.\d)",
        # 2019年11月19日
        r"(?P<year>\d{4})年(?P<month_no>\d{1,2})月(?P<day>\d{1,2})日",
        # Januar 2022 (a month, no day)
        rf"(?<!\w){month},?\s+{year}(?!\d)",
    )
    # One pattern, the shapes in order: the leftmost date wins, and at one place the earlier shape.
    absolute = timed(regex.compile("|".join(f"(?:{shape})" for shape in shapes), regex.IGNORECASE,
                                   months=sorted(months), zones=sorted(zones)), "dates.absolute")
    time = timed(regex.compile(
        rf"[^\d\n]{{0,{MAX_DATE_TIME_GAP}}}?(?<!\d)(?P<hour>\d{{1,2}})"
        r"(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?|h(?P<minute>\d{2})|\.(?P<minute>\d{2})(?=\s*uhr\b)"
        r"|時(?P<minute>\d{2})分?)"
        r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?:\s*uhr\b)?"
        r"(?:\s*(?:(?P<zone>\L<zones>)\b)?\s*(?P<offset>[+-]\d{2}(?::?\d{2})?)?)?",
        regex.IGNORECASE, zones=sorted(zones)), "dates.time")
    relative, sources = [], []
    lists: dict[str, Any] = {}  # word lists by name, for ``regex.compile``
    root = importlib.resources.files("pagesplit.lexicon")
    for lang in lex.languages:
        file = root.joinpath(lang).joinpath("relative_dates.txt")
        if file.is_file():
            rel, source, words = _read_relative(lang, file.read_text("utf-8"))
            relative.append(rel)
            sources.append(source)
            lists.update(words)
    any_relative = timed(regex.compile("|".join(f"(?:{source})" for source in sources) or r"(?!)", regex.IGNORECASE,
                                       **lists), "dates.any-relative")
    return _Patterns(absolute, time, zones, months, tuple(relative), any_relative)


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < TWO_DIGIT_YEAR_PIVOT else 1900
    return value


def _offset(zone: str | None, offset: str | None, zones: dict[str, str]) -> dt.timezone | None:
    if offset:
        if offset.upper() == "Z":
            return dt.timezone.utc
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 14 or minutes > 59:
            return None
        delta = dt.timedelta(hours=hours, minutes=minutes)
        return dt.timezone(-delta if offset[0] == "-" else delta)
    if zone and zone.upper() in zones:
        return _offset(None, zones[zone.upper()], zones)
    return None


def _day_month(groups: dict[str, Any], pats: _Patterns, day_first: bool) -> tuple[int, int] | None:
    """Day and month of a match (its groups by name); numeric dates with both numbers at most 12 follow
    ``day_first`` (slashes only: dots and dashes are always day first)."""
    if groups.get("first") is not None:
        first, second = int(groups["first"]), int(groups["second_no"])
        if first > 12 or (second <= 12 and (day_first or groups["sep"] != "/")):
            return first, second
        return second, first
    if groups.get("month_no") is not None:
        return int(groups["day"]) if groups.get("day") else 1, int(groups["month_no"])
    number = pats.months.get(normalize(groups["month"]))
    if number is None:
        return None
    return (int(groups["day"]) if groups.get("day") else 1), number


def _build(m: regex.Match[str], text: str, pats: _Patterns, day_first: bool) -> FoundDate | None:
    groups = dict(zip(_GROUPS, m.group(*_GROUPS), strict=True))  # groupdict() costs more than the search
    parts = _day_month(groups, pats, day_first)
    if parts is None:
        return None
    day, month = parts
    try:
        date = dt.date(_year(m.group("year")), month, day)
    except ValueError:
        return None
    if groups.get("day") is None and groups.get("first") is None:  # "Januar 2022": the month only
        return FoundDate(f"{date.year:04d}-{date.month:02d}", m.start(), m.end())
    end = m.end()
    hour, minute, second, ampm = groups.get("hour"), groups.get("minute"), groups.get("second"), None
    zone, offset = groups.get("zone"), groups.get("offset")
    if hour is None:
        after = pats.time.match(text, end)
        if after is not None:
            hour, minute, second, ampm = after.group("hour", "minute", "second", "ampm")
            zone, offset = after.group("zone", "offset")
            end = after.end()
            if zone is None and offset is None:
                end = after.end("ampm") if ampm else (after.end("second") if second else after.end("minute"))
    if hour is None or minute is None:
        return FoundDate(date.isoformat(), m.start(), m.end())
    h = int(hour)
    if ampm:
        if h > 12:
            return FoundDate(date.isoformat(), m.start(), m.end())
        h = h % 12 + (12 if ampm[0] in "pP" else 0)
    try:
        stamp = dt.datetime(date.year, date.month, date.day, h, int(minute), int(second or 0),
                            tzinfo=_offset(zone, offset, pats.zones))
    except ValueError:
        return FoundDate(date.isoformat(), m.start(), m.end())
    return FoundDate(stamp.isoformat(timespec="seconds" if second else "minutes"), m.start(), end)


def _relative(text: str, pats: _Patterns, reference: dt.datetime) -> FoundDate | None:
    found: list[tuple[int, FoundDate]] = []
    if pats.any_relative.search(text) is None:
        return None
    for rel in pats.relative:
        m = rel.pattern.search(text)
        if m is None:
            continue
        if m.group("named"):
            day = reference.date() - dt.timedelta(days=rel.days_back[m.group("named").casefold()])
            found.append((m.start(), FoundDate(day.isoformat(), m.start(), m.end())))
            continue
        n, unit = int(m.group("n")), rel.units[m.group("unit").casefold()]
        if unit in ("minute", "hour"):
            stamp = reference - dt.timedelta(minutes=n if unit == "minute" else 60 * n)
            found.append((m.start(), FoundDate(stamp.isoformat(timespec="minutes"), m.start(), m.end())))
            continue
        if unit in ("day", "week"):
            day = reference.date() - dt.timedelta(days=n if unit == "day" else 7 * n)
        else:
            months_back = n if unit == "month" else 12 * n
            index = reference.year * 12 + reference.month - 1 - months_back
            year, month = divmod(index, 12)
            month += 1
            day = dt.date(year, month, min(reference.day, calendar.monthrange(year, month)[1]))
        found.append((m.start(), FoundDate(day.isoformat(), m.start(), m.end())))
    return min(found, key=lambda f: f[0])[1] if found else None


def find_date(text: str, *, day_first: bool = True, reference: dt.datetime | None = None) -> FoundDate | None:
    """The first date in ``text``, as ISO 8601; relative dates ("2 hours ago") only with a ``reference``.

    ``day_first``: how to read a slashed date whose numbers could both be months ("03/04/2024"); pages in
    US English write the month first.

    >>> find_date("Published Nov 19, 2019, 07:47 PM EST").iso
    '2019-11-19T19:47-05:00'
    >>> find_date("Dienstag, 28. April 2020").iso
    '2020-04-28'
    >>> find_date("vor 3 Stunden", reference=dt.datetime(2024, 3, 14, 12, 0)).iso
    '2024-03-14T09:00'
    """
    if not text:
        return None
    pats = _patterns()
    best: FoundDate | None = None
    position = 0
    # no two digits in a row, or neither four digits in a row nor digits around a separator: no absolute date,
    # and the costly scan of every shape (the month names in every case, at every place) is skipped
    while best is None and has_two_digits(text, position) \
            and _DATE_DIGITS.search(text, position) is not None \
            and (m := pats.absolute.search(text, position)) is not None:
        best = _build(m, text, pats, day_first)  # None: no such day ("31.02.2021"); look further on
        position = m.start() + 1
    if best is None and reference is not None:
        best = _relative(text, pats, reference)
    return best


def to_iso(text: str | None, *, day_first: bool = True, reference: dt.datetime | None = None) -> str | None:
    """``find_date(text).iso``, or None when the text holds no date."""
    found = find_date(text or "", day_first=day_first, reference=reference)
    return found.iso if found is not None else None


def date_line(text: str, *, day_first: bool = True, reference: dt.datetime | None = None) -> FoundDate | None:
    """The date of a line that is a date ("Updated 2 hours ago", "4. März 2021, 10:35 Uhr"), not one
    a sentence mentions.

    >>> date_line("Published on March 4, 2021") is not None, date_line("The pier opened on March 4, 2021.")
    (True, None)
    """
    if len(text) > MAX_DATE_LINE_CHARS:
        return None
    found = find_date(text, day_first=day_first, reference=reference)
    if found is None:
        return None
    rest = f"{text[:found.start]} {text[found.end:]}"
    return found if len(WORD.findall(rest)) <= MAX_DATE_LINE_OTHER_WORDS else None


WORD = timed(regex.compile(r"\p{L}[\p{L}'’-]*"), "dates.word")
#: Every shape of ``_Patterns.absolute`` holds two digits in a row (``has_two_digits``), and four digits
#: in a row (the year of every shape but one, which has digits around ``.``, ``/`` or ``-``: "28.01.22"), or
#: digits around such a separator.
_DATE_DIGITS = timed(regex.compile(r"\d{4}|\d[./-]\d"), "dates.date-digits")
#: A date of a year and a month only ("2024-03"), which ``fromisoformat`` does not read.
_YEAR_MONTH = timed(regex.compile(r"\d{4}-\d{2}"), "dates.year-month")


def day_first_for(language: str | None) -> bool:
    """US English writes slashed dates month first (3/14/2024); the other languages and Englishes day first.
    A page that says only "en" is read as US English, the commoner case on the web."""
    lang = (language or "").casefold().replace("_", "-")
    return not (lang == "en" or lang.startswith("en-us"))


def iso_to_datetime(iso: str | None) -> dt.datetime | None:
    """The ``datetime`` of an ISO string this module wrote: a date is its midnight, a month its first day.

    >>> iso_to_datetime("2019-11-19T19:47-05:00").utcoffset()
    datetime.timedelta(days=-1, seconds=68400)
    """
    if not iso:
        return None
    try:
        if _YEAR_MONTH.fullmatch(iso):
            return dt.datetime(int(iso[:4]), int(iso[5:7]), 1)
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
