"""Decoding as a browser decodes (WHATWG), with every repair noted; the HTML-or-text sniff."""

from __future__ import annotations

import codecs
import random
import unicodedata

import pytest

import pagesplit
from pagesplit import DecodeError
from pagesplit.charsets import resolve
from pagesplit.ingest import _composed, clean, decode, looks_like_html, replace_surrogates

HTML = "<html><head>{meta}</head><body><p>Grüße aus Köln, sagte er.</p></body></html>"


@pytest.mark.parametrize("label", ["base64", "hex", "zlib", "rot13", "idna", "undefined", "punycode",
                                   "unicode_escape", "utf-7", "UTF7", "x" * 300, ""])
def test_labels_no_browser_decodes_with_are_ignored(label: str) -> None:
    assert resolve(label) is None
    page = pagesplit.split(HTML.format(meta=f'<meta charset="{label}">').encode())
    assert page.blocks[0].text == "Grüße aus Köln, sagte er."


@pytest.mark.parametrize(("label", "codec"), [("latin1", "cp1252"), ("US-ASCII", "cp1252"),
                                              ("x-user-defined", "cp1252"), ("shift_jis", "cp932"),
                                              ("gb2312", "gb18030"), ("utf8", "utf-8")])
def test_labels_resolve_as_in_a_browser(label: str, codec: str) -> None:
    assert resolve(label) == codec


def test_a_utf16_label_in_the_page_means_utf8() -> None:
    decoded = decode(HTML.format(meta='<meta charset="utf-16">').encode())
    assert "Grüße" in decoded.text


def test_utf8_declared_single_byte_is_read_as_utf8_with_a_note() -> None:
    decoded = decode(HTML.format(meta='<meta charset="iso-8859-1">').encode())
    assert "Köln" in decoded.text and "KÃ" not in decoded.text
    assert any("valid UTF-8" in note for note in decoded.notes)


def test_a_true_single_byte_page_stays_single_byte() -> None:
    decoded = decode(HTML.format(meta='<meta charset="iso-8859-1">').encode("cp1252"))
    assert "Köln" in decoded.text and decoded.notes == ["encoding: cp1252 (the page declares 'iso-8859-1')"]


def test_the_caller_charset_beats_the_page() -> None:
    raw = HTML.format(meta='<meta charset="koi8-r">').encode("cp1252")
    assert "Köln" in decode(raw, "text/html; charset=windows-1252").text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_bom(codec: str) -> None:
    assert "Köln" in decode(HTML.format(meta="").encode(codec)).text


@pytest.mark.parametrize(("bom", "codec"), [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                                            (codecs.BOM_UTF8, "utf-8")])
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    decoded = decode(bom + HTML.format(meta='<meta charset="koi8-r">').encode(codec))
    assert "Köln" in decoded.text and not decoded.text.startswith("\ufeff")


def test_invalid_bytes_are_replaced_not_truncated() -> None:
    raw = HTML.format(meta="").encode() + b"\xff<p>After the damage.</p>"
    decoded = decode(raw)
    assert "Köln" in decoded.text and "After the damage." in decoded.text and "\ufffd" in decoded.text


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n" + bytes(64), b"PK\x03\x04" + bytes(64), bytes(range(256)) * 4])
def test_binary_is_a_decode_error(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        decode(raw)


def test_a_stray_nul_is_removed_with_a_note() -> None:
    out = clean("A line with a NUL\x00 in it, and more words after it.")
    assert out.text == "A line with a NUL in it, and more words after it." and out.notes
    page = pagesplit.split_text("A dump with a NUL\x00 in its first line.\n\nAnd a second paragraph.")
    assert "NUL" in " ".join(page.notes) and "\x00" not in page.blocks[0].text


def test_letters_typed_as_a_letter_and_a_mark_are_written_in_their_one_form() -> None:
    # a page typed on a system that writes "u" + U+0308 where others write "ü": a phrase searched for in the
    # output (a tag, a quote, a snippet) must be found however the author typed it (Unicode NFC)
    typed = "Die Stra\u00dfe war gru\u0308n und scho\u0308n, sagte sie am Montag in der Stadt."
    out = clean(typed)
    assert out.text == "Die Stra\u00dfe war gr\u00fcn und sch\u00f6n, sagte sie am Montag in der Stadt." and out.notes
    html = "<html><body><h1>Ein Titel f\u00fcr die Geschichte</h1>" + f"<p>{typed}</p>" * 8 + "</body></html>"
    for page in (pagesplit.split(html), pagesplit.split(html.encode()), pagesplit.split_text(typed + "\n\n" + typed)):
        assert "gr\u00fcn und sch\u00f6n" in page.article.text and "\u0308" not in page.article.text
        assert any("NFC" in note for note in page.notes)
    # a form with no composed character (a composition exclusion: Bengali U+09DC) is written decomposed
    assert clean("\u09b8\u09be\u09dc\u09c7").text == "\u09b8\u09be\u09a1\u09bc\u09c7"
    # text in its one form already, ASCII or not, is left as it is, with no note
    for plain in ("plain ASCII words", "Stra\u00dfe, gr\u00fcn, \u2019quoted\u2019"):
        assert clean(plain).text is plain and not clean(plain).notes


def test_lone_surrogates_are_replaced() -> None:
    out = clean("half \ud800 of a pair")
    assert out.text == "half \ufffd of a pair" and out.notes
    pagesplit.split("<p>half \udfff of a pair</p>").to_dict()


def test_each_lone_surrogate_becomes_one_replacement_character_and_is_counted() -> None:
    notes: list[str] = []
    text = "\ud83d\ude00 two halves, \udc00\udc00 two low ones and a last \ud800"
    assert replace_surrogates(text, notes) == "\ufffd\ufffd two halves, \ufffd\ufffd two low ones and a last \ufffd"
    assert notes == ["repair: replaced 5 lone surrogates with U+FFFD"]


def test_a_run_of_comments_is_sniffed_at_once() -> None:
    """``(?:<!--.*?-->\\s*)*`` backtracked exponentially here; the sniff is a loop now."""
    assert not looks_like_html("<!---->" * 40 + "x")
    assert looks_like_html("<!-- c -->" * 30 + "<div><p>x</p></div>")
    assert looks_like_html("<!-- only a comment -->")


def test_prose_quoting_tags_stays_text() -> None:
    dump = ("A note about markup.\n\nThe tags <p> <div> <span> are common, and a comment opens with <!-- in HTML.\n\n"
            "The rest of the dump must stay.\n")
    assert not looks_like_html(dump)
    assert pagesplit.split(dump).blocks[-1].text == "The rest of the dump must stay."


def test_dump_quoting_markup_after_a_screenful_of_text_is_text() -> None:
    """A story with a code sample: its dump holds tags, but only after many plain lines."""
    story = "\n\n".join(f"Paragraph {i} of a post about testing a web page's scripts." for i in range(15))
    sample = '<div id="runner"></div>\n<div id="messages"></div>\n<div id="fixtures"></div>\n'
    dump = f"Notes from the workbench\n{story}\n\nAdd these lines to the test page:\n\n{sample}\nThen run it."
    assert not looks_like_html(dump)
    # The same markup after a short preamble (a server's warning line) is a page's source.
    assert looks_like_html(f"Warning: cache is cold\n{sample}<p>{story}</p>")


def test_whitespace_alone_is_not_markup() -> None:
    assert not looks_like_html("\n\n   \n")
    assert looks_like_html("\n<!-- only a comment -->\n")


#: Characters the NFC test reads differently: ASCII letters, marks that compose with them (U+0301, U+0308, U+0327),
#: one that composes with a non-ASCII letter only (U+0345 under a Greek vowel), a mark no letter takes (U+0489),
#: precomposed letters, Hangul jamo (which compose when they meet), letters NFC never writes (the Angstrom and
#: Kelvin signs), curly quotes and a no-break space.
_NFC_ALPHABET = "ae c" + "\u0301\u0308\u0327\u0345\u0489" + "\u00e9\u00fc\u03b1\u1100\u1161\u11a8\uac00" \
    + "\u212b\u212a\u2019\u00a0"


def test_the_nfc_test_answers_as_unicodedata_does_on_every_mix() -> None:
    # the quick reading of the non-ASCII characters alone never says yes where the full reading says no
    draw = random.Random(7)
    texts = ["e\u0301", "\u1100 \u1161", "caf\u00e9 \u2019", "\u212b", "\u03b1\u0345", "a\u0489"]
    texts += ["".join(draw.choice(_NFC_ALPHABET) for _ in range(draw.randint(1, 8))) for _ in range(3000)]
    for text in texts:
        expected = unicodedata.is_normalized("NFC", text)
        assert _composed(text, None) is expected, ascii(text)
        assert _composed(text, text.encode("utf-8")) is expected, ascii(text)
