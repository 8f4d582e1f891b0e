"""The SDK docs' examples (seeds 000 and 004), verbatim: one copy for the demo and the tests.

The published pages lost their line breaks; they are restored here and nothing else is changed.
"""

from __future__ import annotations

__all__ = ["SEED_000", "SEED_004", "SEED_004_PRINT_RESULT"]

# ruff: noqa: E501  (the examples' long lines are kept as published)

SEED_000 = """\
from modelgates import ModelGates
import os

with ModelGates(
    http_referer="<value>",
    x_open_router_title="<value>",
    x_open_router_categories="<value>",
    api_key=os.getenv("MODELGATES_API_KEY", ""),
) as open_router:

    res = open_router.tts.create_speech(input="Hello world", model="elevenlabs/eleven-turbo-v2", voice="alloy", response_format="pcm", speed=1)

    # Handle response
    print(res)
"""

_SEED_004_HANDLING = """\
    with res as event_stream:
        for event in event_stream:
            # handle event
            print(event, flush=True)
"""

SEED_004 = (
    """\
from modelgates import ModelGates
import os

with ModelGates(
    http_referer="<value>",
    x_open_router_title="<value>",
    x_open_router_categories="<value>",
    api_key=os.getenv("MODELGATES_API_KEY", ""),
) as open_router:

    res = open_router.chat.send(messages=[
        {
            "content": "You are a helpful assistant.",
            "role": "system",
        },
        {
            "content": "What is the capital of France?",
            "role": "user",
        },
    ], x_open_router_experimental_metadata="enabled", max_tokens=150, model="openai/gpt-4", stream=False, temperature=0.7)

"""
    + _SEED_004_HANDLING
)

# Seed 004 as the client issue states its "done when": the `with res as event_stream` block
# replaced by print(res).
SEED_004_PRINT_RESULT = SEED_004.replace(_SEED_004_HANDLING, "    print(res)\n")
