"""A link's site (``links.site_of``): a plainly written web address is read without ``urlsplit``
(``links._plain_host``), and every address reads as ``urlsplit`` reads it, whichever way it goes."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from pagesplit.rules.links import _plain_host, site_of

#: Addresses in the shapes pages write, and the ones ``urlsplit`` reads otherwise than as plain text.
ADDRESSES = [
    "https://www.Harbour-Review.example/news/ferry-strike", "http://harbour.example", "http://harbour.example:8080?q=1",
    "https://news.harbour.example#top", "https://harbour.example?next=/news/", "https://harbour.example#/a?b",
    "https://harbour.example/@quay", "http:///news/ferry", "http://", "https://harbour.example:port/x",
    # read by urlsplit: a user name, a bracketed address, a zone, characters it deletes, another scheme or case
    "https://reader@harbour.example/", "http://[::1]/news", "http://[fe80::1%25eth0]/", "https://harbour%2E.example/",
    "https://harbour.\texample/news", "https://harbour.example\n/news", "HTTPS://Harbour.example/", "ftp://harbour.example/",
    "//harbour.example/news", "/news/ferry", "https://hárbour.example/", "https:/harbour.example", "http://[::1/news",
]


def _by_urlsplit(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return ".".join(host.split(".")[-2:]) if host else None


@pytest.mark.parametrize("url", ADDRESSES)
def test_site_of_reads_as_urlsplit_reads(url: str) -> None:
    site_of.cache_clear()
    assert site_of(url) == _by_urlsplit(url)


def test_plain_addresses_skip_urlsplit() -> None:
    assert _plain_host("https://www.Harbour-Review.example:443/news?id=7") == "www.harbour-review.example"
    assert _plain_host("https://reader@harbour.example/") is None  # a user name: urlsplit's reading
    assert _plain_host("HTTPS://harbour.example/") is None
