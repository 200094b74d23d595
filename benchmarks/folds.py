"""The fold of a ``score.py --folds`` result group, for the scripts that read those results."""

from __future__ import annotations


def fold_key(group: str, split: str | None = None) -> str | None:
    """``"sh/dev:a"`` -> ``"sh:a"``; None for a group that is no fold (``"sh/dev"``) or, when ``split`` is
    given, a fold of another split.

    >>> fold_key("sh/dev:a"), fold_key("sh/dev"), fold_key("tf/heldout:b", split="dev")
    ('sh:a', None, None)
    """
    corpus, _, rest = group.partition("/")
    name, _, fold = rest.partition(":")
    if not fold or (split is not None and name != split):
        return None
    return f"{corpus}:{fold}"
