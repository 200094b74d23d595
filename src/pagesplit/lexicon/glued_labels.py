"""Labels a site glued together without a space ("Keep ReadingShow less"): whether a text is made of them, told by
set lookups before the costly pattern runs (``Lexicon.split_glued``)."""

from __future__ import annotations


def glued_labels_cover(norm: str, labels: frozenset[str], lengths: tuple[int, ...]) -> bool:
    """``norm`` (its whitespace folded to single spaces) is two or more of ``labels`` (``lengths``: their lengths,
    rising) run together, a space allowed before each and at the end: whether the lexicon's ``glued`` pattern
    fullmatches it, found by set lookups (the label lengths at each place a label may start, from the start and the
    ends of labels found), so that the pattern runs only to tell the labels of a text it matches."""
    end = len(norm) - 1 if norm[-1:] == " " else len(norm)
    #: place -> how many labels end there (two stands for two or more); -1: none
    found = [-1] * (end + 1)
    found[0] = 0
    for place in range(end):
        count = found[place]
        if count < 0:
            continue
        start = place + 1 if norm[place] == " " else place
        count = 2 if count else 1
        for n in lengths:
            stop = start + n
            if stop > end:
                break  # lengths rise
            if found[stop] < count and norm[start:stop] in labels:
                found[stop] = count
    return found[end] == 2
