"""The caller's arguments to an entry point, checked before any work starts.

A wrong keyword, a missing input or a wrong type is the caller's mistake: it raises the ordinary
``TypeError`` (or ``ValueError`` for a value out of range), never ``InternalError``, so that
``except PagesplitError`` around a batch does not swallow a typo on every page.

>>> import inspect
>>> def split(raw: object, *, url: str | None = None, max_chars: int | None = None) -> None: ...
>>> CallCheck("split", inspect.signature(split))(("<p>x</p>",), {"max_chars": "10"})
Traceback (most recent call last):
...
TypeError: split() argument 'max_chars' must be int or None, not str
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pagesplit.limits import Limits

#: Keyword -> (the types it accepts, None allowed, a positive number required). Keywords not listed here
#: (the input itself) are checked by the entry point, which raises ``InputError`` for an input it cannot read.
KEYWORDS: dict[str, tuple[tuple[type, ...], bool, bool]] = {
    "url": ((str,), True, False),
    "charset": ((str,), True, False),
    "explain": ((bool,), False, False),
    "max_chars": ((int,), True, True),
    "max_depth": ((int,), True, True),
    "reference_time": ((datetime,), True, False),
    "limits": ((Limits,), True, False),
    "disable": ((tuple, frozenset), False, False),
}


def _check_rule_ids(function: str, ids: Any) -> None:
    """``disable=``: every item a registered rule id, else ``ValueError``."""
    from pagesplit.rules.registry import RULES

    unknown = sorted(repr(rule) for rule in ids if not isinstance(rule, str) or rule not in RULES)
    if unknown:
        raise ValueError(f"{function}() argument 'disable' names no registered rule: {', '.join(unknown)}")


def _type_names(types: tuple[type, ...], optional: bool) -> str:
    names = [t.__name__ for t in types] + (["None"] if optional else [])
    return " or ".join(names)


def check_value(function: str, name: str, value: Any) -> None:
    """Raise ``TypeError`` when ``value`` is not of the type keyword ``name`` takes, ``ValueError`` when a count
    is not positive (``True`` is no count, though ``bool`` is an ``int``)."""
    rule = KEYWORDS.get(name)
    if rule is None:
        return
    types, optional, positive = rule
    if value is None and optional:
        return
    if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
        raise TypeError(f"{function}() argument {name!r} must be {_type_names(types, optional)}, "
                        f"not {type(value).__name__}")
    if positive and isinstance(value, int) and value < 1:
        raise ValueError(f"{function}() argument {name!r} must be positive, not {value!r}")
    if name == "disable":
        _check_rule_ids(function, value)


class CallCheck:
    """Checks the calls of one entry point: ``CallCheck("split", inspect.signature(split))(args, kwargs)``
    raises ``TypeError`` for a call the signature does not accept (an unknown keyword, a missing input) and
    checks every keyword's value (``check_value``). The common call (the input, then known keywords) skips
    the binding, which costs more than the checks."""

    __slots__ = ("function", "keywords", "positional", "signature")

    def __init__(self, function: str, signature: inspect.Signature) -> None:
        self.function, self.signature = function, signature
        kinds = [p.kind for p in signature.parameters.values()]
        self.positional = sum(kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for kind in kinds)
        self.keywords = frozenset(name for name, p in signature.parameters.items()
                                  if p.kind is inspect.Parameter.KEYWORD_ONLY)

    def __call__(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        if len(args) != self.positional or not kwargs.keys() <= self.keywords:
            try:
                self.signature.bind(*args, **kwargs)
            except TypeError as exc:  # "got an unexpected keyword argument 'foo'", "missing a required argument"
                raise TypeError(f"{self.function}() {exc}") from None
        for name, value in kwargs.items():
            check_value(self.function, name, value)
