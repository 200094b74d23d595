"""A picture's text a text browser prints twice where the picture stands: shown once."""

from __future__ import annotations

#: A text browser prints a picture's text (its ``alt``, its ``title``, a second copy for another screen size) where
#: the picture stands, glued to the link text after it: "Red Kiwi TartRed Kiwi Tart", "red kiwi tart red kiwi tart
#: Red Kiwi Tart". A line opening with the same run of at least MIN_DOUBLED_CHARS characters twice (one space
#: between them or none) shows it once. Dev dumps: 358 w3m and 323 lynx lines open so, on 100+ pages each (74
#: innerText lines, a screen reader's label shown twice); the shortest are names and labels of 12 to 16 characters.
MIN_DOUBLED_CHARS = 12
#: …and at most this long: a picture's text is a name or a headline (the dev dumps' longest run is 75 characters); a
#: longer repeat is the page's own text said twice (a test page's paragraph of filler text).
MAX_DOUBLED_CHARS = 120
#: The second copy starts at most one space past the first: where its first MIN_DOUBLED_CHARS characters end.
_DOUBLED_REACH = MAX_DOUBLED_CHARS + 1 + MIN_DOUBLED_CHARS + 1


def doubled_run(line: str) -> int:
    """The length of the run ``line`` opens with twice, 0 when it opens with none; ``line`` then goes on at
    ``2 * run`` or ``2 * run + 1`` (a space between the two copies)."""
    seed = line[:MIN_DOUBLED_CHARS]
    if len(seed) < MIN_DOUBLED_CHARS or not any(map(str.isalpha, seed)):
        return 0  # a picture's text opens with a word (a rule of "━" or a row of figures repeats too)
    at = line.find(seed, 1, _DOUBLED_REACH)
    while at > 0:
        for run in (at, at - 1):  # the copy right after the run, or after one space
            if MIN_DOUBLED_CHARS <= run <= MAX_DOUBLED_CHARS and line[run:at] in ("", " ") \
                    and line[at:at + run] == line[:run] and not _says_a_sentence(line[:at]):
                return run
        at = line.find(seed, at + 1, _DOUBLED_REACH)
    return 0


def _says_a_sentence(run: str) -> bool:
    """The run (with the space after it, if any) holds a sentence ended and followed by a space: the page's prose,
    said again ("It rained. It rained."), not a picture's text, which is glued to its copy when it ends a sentence
    ("A roofer at work.A roofer at work.")."""
    return any(run.find(stop + " ") >= 0 for stop in ".!?")


def shown_once(line: str) -> str:
    """``line`` with the run it opens with twice (or more) shown once: "Kiwi TartKiwi Tart" -> "Kiwi Tart"."""
    if line.find(line[:MIN_DOUBLED_CHARS], 1, _DOUBLED_REACH) < 0:
        return line  # most lines: their opening comes back nowhere near
    run = doubled_run(line)
    if not run:
        return line
    copy = line[:run].rstrip()
    at = run  # where the rest of the line starts: past every further copy, glued or after one space
    while True:  # (positions, not slices: a line of one word repeated a million times is read once)
        start = at + 1 if line.startswith(" ", at) else at
        if not line.startswith(copy, start):
            break
        at = start + len(copy)
    rest = line[at:].lstrip()
    return copy + " " + rest if rest else copy
