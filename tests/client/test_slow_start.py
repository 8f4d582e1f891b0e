"""The slow start that admits async requests as connections open (``modelgates._slow_start``).

The burst through a real pool is in tests/contract/test_load.py; these pin the admission rules
with the class alone, in a real event loop: no HTTP is needed to tell who gets a slot when.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from modelgates._slow_start import SlowStart


async def _hold(gate: SlowStart, entered: list[int], index: int, release: asyncio.Event) -> None:
    async with gate.slot(None):
        entered.append(index)
        await release.wait()


async def _settle() -> None:
    for _ in range(5):  # let every runnable task take its step
        await asyncio.sleep(0)


def test_requests_beyond_the_start_wait_for_connections_to_open_in_arrival_order() -> None:
    async def main() -> None:
        gate = SlowStart(max_connections=5, start=2)
        entered: list[int] = []
        release = asyncio.Event()
        tasks = [asyncio.create_task(_hold(gate, entered, index, release)) for index in range(8)]
        await _settle()
        assert entered == [0, 1]  # two admitted with no connection open
        gate.opened()
        await _settle()
        assert entered == [0, 1, 2]  # one more per connection opened, the first to have come
        for _ in range(5):
            gate.opened()
        await _settle()
        assert entered == [0, 1, 2, 3, 4]  # never more than the pool's size
        release.set()
        await asyncio.gather(*tasks)
        assert sorted(entered) == list(range(8)) and gate.in_flight == 0

    asyncio.run(main())


def test_a_wait_longer_than_the_pool_timeout_is_a_pool_timeout_and_gives_nothing_away() -> None:
    async def main() -> None:
        gate = SlowStart(max_connections=1, start=1)
        release = asyncio.Event()
        holder = asyncio.create_task(_hold(gate, [], 0, release))
        await _settle()
        with pytest.raises(httpx.PoolTimeout):
            async with gate.slot(0.01):
                pass
        release.set()
        await holder
        assert gate.in_flight == 0
        async with gate.slot(0.01):  # the timed-out waiter left no claim behind
            assert gate.in_flight == 1

    asyncio.run(main())


def test_a_cancelled_waiter_hands_its_slot_on() -> None:
    async def main() -> None:
        gate = SlowStart(max_connections=1, start=1)
        entered: list[int] = []
        release = asyncio.Event()
        first = asyncio.create_task(_hold(gate, entered, 0, release))
        await _settle()
        second = asyncio.create_task(_hold(gate, entered, 1, release))
        third = asyncio.create_task(_hold(gate, entered, 2, release))
        await _settle()
        second.cancel()
        release.set()
        await first
        await third
        assert entered == [0, 2]
        assert second.cancelled() and gate.in_flight == 0

    asyncio.run(main())


def test_closed_connections_lower_the_bound_again() -> None:
    gate = SlowStart(max_connections=100, start=20)
    for _ in range(90):
        gate.opened()
    assert gate.bound == 100
    for _ in range(85):
        gate.closed()  # keep-alive expiry: the next burst finds few connections open again
    assert gate.bound == 25
