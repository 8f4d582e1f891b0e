#!/usr/bin/env python3
"""`make demo`: the SDK doing its job offline, against a local ModelGates-compatible server.

1. starts `modelgates.testing.LocalServer` on a free loopback port;
2. runs the speech example of the SDK docs (seed 000) verbatim, through the SDK;
3. streams a chat answer through the SDK;
4. does both again through the `modelgates` command, writing hello.wav;
5. checks the file is playable (the `wave` module reads it back) and stops the server, also on
   failure or Ctrl-C.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

from modelgates import ModelGates
from modelgates.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "demo-key"
OUTPUT = ROOT / "hello.wav"

# Seed 000, the SDK's speech example, exactly as documented.
SEED_000_EXAMPLE = textwrap.dedent(
    """\
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
)


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run_cli(*args: str) -> None:
    command = [sys.executable, "-m", "modelgates", *args]
    print("$ modelgates " + " ".join(args), flush=True)
    subprocess.run(command, check=True, timeout=60)


def main() -> int:
    with LocalServer(api_key=API_KEY) as server:
        os.environ["MODELGATES_SERVER_URL"] = server.url
        os.environ["MODELGATES_API_KEY"] = API_KEY
        print(f"local ModelGates server on {server.url}")

        step("seed 000 speech example, verbatim")
        exec(compile(SEED_000_EXAMPLE, "seed-000-example", "exec"), {"__name__": "__demo__"})  # noqa: S102

        step("streaming chat through the SDK")
        with (
            ModelGates() as client,
            client.chat.send(
                messages=[{"role": "user", "content": "What is the capital of France?"}],
                model="openai/gpt-4o-mini",
                stream=True,
            ) as stream,
        ):
            for text in stream.iter_text():
                print(text, end="", flush=True)
            print(f"\n(finish_reason={stream.accumulated.finish_reason}, usage={stream.accumulated.usage})")

        step("the modelgates command")
        run_cli("speech", "Hello world", "-o", str(OUTPUT))
        run_cli("chat", "What is the capital of France?")

        step("is hello.wav playable?")
        with wave.open(str(OUTPUT), "rb") as audio:
            frames = audio.getnframes()
            rate = audio.getframerate()
            print(
                f"{OUTPUT.name}: {audio.getnchannels()} channel(s), {rate} Hz, {audio.getsampwidth() * 8}-bit, "
                f"{frames / rate:.2f} s"
            )
            if frames == 0:
                print("demo: hello.wav has no audio", file=sys.stderr)
                return 1
        print(f"\nserver saw {len(server.requests)} requests; stopping it")
    print("demo finished: play hello.wav with any audio player (e.g. `aplay hello.wav`)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\ndemo interrupted; server stopped", file=sys.stderr)
        sys.exit(130)
