"""The repeat limit on log records, with a clock the test moves."""

from __future__ import annotations

import logging

import pytest

from bot.teams.log_limit import RepeatLimit


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def _record(msg: str, *args: object, name: str = "bot.teams.handler") -> logging.LogRecord:
    return logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args, None)


def test_the_first_five_of_a_kind_pass_then_the_rest_are_counted() -> None:
    limit = RepeatLimit(burst=5, interval=60, clock=Clock())
    passed = [limit.filter(_record("turn failed for %s", i)) for i in range(1000)]
    assert passed.count(True) == 5


def test_after_the_interval_the_next_record_says_how_many_were_left_out() -> None:
    clock = Clock()
    limit = RepeatLimit(burst=2, interval=60, clock=clock)
    for _ in range(10):
        limit.filter(_record("turn failed"))
    clock.now = 61
    record = _record("turn failed")
    assert limit.filter(record)
    assert "8 more like this left out" in record.getMessage()


def test_other_kinds_are_not_held_back_by_a_flood() -> None:
    limit = RepeatLimit(burst=1, interval=60, clock=Clock())
    for _ in range(100):
        limit.filter(_record("turn failed"))
    assert limit.filter(_record("turn failed", name="bot.alerts.scheduler"))
    assert limit.filter(_record("could not deliver the apology"))


@pytest.mark.parametrize("handlers", [1, 3])
def test_a_limit_shared_by_several_handlers_counts_each_record_once(handlers: int) -> None:
    limit = RepeatLimit(burst=3, interval=60, clock=Clock())
    decisions = []
    for _ in range(10):
        record = _record("turn failed")
        decisions.append({limit.filter(record) for _ in range(handlers)})
    assert decisions == [{True}] * 3 + [{False}] * 7
