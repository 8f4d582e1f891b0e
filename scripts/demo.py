#!/usr/bin/env python3
"""`make demo`: the SDK doing its job offline, against a local ModelGates-compatible server.

1. starts `modelgates.testing.LocalServer` on a free loopback port;
2. runs the speech and chat examples of the SDK docs (seeds 000 and 004) verbatim;
3. streams a chat answer through the SDK;
4. does both again through the `modelgates` command, writing hello.wav;
5. checks the file is playable (the `wave` module reads it back) and stops the server, also on
   failure or Ctrl-C.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

from modelgates import ModelGates
from modelgates.testing import LocalServer
from seed_examples import SEED_000, SEED_004

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "demo-key"
OUTPUT = ROOT / "hello.wav"


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
        exec(compile(SEED_000, "seed-000-example", "exec"), {"__name__": "__demo__"})  # noqa: S102

        step("seed 004 chat example, verbatim")
        exec(compile(SEED_004, "seed-004-example", "exec"), {"__name__": "__demo__"})  # noqa: S102

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
            usage = stream.accumulated.usage
            print(
                f"\n(finish_reason={stream.accumulated.finish_reason}, "
                f"tokens: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion)"
            )

        step("the rest of the API: models, the chat's generation, credits, an embedding")
        with ModelGates() as client:
            models = client.models.list()
            print(f"models.list: {len(models.data)} model(s), first {models.data[0].id}")
            chat = client.chat.send(messages=[{"role": "user", "content": "Hi"}], model="openai/gpt-4o-mini")
            generation = client.generations.get_generation(id=chat.id)
            print(f"generations.get_generation(id={chat.id!r}): total_cost={generation.data.total_cost}")
            credits = client.credits.get_credits()
            print(f"credits.get_credits: {credits.data.total_credits} total, {credits.data.total_usage} used")
            embedding = client.embeddings.generate(input="hello", model="openai/text-embedding-3-small")
            print(f"embeddings.generate: {len(embedding.data)} vector(s) from {embedding.model}")

        step("the modelgates command")
        run_cli("speech", "Hello world", "-o", str(OUTPUT))
        run_cli("chat", "What is the capital of France?")
        run_cli("models")
        run_cli("api", "models.count")

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
