"""A limit on repeated log records, so a flood of one failure cannot flood the log.

Under 20,000 hostile connections the bot once wrote 832,891 identical tracebacks (369 MB in
two minutes): each failed request logged its stack. An operator needs the first few and a
count, not the rest. The filter lives with the HTTP edge, where such floods come from, and
the composition root puts it on the process's log handlers, so it sees every logger's
records (aiohttp's, asyncio's, ours).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

Key = tuple[str, int, str, str]


class RepeatLimit(logging.Filter):
    """Lets the first `burst` records of a kind through in each `interval` seconds and counts
    the rest; the first record of the kind after that says how many were left out. A kind is
    the logger, level, message template and exception type, not the arguments, so "turn
    failed" for a thousand conversations is one kind."""

    def __init__(
        self,
        burst: int = 5,
        interval: float = 60.0,
        kinds: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.burst, self.interval, self.kinds, self.clock = burst, interval, kinds, clock
        # kind -> [window start, records let through in it, records left out]
        self._seen: OrderedDict[Key, list[float]] = OrderedDict()
        # The record last decided on: a filter shared by several handlers sees each record
        # once per handler, and must count it, and change its message, only once.
        self._last: tuple[logging.LogRecord | None, bool] = (None, True)

    def filter(self, record: logging.LogRecord) -> bool:
        if self._last[0] is record:
            return self._last[1]
        decision = self._decide(record)
        self._last = (record, decision)
        return decision

    def _decide(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[0].__name__ if record.exc_info and record.exc_info[0] else ""
        key = (record.name, record.levelno, str(record.msg), error)
        now = self.clock()
        seen = self._seen.get(key)
        if seen is None or now - seen[0] >= self.interval:
            left_out = int(seen[2]) if seen else 0
            self._seen[key] = [now, 1, 0]
            self._seen.move_to_end(key)
            if len(self._seen) > self.kinds:
                self._seen.popitem(last=False)
            if left_out:
                record.msg = f"{record.msg} [{left_out} more like this left out]"
            return True
        if seen[1] < self.burst:
            seen[1] += 1
            if seen[1] == self.burst:
                record.msg = (
                    f"{record.msg} [more like this in the next {self.interval:.0f} s are counted, "
                    "not logged]"
                )
            return True
        seen[2] += 1
        return False


def limit_repeats(logger: logging.Logger | None = None) -> RepeatLimit:
    """Puts one RepeatLimit on every handler of `logger` (the root logger by default)."""
    limit = RepeatLimit()
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(limit)
    return limit
