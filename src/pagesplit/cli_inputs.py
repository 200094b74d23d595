"""The ``pagesplit`` command's inputs: directories expanded into their files, and a file or stdin read as bytes
(gunzipped when gzip-compressed, refused past ``--max-chars``). ``batch.read`` reads its files through these, so
the command and a batch expand directories alike."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from pagesplit.batch.files import open_regular
from pagesplit.cli_flags import LIMIT_TEXTS
from pagesplit.errors import DecodeError, SizeLimitError

STDIN = "-"
#: A UTF-8 character is at most 4 bytes: reading stops here, before the character limit can be checked.
BYTES_PER_CHAR = 4
GZIP_MAGIC = b"\x1f\x8b"

NO_INPUTS_TEXT = "no input files found under {path} (glob {glob!r}; hidden files are skipped)"
NOT_FOUND_TEXT = "no such file or directory"
TOO_LONG_TEXT = LIMIT_TEXTS["max_chars"]
BAD_GZIP_TEXT = "the file looks gzip-compressed but cannot be decompressed: {problem}"


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _matches(directory: Path, glob: str) -> Iterator[Path]:
    """A file-name pattern ('*.txt.gz') matches at any depth, as ``find -name`` does; a pattern with a '/'
    ('2024/*/*.html') matches paths relative to the directory, as ``Path.glob`` does."""
    return directory.glob(glob) if "/" in glob else directory.rglob(glob)


def iter_inputs(targets: Sequence[str], glob: str) -> Iterator[str]:
    """Expand directories into their files (sorted, hidden ones skipped); keep files and '-' as given."""
    for target in targets:
        path = Path(target)
        if target != STDIN and path.is_dir():
            found = sorted(p for p in _matches(path, glob) if p.is_file() and not _is_hidden(p, path))
            if not found:
                print(NO_INPUTS_TEXT.format(path=target, glob=glob), file=sys.stderr)
            yield from (str(p) for p in found)
        else:
            yield target


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _read_capped(stream: _Readable, max_chars: int) -> bytes:
    """At most ``max_chars`` characters' worth of bytes: more bytes than the longest encoding of that many
    characters cannot be ``max_chars`` characters or fewer."""
    limit = max_chars * BYTES_PER_CHAR
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SizeLimitError(TOO_LONG_TEXT.format(limit=max_chars), allowed=max_chars)
    return data


def read_input(target: str, max_chars: int) -> bytes:
    """The bytes of a file or of stdin, gunzipped when they start with the gzip magic number; refused when they
    hold more than ``max_chars`` characters' worth of bytes."""
    if target == STDIN:
        data = _read_capped(sys.stdin.buffer, max_chars)
    else:
        try:
            with open_regular(target) as handle:  # a FIFO, device or socket is an InputError, not a hang
                data = _read_capped(handle, max_chars)
        except FileNotFoundError:
            raise FileNotFoundError(NOT_FOUND_TEXT) from None
    if data[:2] == GZIP_MAGIC:
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                data = _read_capped(unzipped, max_chars)
        except (OSError, EOFError, zlib.error) as exc:
            raise DecodeError(BAD_GZIP_TEXT.format(problem=exc)) from None
    return data
