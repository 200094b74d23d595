"""Opening a batch input by its path without hanging: only a regular file is read.

Opening a FIFO for reading blocks until a writer comes, for ever when none does. The file is therefore opened
without blocking, and its kind read from the open descriptor (no window between a check and the open): a FIFO,
a device or a socket is an ``InputError`` (a ``read`` error record in a batch), however it is named (``.html``,
``.jsonl``, ``.warc.gz``).
"""

from __future__ import annotations

import io
import os
import stat

from pagesplit.errors import InputError

NOT_REGULAR_TEXT = "not a regular file (a FIFO, device or socket); pass its content on stdin instead"

#: Opening for reading without waiting for a FIFO's writer (0 where the system has no such flag).
_NO_WAIT = getattr(os, "O_NONBLOCK", 0)


def open_regular(path: str) -> io.BufferedReader:
    """``path`` opened for reading in binary, buffered; ``InputError`` when it is no regular file.

    >>> open_regular("/dev/null")
    Traceback (most recent call last):
    ...
    pagesplit.errors.InputError: not a regular file (a FIFO, device or socket); pass its content on stdin instead
    """
    descriptor = os.open(path, os.O_RDONLY | _NO_WAIT)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise InputError(NOT_REGULAR_TEXT)
        if _NO_WAIT:
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    # Outside the ``try``: once ``fdopen`` has the descriptor it closes it itself when it fails (a Ctrl-C inside
    # it does so). A second close here would raise EBADF in place of the interrupt, and a batch would take the
    # interrupt for one unreadable file and go on; it could also close a descriptor some other thread was given.
    return os.fdopen(descriptor, "rb")
