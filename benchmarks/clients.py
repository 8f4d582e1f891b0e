"""One chat call per SDK, built the way each SDK's documentation shows, all against the same server."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from _common import API_KEY, CHAT_MODEL, MESSAGES, chat_body, raw_headers

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]


class SyncClient:
    """A ready-to-call client: ``call()`` makes one small non-streaming chat call and returns its text."""

    def __init__(self, sdk: str, url: str) -> None:
        self.sdk = sdk
        self._close: Callable[[], Any]
        if sdk == "modelgates":
            import modelgates

            mg = modelgates.ModelGates(api_key=API_KEY, server_url=url)
            self.call: SyncCall = lambda: mg.chat.send(messages=MESSAGES, model=CHAT_MODEL).choices[0].message.content
            self._close = mg.close
        elif sdk == "httpx":
            import httpx
            from modelgates._client import DEFAULT_LIMITS

            http = httpx.Client(limits=DEFAULT_LIMITS)
            endpoint, body, headers = url + "/chat/completions", chat_body(), raw_headers()

            def call() -> Any:
                response = http.post(endpoint, content=body, headers=headers)
                response.raise_for_status()
                return json.loads(response.content)["choices"][0]["message"]["content"]

            self.call = call
            self._close = http.close
        elif sdk == "openai":
            import openai

            oa = openai.OpenAI(api_key=API_KEY, base_url=url)
            self.call = (
                lambda: oa.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES).choices[0].message.content  # type: ignore[arg-type]
            )
            self._close = oa.close
        elif sdk == "openrouter":
            import openrouter

            orc: Any = openrouter.OpenRouter(api_key=API_KEY, server_url=url)
            self.call = lambda: orc.chat.send(model=CHAT_MODEL, messages=MESSAGES).choices[0].message.content
            self._close = lambda: orc.__exit__(None, None, None)
        else:
            raise ValueError(sdk)
        if self.call() is None:
            raise RuntimeError(f"{sdk}: the chat call returned no text")

    def close(self) -> None:
        self._close()


class AsyncClient:
    """The async twin: ``call()`` is a coroutine; create it inside the event loop that will use it."""

    def __init__(self, sdk: str, url: str) -> None:
        self.sdk = sdk
        self._aclose: Callable[[], Awaitable[Any]]
        if sdk == "modelgates":
            import modelgates

            mg = modelgates.ModelGates(api_key=API_KEY, server_url=url)

            async def call_mg() -> Any:
                return (await mg.chat.send_async(messages=MESSAGES, model=CHAT_MODEL)).choices[0].message.content

            self.call: AsyncCall = call_mg
            self._aclose = mg.aclose
        elif sdk == "httpx":
            import httpx
            from modelgates._client import DEFAULT_LIMITS

            http = httpx.AsyncClient(limits=DEFAULT_LIMITS)
            endpoint, body, headers = url + "/chat/completions", chat_body(), raw_headers()

            async def call_httpx() -> Any:
                response = await http.post(endpoint, content=body, headers=headers)
                response.raise_for_status()
                return json.loads(response.content)["choices"][0]["message"]["content"]

            self.call = call_httpx
            self._aclose = http.aclose
        elif sdk == "openai":
            import openai

            oa = openai.AsyncOpenAI(api_key=API_KEY, base_url=url)

            async def call_oa() -> Any:
                result = await oa.chat.completions.create(model=CHAT_MODEL, messages=MESSAGES)  # type: ignore[arg-type]
                return result.choices[0].message.content

            self.call = call_oa
            self._aclose = oa.close
        elif sdk == "openrouter":
            import openrouter

            orc: Any = openrouter.OpenRouter(api_key=API_KEY, server_url=url)

            async def call_or() -> Any:
                result = await orc.chat.send_async(model=CHAT_MODEL, messages=MESSAGES)
                return result.choices[0].message.content

            async def close_or() -> None:
                await orc.__aexit__(None, None, None)

            self.call = call_or
            self._aclose = close_or
        else:
            raise ValueError(sdk)

    async def aclose(self) -> None:
        await self._aclose()
