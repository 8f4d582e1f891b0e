"""What every benchmark section shares: result rows, timing statistics, the loopback server, the peers."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable

# The SDK under test first, then its peers; raw httpx is the baseline for overhead ratios.
OURS = "modelgates"
PEERS = ("httpx", "openai", "openrouter")
SDKS = (OURS, *PEERS)

API_KEY = "bench-key"
CHAT_MODEL = "modelgates/local"
MESSAGES: list[dict[str, str]] = [{"role": "user", "content": "Say hello in one short sentence."}]

T = TypeVar("T")


@dataclass
class Row:
    """One figure: a value per SDK (None = not available, with the reason in ``notes``)."""

    section: str
    metric: str
    unit: str
    better: Literal["lower", "higher"]
    values: dict[str, float | None] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    detail: dict[str, Any] = field(default_factory=dict)

    def ratio(self, peer: str) -> float | None:
        """modelgates / peer (for "lower is better" figures, above 1 means modelgates is worse)."""
        ours, theirs = self.values.get(OURS), self.values.get(peer)
        if ours is None or theirs is None or theirs == 0:
            return None
        return ours / theirs

    def cost_ratio(self, peer: str) -> float | None:
        """How much worse modelgates is than ``peer`` (above 1: worse, below 1: better), whatever the direction."""
        ratio = self.ratio(peer)
        if ratio is None or ratio == 0:
            return None
        return ratio if self.better == "lower" else 1 / ratio

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratios"] = {peer: self.ratio(peer) for peer in PEERS}
        return data


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def fail_note(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text if len(text) <= 200 else text[:197] + "..."


def attempt(row: Row, sdk: str, fn: Callable[[], T]) -> T | None:
    """Run one SDK's measurement; a failure becomes "n/a" with its reason instead of ending the run."""
    try:
        return fn()
    except Exception as exc:
        row.values[sdk] = None
        row.notes[sdk] = fail_note(exc)
        log(f"  {sdk}: n/a ({row.notes[sdk]})")
        return None


class Server:
    """The local ModelGates-compatible server, in its own process (so its CPU is not the client's)."""

    def __init__(self, *, validate: bool = False) -> None:
        self.validate = validate
        self._process: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self, timeout: float = 30.0) -> Server:
        command = [PYTHON, str(HERE / "serve.py"), *(["--validate"] if self.validate else [])]
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        found: list[str] = []
        reader = threading.Thread(target=lambda: found.append(self._readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not found or not found[0].startswith("http://127.0.0.1:"):
            self.stop()
            raise RuntimeError(f"the local server did not start within {timeout:.0f}s: {found!r}")
        self.url = found[0].strip()
        return self

    def _readline(self) -> str:
        assert self._process is not None and self._process.stdout is not None
        return self._process.stdout.readline()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()  # EOF: the runner stops its server and exits
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@dataclass
class Context:
    """Handed to every section: where the server is and how hard to try."""

    url: str
    quick: bool = False
    scratch: Path = field(default_factory=lambda: Path("/tmp"))

    def reps(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full


@contextmanager
def timed(label: str) -> Iterator[None]:
    started = time.perf_counter()
    log(f"== {label}")
    try:
        yield
    finally:
        log(f"   {label}: {time.perf_counter() - started:.1f}s")


def chat_body(model: str = CHAT_MODEL, *, stream: bool = False) -> bytes:
    """The JSON body modelgates sends for ``chat.send(messages=MESSAGES, model=model)``, for the raw-httpx baseline."""
    return json.dumps({"messages": MESSAGES, "model": model, "stream": stream}, separators=(",", ":")).encode()


def raw_headers() -> dict[str, str]:
    """The headers modelgates sends (auth, content type, its User-Agent), for the raw-httpx baseline."""
    from modelgates._headers import USER_AGENT

    return {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json", "User-Agent": USER_AGENT}
