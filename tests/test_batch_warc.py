"""WARC, WARC.gz and WET inputs end to end (needs the extra pagesplit[warc]): which records become pages, with
which ids and urls, what is skipped and counted, and a truncated copy that ends with an error record."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from batch_pages import note
from pagesplit.batch import read, run
from pagesplit.cli import main

pytest.importorskip("fastwarc", reason="the WARC reader needs the extra pagesplit[warc]")

ARTICLE = ("<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
           + "<p>The harbour committee met on Tuesday to agree the summer timetable for the ferries. </p>" * 6
           + "</article></body></html>")


def warc_record(kind: str, record_id: str, block: bytes, *, uri: str | None = None,
                content_type: str = "application/http; msgtype=response") -> bytes:
    headers = [f"WARC-Type: {kind}", f"WARC-Record-ID: <urn:uuid:{record_id}>", "WARC-Date: 2024-03-12T10:00:00Z"]
    if uri:
        headers.append(f"WARC-Target-URI: {uri}")
    headers += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("WARC/1.0\r\n" + "\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(body: bytes, content_type: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def make_warc(path: Path) -> list[bytes]:
    records = [
        warc_record("warcinfo", "0000", b"software: made-up\r\n", content_type="application/warc-fields"),
        warc_record("request", "0001", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n", uri="https://example.org/a",
                    content_type="application/http; msgtype=request"),
        warc_record("response", "0002", http(ARTICLE.format(title="Ferry timetable agreed").encode(),
                                             "text/html; charset=utf-8"), uri="https://example.org/a"),
        warc_record("response", "0003", http(b"%PDF-1.4 made-up", "application/pdf"), uri="https://example.org/b.pdf"),
        warc_record("revisit", "0004", b"HTTP/1.1 304 Not Modified\r\n\r\n", uri="https://example.org/a"),
        warc_record("response", "0005", http(ARTICLE.format(title="Caf\xe9 reopens by the quay").encode("cp1252"),
                                             "text/html; charset=no-such-charset"), uri="https://example.org/c"),
        warc_record("response", "0006", http(b"\x00\x01\x02\xff" * 64, "text/html"), uri="https://example.org/d"),
    ]
    path.write_bytes(b"".join(gzip.compress(record) for record in records))
    return records


def outcome(result: Any) -> str:
    return result.error.kind if result.error else result.page.article.title


def test_warc_gz_pages_ids_urls_and_skips(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    inputs = read([str(path)])
    results = list(run(inputs, workers=2))
    assert [r.id for r in results] == [f"{path}:<urn:uuid:{n}>" for n in ("0002", "0005", "0006")]
    assert [r.url for r in results] == ["https://example.org/a", "https://example.org/c", "https://example.org/d"]
    assert [outcome(r) for r in results] == ["Ferry timetable agreed", "Café reopens by the quay", "decode"]
    assert results[0].page is not None and results[0].page.url == "https://example.org/a"
    assert inputs.skipped == {"warcinfo": 1, "request": 1, "revisit": 1, "response application/pdf": 1}


def test_truncated_warc_gz_ends_with_a_read_error(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc.gz"
    make_warc(whole)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-40])  # inside the last record's gzip member
    results = list(run(read([str(cut)]), workers=1))
    assert [outcome(r) for r in results[:2]] == ["Ferry timetable agreed", "Café reopens by the quay"]
    assert results[-1].error is not None and results[-1].error.kind == "read"
    assert "ends early" in results[-1].error.message


def test_uncompressed_warc_and_wet(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(b"".join(make_warc(tmp_path / "unused.warc.gz")))
    assert [outcome(r) for r in run(read([str(plain)]), isolate=False)][:2] == ["Ferry timetable agreed",
                                                                               "Café reopens by the quay"]
    wet = tmp_path / "crawl.warc.wet.gz"
    wet.write_bytes(gzip.compress(warc_record("conversion", "0100", note(5).encode(), uri="https://example.org/e",
                                              content_type="text/plain")))
    results = list(run(read([str(wet)]), isolate=False))
    assert [outcome(r) for r in results] == ["Council number 5 extends the opening hours of library 5"]
    assert results[0].page is not None and results[0].page.url == "https://example.org/e"


def test_mixed_directory_through_the_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    make_warc(folder / "a.warc.gz")
    (folder / "b.html").write_text(ARTICLE.format(title="Bridge repairs begin"), encoding="utf-8")
    (folder / "c.txt.gz").write_bytes(gzip.compress(note(7).encode()))
    (folder / "d.jsonl").write_text(json.dumps({"url": "https://example.org/f", "text": note(8)}) + "\n",
                                    encoding="utf-8")
    stats = tmp_path / "stats.json"
    status = main([str(folder), "--jsonl", "--workers", "2", "--stats", str(stats), "--no-progress"])
    got = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1  # the binary response
    assert [Path(r["path"]).name for r in got] == ["a.warc.gz"] * 3 + ["b.html", "c.txt.gz", "d.jsonl"]
    assert [r["url"] for r in got] == ["https://example.org/a", "https://example.org/c", "https://example.org/d",
                                      None, None, "https://example.org/f"]
    figures = json.loads(stats.read_text())
    assert figures["ok"] == 5 and figures["failed"] == {"decode": 1}
    assert figures["skipped_records"]["revisit"] == 1


@pytest.mark.parametrize("name", ["gone.warc.gz", "gone.jsonl"])
def test_a_missing_warc_or_jsonl_file_is_a_read_record(tmp_path: Path, name: str) -> None:
    missing = str(tmp_path / name)
    results = list(run(read([missing]), workers=1))
    assert [(r.id, r.error.kind if r.error else None) for r in results] == [(missing, "read")]


#: A made-up dump whose only date is relative: it has one only when the reader knows when the page was fetched.
RELATIVE_DUMP = ("A harbour town opens a floating garden on its old pier\n\nBy Kim Lee\n\n2 hours ago\n\n"
                 + "The town has opened a garden on the pier where the ferry used to dock. " * 8)


def test_a_wet_record_dates_its_relative_date_from_its_warc_date(tmp_path: Path) -> None:
    wet = tmp_path / "crawl.wet.gz"
    wet.write_bytes(gzip.compress(warc_record("conversion", "0200", RELATIVE_DUMP.encode(), uri="https://example.org/f",
                                              content_type="text/plain")))
    [result] = list(run(read([str(wet)]), workers=1))
    assert result.page is not None and result.page.article is not None
    assert result.page.article.published == "2024-03-12T08:00+00:00"  # WARC-Date 10:00Z, minus 2 hours
