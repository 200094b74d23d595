"""Fast constructors for the frozen, slotted dataclasses built once per block (``Block``, ``Evidence``, ``Span``).

A frozen dataclass's generated ``__init__`` sets every field through ``object.__setattr__``, a lookup and
a call per field: a fifth of a text page's time went into freezing its blocks, half of an HTML page's
draft building into ``Evidence``. ``fast_constructor(cls)`` returns a function taking the fields in
declaration order. It builds the object as an instance of an open twin of ``cls`` (a plain class with the
same slots, in the same order, so the same memory layout), sets the fields with plain attribute stores
(the cheapest there are), then makes the object a ``cls`` by assigning its ``__class__``, which Python
allows between classes of one layout. It is generated from ``dataclasses.fields(cls)`` (as dataclasses
generate ``__init__``), so it cannot fall out of step with the class; the object is the same one
``cls(...)`` builds, of that type, equal and hashed alike, and still frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


def fast_constructor(cls: type[T]) -> Callable[..., T]:
    """``fast_constructor(Span)(1, 2, None) == Span(1, 2, None)``; every field is required, positionally."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if getattr(cls, "__slots__", None) != tuple(names) or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: a slotted dataclass with no base class is needed (its layout is copied)")
    twin = type(f"Open{cls.__name__}", (), {"__slots__": tuple(names)})
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    source = (f"def build({', '.join(names)}):\n    obj = _new(_twin)\n"
              + "".join(f"    obj.{name} = {name}\n" for name in names)
              + "    obj.__class__ = _cls\n    return obj\n")
    exec(source, namespace)
    build: Callable[..., T] = namespace["build"]
    build.__qualname__ = build.__name__ = f"new_{cls.__name__}"
    return build
