"""A dead worker's death pinned on the page it was splitting, whatever the load.

``pebble.ProcessPool`` (checked in 5.2.3, the newest release) learns of a task's start and end from its workers'
messages, which one thread of the parent reads (the message thread), and it attributes a worker's death in another
(the manager thread), to the task that carries the dead worker's id. A task gets that id when the worker's
acknowledgement of it is read. Under load the acknowledgement can still be unread when the death is seen, and then:

- no task carries the id, and the death is dropped: the page's late acknowledgement starts its clock and it waits
  out its time limit (``timeout`` instead of ``crashed`` or ``memory``);
- the worker's previous task still carries it (its result unread too), and the death is pinned on that page: a good
  page gets the error, its result is dropped when it is read, and the page that killed the worker times out;
- no task carries any id yet, and pebble declares the whole pool broken.

A worker that has died has written everything it will ever write, so the cure is to read what is already in the
pipe before the death is attributed. ``exact_expiry`` does that on one pool: the message thread handles each
message under a lock, and the manager thread, holding that lock, reads and handles every message waiting in the
pipe itself before it attributes a death, so every acknowledgement and result the dead worker sent has been handled
whether or not the message thread has been given the processor. (A message cut off half-way would leave the reader
waiting, here as in pebble's message thread; a worker can only die half-way through a send holding pebble's channel
lock, which wedges the pool for every worker already.) It reaches into pebble's manager (no
public hook exists); ``exact_expiry`` says False, and the pool keeps pebble's own behaviour, if that ever changes.
"""

from __future__ import annotations

import threading
from typing import Any

from pebble import ProcessPool

#: The most messages one drain reads: all that can be waiting when it begins. A pipe holds 64 KiB (Linux's default,
#: which multiprocessing keeps) and the smallest message, an acknowledgement, takes 86 bytes with its length prefix,
#: so fewer than 1024 fit, and a worker writes at most one more past them (pebble's channel lock). The bound stops a
#: drain that would otherwise follow a stream that never falls quiet (many workers, a slow reader).
DRAIN_MOST = 65536 // 64

#: What ``exact_expiry`` replaces on pebble's pool manager, and what it reads there.
_MANAGER_METHODS = ("process_next_message", "handle_worker_expiration")


def _has_messages(channel: Any) -> bool:
    try:
        return bool(channel.poll(0))
    except (OSError, EOFError, ValueError):  # closed: nothing more will come
        return False


def exact_expiry(pool: ProcessPool) -> bool:
    """Make ``pool`` read every message already sent before it attributes a worker's death (see the module's
    docstring). Call it before the first task is scheduled (the pool starts its threads then). Returns False, and
    changes nothing, when this pebble's pool manager is not the one this was written against."""
    manager: Any = getattr(pool, "_pool_manager", None)
    if manager is None or not all(callable(getattr(manager, name, None)) for name in _MANAGER_METHODS) \
            or not hasattr(manager, "worker_manager") or not hasattr(manager.worker_manager, "pool_channel"):
        return False
    handling = threading.Lock()
    next_message = manager.process_next_message
    attribute = manager.handle_worker_expiration

    def process_next_message(timeout: float) -> None:
        """The message thread: wait for a message outside the lock, read and handle it inside."""
        try:
            ready = bool(manager.worker_manager.pool_channel.poll(timeout))
        except (OSError, EOFError, ValueError):
            ready = True  # pebble's own read meets the error and reports it its way
        if ready:
            with handling:
                next_message(0)

    def handle_worker_expiration(expiration: tuple[int, int]) -> None:
        """The manager thread: read and handle every message already sent, then attribute the death."""
        with handling:
            for _ in range(DRAIN_MOST):
                if not _has_messages(manager.worker_manager.pool_channel):
                    break
                next_message(0)
            attribute(expiration)

    manager.process_next_message = process_next_message
    manager.handle_worker_expiration = handle_worker_expiration
    return True
