"""Where modelgates' client CPU above raw httpx goes, for one small chat call (goal 1 of issue 15).

Each piece of the SDK's typed work is timed alone (``timeit``, best of 7), then the whole call and raw
httpx's are timed on the same keep-alive connection to the local server, with raw httpx also run
through the SDK's sync deadline backend (``_network.DeadlineBackend``) to show what enforcing a
whole-response timeout on every socket operation costs. Not a section of ``make bench`` (it measures
modelgates only); run it with ``.venv/bin/python benchmarks/per_call_breakdown.py``.
"""

from __future__ import annotations

import json
import time
import timeit
from collections.abc import Callable
from typing import Any

import httpx
import modelgates
from _common import API_KEY, CHAT_MODEL, MESSAGES, Server, chat_body, raw_headers
from modelgates._build import build_body
from modelgates._client import DEFAULT_LIMITS
from modelgates._deadline import bounded_by_deadline
from modelgates._validate import check_finite_json
from modelgates_api.api.chat import send_chat_completion_request as endpoint_module
from modelgates_api.models.chat_request import ChatRequest
from modelgates_api.models.chat_result import ChatResult


def _us(fn: Callable[[], Any], number: int = 2000) -> float:
    fn()
    return min(timeit.repeat(fn, number=number, repeat=7)) / number * 1e6


def _cpu_us(calls: dict[str, Callable[[], Any]], number: int = 1000, rounds: int = 7) -> dict[str, float]:
    """Client CPU per call of each, best of ``rounds`` taken in turn (the host's load moves between rounds)."""
    for fn in calls.values():
        for _ in range(50):
            fn()
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(rounds):
        for name, fn in calls.items():
            started = time.process_time()
            for _ in range(number):
                fn()
            best[name] = min(best[name], (time.process_time() - started) / number * 1e6)
    return best


def main() -> None:
    with Server() as server:
        url = server.url + "/chat/completions"
        body, headers = chat_body(), raw_headers()
        raw = httpx.Client(limits=DEFAULT_LIMITS)
        deadlined = bounded_by_deadline(httpx.Client(limits=DEFAULT_LIMITS))
        sdk = modelgates.ModelGates(api_key=API_KEY, server_url=server.url)

        def raw_call(client: httpx.Client = raw) -> Any:
            response = client.post(url, content=body, headers=headers)
            response.raise_for_status()
            return json.loads(response.content)["choices"][0]["message"]["content"]

        def sdk_call() -> Any:
            return sdk.chat.send(messages=MESSAGES, model=CHAT_MODEL).choices[0].message.content

        result_bytes = raw.post(url, content=body, headers=headers).content
        fields = {"messages": MESSAGES, "model": CHAT_MODEL}
        request = build_body(ChatRequest, fields)

        def kwargs_of(model: Any) -> dict[str, Any]:
            built: dict[str, Any] = endpoint_module._get_kwargs(body=model, authorization="Bearer k")
            return built

        sent = kwargs_of(request.model)["json"]
        pieces = {
            "the request's validation (plain + ChatRequest.from_dict)": _us(lambda: build_body(ChatRequest, fields)),
            "its serialization (to_dict + the check that nothing was dropped)": _us(
                lambda: request.serialize(kwargs_of)
            ),
            "the NaN/Infinity check of the body": _us(lambda: check_finite_json(sent, "request body")),
            "httpx encoding json= rather than sending bytes": _us(
                lambda: raw.build_request("POST", url, json=sent, headers=headers)
            )
            - _us(lambda: raw.build_request("POST", url, content=body, headers=headers)),
            "the result's models (ChatResult.from_dict)": _us(lambda: ChatResult.from_dict(json.loads(result_bytes)))
            - _us(lambda: json.loads(result_bytes)),
        }
        for name, cost in pieces.items():
            print(f"{cost:7.1f} us  {name}")
        print(f"{sum(pieces.values()):7.1f} us  the typed work in all")
        cpu = _cpu_us({"raw": raw_call, "deadline": lambda: raw_call(deadlined), "sdk": sdk_call})
        baseline = cpu["raw"]
        print(
            f"client CPU per call: raw httpx {baseline:.0f} us; through the deadline backend {cpu['deadline']:.0f} us "
            f"(+{cpu['deadline'] - baseline:.0f}); modelgates {cpu['sdk']:.0f} us (+{cpu['sdk'] - baseline:.0f}, "
            f"x{cpu['sdk'] / baseline:.2f}); 10% of raw httpx: {baseline / 10:.0f} us"
        )
        sdk.close()
        raw.close()
        deadlined.close()


if __name__ == "__main__":
    main()
