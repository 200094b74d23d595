"""Freezing drafts into public blocks: every field set, equal to what the dataclass constructor builds."""

from __future__ import annotations

from dataclasses import fields

from pagesplit import split_text
from pagesplit.model import Block, Span

DUMP = """Skip to content

A made-up headline about the harbour

By Ana Example

The harbour board said on Monday that the old pier would close for repairs until the spring.

Engineers found cracks in three of the supports during a routine check last month.

More For You

Another story about the town

A short summary of that other story.

Keep ReadingShow less
"""


def test_frozen_blocks_have_every_field_and_equal_constructed_blocks() -> None:
    page = split_text(DUMP, explain=True)
    assert page.teasers, "the dump has a card: the teaser fields are exercised"
    for block in page.blocks:
        values = {f.name: getattr(block, f.name) for f in fields(Block)}  # AttributeError if a slot is unset
        assert Block(**values) == block
        assert hash(Block(**values)) == hash(block)


def test_line_spans_are_shared_and_equal_to_new_ones() -> None:
    assert Span.lines(3, 4) is Span.lines(3, 4)
    assert Span.lines(3, 4) == Span(3, 4)
    assert str(Span.lines(5, 5)) == "line 5"


def test_line_spans_of_every_size_and_order() -> None:
    for n in (0, 1, 5, 3, 900, 4999, 5000, 12, 70_000):
        assert Span.lines(n, n) == Span(n, n)
        assert Span.lines(n, n + 2) == Span(n, n + 2)


def test_member_namespaces_hold_exactly_the_enum_members() -> None:
    from pagesplit.members import Inputs, Kinds, Parts, Roles
    from pagesplit.model import BlockKind, InputKind, Role, TeaserPart

    for namespace, members in ((Roles, Role), (Kinds, BlockKind), (Parts, TeaserPart), (Inputs, InputKind)):
        names = {name for name in vars(namespace) if not name.startswith("_")}
        assert names == set(members.__members__), namespace
        for name in names:
            assert getattr(namespace, name) is members[name]


def test_fast_constructor_builds_what_the_dataclass_builds() -> None:
    import dataclasses

    import pytest

    from pagesplit.frozen import fast_constructor
    from pagesplit.model import Reason

    new_span = fast_constructor(Span)
    assert new_span(1, 2, None) == Span(1, 2) and hash(new_span(1, 2, None)) == hash(Span(1, 2))
    assert new_span(None, None, "body/p") == Span(path="body/p")
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_span(1, 1, None).start_line = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        fast_constructor(Reason)("only-the-rule")  # every field is required
    assert type(new_span(1, 2, None)) is Span  # built as its open twin, then made a Span
    assert type(split_text(DUMP).blocks[0]) is Block


def test_fast_constructor_refuses_a_class_whose_layout_it_cannot_copy() -> None:
    import dataclasses

    import pytest

    from pagesplit.frozen import fast_constructor

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived(Span):
        extra: int = 0

    for cls in (NoSlots, Derived):
        with pytest.raises(TypeError):
            fast_constructor(cls)
