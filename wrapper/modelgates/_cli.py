"""The ``modelgates`` command: speech to a file, chat to the terminal, any operation, a local server.

A failure is one line on stderr and an exit code that tells its class apart, so scripts and CI
can react without parsing text; ``--debug`` adds the traceback and the SDK's debug log.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from . import errors
from ._client import ModelGates
from ._retry import DEFAULT_RETRY_CONFIG, RetryConfig
from ._version import __version__

__all__ = ["EXIT_CODES", "main"]

EXIT_OK = 0
MIN_SPEED, MAX_SPEED = 0.25, 4.0
EXIT_USAGE = 2  # bad arguments, or a request the server or the SDK rejects as invalid
EXIT_AUTH = 3  # no key, wrong key, or not permitted
EXIT_PAYMENT = 4
EXIT_RATE_LIMIT = 5
EXIT_SERVER = 6  # the service failed (5xx, timeouts it reported, a malformed answer)
EXIT_NETWORK = 7  # no answer, or an answer cut off
EXIT_LOCAL_IO = 8  # the output file could not be written
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool its pipe's reader left

EXIT_CODES = {
    "usage": EXIT_USAGE,
    "auth": EXIT_AUTH,
    "payment": EXIT_PAYMENT,
    "rate_limit": EXIT_RATE_LIMIT,
    "server": EXIT_SERVER,
    "network": EXIT_NETWORK,
    "local_io": EXIT_LOCAL_IO,
}

PCM_RATE, PCM_WIDTH, PCM_CHANNELS = 24_000, 2, 1
DEFAULT_SPEECH_MODEL = "openai/gpt-4o-mini-tts"
DEFAULT_CHAT_MODEL = "openai/gpt-4o-mini"


# The exit code of an error status (the status, not the class: the classes are generated from the
# spec); any other status is EXIT_SERVER.
_EXIT_BY_STATUS = {401: EXIT_AUTH, 403: EXIT_AUTH, 402: EXIT_PAYMENT, 429: EXIT_RATE_LIMIT}
_EXIT_BY_STATUS |= dict.fromkeys((400, 404, 413, 422), EXIT_USAGE)
# Any other failure: first match wins.
_EXIT_BY_ERROR: tuple[tuple[tuple[type[BaseException], ...], int], ...] = (
    ((errors.MissingAPIKeyError,), EXIT_AUTH),
    ((errors.InvalidRequestError,), EXIT_USAGE),
    ((errors.APIConnectionError, errors.IncompleteResponseError), EXIT_NETWORK),
    ((errors.ResponseValidationError,), EXIT_SERVER),
    ((OSError,), EXIT_LOCAL_IO),
)


def exit_code_for(exc: BaseException) -> int:
    """The exit code of a failure (see the constants above)."""
    if isinstance(exc, errors.APIStatusError):
        return _EXIT_BY_STATUS.get(exc.status_code or 0, EXIT_SERVER)
    for classes, code in _EXIT_BY_ERROR:
        if isinstance(exc, classes):
            return code
    return EXIT_SERVER


def _client(args: argparse.Namespace) -> ModelGates:
    retry_config = None
    if args.max_retries is not None:
        backoff = DEFAULT_RETRY_CONFIG.backoff
        retry_config = RetryConfig("backoff", backoff, True, max_retries=args.max_retries)
    return ModelGates(
        api_key=args.api_key,
        server_url=args.server_url,
        http_referer=args.app_url,
        x_open_router_title=args.app_title,
        retry_config=retry_config,
    )


def _describe_audio(path: Path, size: int, pcm_bytes: int | None) -> str:
    line = f"wrote {path} ({size:,} bytes"
    if pcm_bytes is not None:
        seconds = pcm_bytes / (PCM_RATE * PCM_WIDTH * PCM_CHANNELS)
        line += f", {seconds:.2f} s of {PCM_RATE} Hz {PCM_WIDTH * 8}-bit mono"
    return line + ")"


def _progress_printer(stream: TextIO) -> Callable[[int], None] | None:
    if not stream.isatty():
        return None

    def show(done: int) -> None:
        stream.write(f"\r{done / 1024:,.0f} KiB received")
        stream.flush()

    return show


_FORMAT_OF_SUFFIX = {".wav": "wav", ".mp3": "mp3", ".pcm": "pcm", ".raw": "pcm"}


def speech_format(output: Path, given: str | None) -> str:
    """The output format: ``--format`` if given, else the file's extension, else pcm.

    Raises ``ValueError`` when ``--format`` contradicts a known extension (``-o x.wav --format mp3``).
    """
    from_suffix = _FORMAT_OF_SUFFIX.get(output.suffix.lower())
    if given is not None and from_suffix is not None and given != from_suffix:
        raise ValueError(f"--format {given} contradicts the extension of {output} ({from_suffix})")
    return given or from_suffix or "pcm"


def _speed(text: str) -> float:
    """argparse type for --speed: a number from 0.25 to 4.0 (else a usage error, exit 2)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not MIN_SPEED <= value <= MAX_SPEED:
        raise argparse.ArgumentTypeError(f"expected a number from {MIN_SPEED} to {MAX_SPEED}, got {text!r}")
    return value


def cmd_speech(args: argparse.Namespace) -> int:
    output = Path(args.output)
    chosen = args.chosen_format
    wants_wav = chosen == "wav"
    wire_format: Literal["mp3", "pcm"] = "mp3" if chosen == "mp3" else "pcm"
    if not output.parent.is_dir():  # say so with the user's path, before anything is sent
        raise FileNotFoundError(2, "no such directory", str(output.parent))
    with _client(args) as client:
        response = client.tts.create_speech(
            input=args.text, model=args.model, voice=args.voice, response_format=wire_format, speed=args.speed
        )
        with response:
            progress = _progress_printer(sys.stderr)
            try:
                if wants_wav:
                    pcm_bytes = response.save_wav(
                        output, sample_rate=PCM_RATE, sample_width=PCM_WIDTH, channels=PCM_CHANNELS, progress=progress
                    )
                else:
                    pcm_bytes = response.stream_to_file(output, progress=progress)
            except OSError as exc:  # name the user's path, not the temporary file beside it
                raise OSError(exc.errno, exc.strerror or str(exc), str(output)) from exc
            if progress is not None:
                sys.stderr.write("\n")
    is_pcm = wire_format == "pcm"
    print(_describe_audio(output, output.stat().st_size, pcm_bytes if is_pcm else None))
    return EXIT_OK


_JSON_KEYS = ("id", "model", "choices", "usage")
_JSON_CHOICE_KEYS = ("index", "message", "finish_reason")
_JSON_MESSAGE_KEYS = ("role", "content", "tool_calls")


def json_shape(result: dict[str, Any]) -> dict[str, Any]:
    """What ``chat --json`` prints: the same keys whether the answer was streamed or not."""

    def message(raw: dict[str, Any]) -> dict[str, Any]:
        return {key: raw.get(key) for key in _JSON_MESSAGE_KEYS}

    choices = [
        {
            key: (message(choice.get("message") or {}) if key == "message" else choice.get(key))
            for key in _JSON_CHOICE_KEYS
        }
        for choice in result.get("choices") or []
    ]
    return {key: (choices if key == "choices" else result.get(key)) for key in _JSON_KEYS}


def cmd_chat(args: argparse.Namespace) -> int:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": args.prompt})
    with _client(args) as client:
        if args.no_stream:
            result = client.chat.send(messages=messages, model=args.model)
            if args.json:
                print(json.dumps(json_shape(result.to_dict()), indent=2))
            else:
                content = result.choices[0].message.content if result.choices else ""
                print(content if isinstance(content, str) else json.dumps(content))
            return EXIT_OK
        with client.chat.send(messages=messages, model=args.model, stream=True) as stream:
            if args.json:
                print(json.dumps(json_shape(stream.final().to_dict()), indent=2))
                return EXIT_OK
            wrote = finished = False
            try:
                for text in stream.iter_text():
                    sys.stdout.write(text)
                    sys.stdout.flush()
                    wrote = True
                finished = True
            finally:  # also before an error's line on stderr: never glued to the partial answer
                if wrote or finished:
                    sys.stdout.write("\n")
                    sys.stdout.flush()
    return EXIT_OK


def _field_value(text: str) -> Any:
    """``--limit 5`` is 5, ``--messages '[...]'`` a list; anything that is not JSON stays a string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_fields(words: Sequence[str]) -> dict[str, Any]:
    """``--name value`` pairs (``--flag`` alone is true; dashes in names become underscores)."""
    fields: dict[str, Any] = {}
    index = 0
    while index < len(words):
        word = words[index]
        if not word.startswith("--") or len(word) == 2:
            raise ValueError(f"expected --field value pairs, got {word!r}")
        name, given, value = word[2:].partition("=")
        if not given:
            following = words[index + 1] if index + 1 < len(words) else None
            if following is None or (following.startswith("--") and len(following) > 2):
                value, index = "true", index + 1
            else:
                value, index = following, index + 2
        else:
            index += 1
        fields[name.replace("-", "_")] = _field_value(value)
    return fields


def _as_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def cmd_api(args: argparse.Namespace) -> int:
    from modelgates_api.resources import OPERATIONS

    if args.operation not in OPERATIONS:
        import difflib

        close = difflib.get_close_matches(args.operation, OPERATIONS, n=3)
        hint = f"did you mean {' or '.join(map(repr, close))}?" if close else f"the API has: {', '.join(OPERATIONS)}"
        raise errors.InvalidRequestError(f"unknown operation {args.operation!r}; {hint}")
    group, name = args.operation.split(".")
    fields = dict(args.fields)
    if args.body_json:
        body = _field_value(args.body_json)
        if not isinstance(body, dict):
            raise errors.InvalidRequestError(f"--json must be a JSON object of fields, got {args.body_json[:60]!r}")
        fields = {**body, **fields}
    with _client(args) as client:
        method = getattr(getattr(client, group), name)
        import inspect

        parameters = inspect.signature(method).parameters
        accepted = [p for p in parameters if p not in ("retries",)]
        unknown = sorted(set(fields) - set(accepted))
        if unknown:
            raise errors.InvalidRequestError(
                f"{args.operation} has no field {', '.join(map(repr, unknown))}; it takes: {', '.join(accepted)}"
            )
        if args.output and fields.get("stream") is True:  # before sending: a refused call must cost nothing
            raise errors.InvalidRequestError(f"{args.operation} streams its events to stdout: leave out -o")
        missing = [f"--{p.name}" for p in parameters.values() if p.default is p.empty and p.name not in fields]
        if missing:
            raise errors.InvalidRequestError(f"{args.operation} needs {', '.join(missing)} (or the field in --json)")
        result = method(**fields)
        if hasattr(result, "stream_to_file"):
            if not args.output:
                result.close()
                raise errors.InvalidRequestError(f"{args.operation} answers with a file: give -o FILE to save it")
            size = result.stream_to_file(args.output)
            print(f"wrote {size} bytes to {args.output}", file=sys.stderr)
        elif hasattr(result, "__next__"):
            with result:
                for event in result:  # one JSON line per event, as it arrives
                    print(json.dumps(_as_json(event)), flush=True)
        elif args.output:  # the JSON result, written as a file is (complete or not there)
            from ._atomic import AtomicFile

            with AtomicFile(args.output) as out:
                out.write((json.dumps(_as_json(result), indent=2) + "\n").encode())
                out.commit()
            print(f"wrote {args.output}", file=sys.stderr)
        else:
            print(json.dumps(_as_json(result), indent=2))
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    with _client(args) as client:
        listing = client.models.list()
        # GET /models may also answer RSS (use_rss): the type says so, though this call does not ask.
        for model in getattr(listing, "data", None) or ():
            print(model.id)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from .testing import serve
    except ImportError:  # without the server extra: one line, no traceback
        print("modelgates serve needs the server extra: pip install 'modelgates[server]'", file=sys.stderr)
        return EXIT_USAGE
    serve(host=args.host, port=args.port, api_key=args.serve_api_key, log_requests=args.log_requests)
    return EXIT_OK


def _count(text: str) -> int:
    """argparse type for a count: a non-negative integer (else a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--server-url", help="API base URL (default: $MODELGATES_SERVER_URL or the public service)")
    common.add_argument("--api-key", help="API key (default: $MODELGATES_API_KEY)")
    common.add_argument("--app-url", help="your app's URL, sent as HTTP-Referer for attribution")
    common.add_argument("--app-title", help="your app's name, sent as X-OpenRouter-Title")
    common.add_argument(
        "--max-retries", type=_count, help="retries on 408/429/5xx and network errors (default 4; 0: none)"
    )
    common.add_argument("--debug", action="store_true", help="show the SDK's debug log and tracebacks")

    parser = argparse.ArgumentParser(prog="modelgates", description="ModelGates API from the command line.")
    parser.add_argument("--version", action="version", version=f"modelgates {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    speech = commands.add_parser("speech", parents=[common], help="synthesize speech into a file")
    speech.add_argument("text")
    speech.add_argument("-o", "--output", required=True, help="file to write (written atomically)")
    speech.add_argument("--model", default=DEFAULT_SPEECH_MODEL)
    speech.add_argument("--voice", default="alloy")
    speech.add_argument("--format", choices=["pcm", "mp3", "wav"], help="default: from the file's extension, else pcm")
    speech.add_argument("--speed", type=_speed, help=f"{MIN_SPEED} to {MAX_SPEED} (default: the model's)")
    speech.set_defaults(run=cmd_speech)

    chat = commands.add_parser("chat", parents=[common], help="ask a model; tokens print as they arrive")
    chat.add_argument("prompt")
    chat.add_argument("--model", default=DEFAULT_CHAT_MODEL)
    chat.add_argument("--system", help="a system message to send first")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole answer")
    chat.add_argument("--json", action="store_true", help="print the final result as JSON")
    chat.set_defaults(run=cmd_chat)

    api = commands.add_parser(
        "api",
        parents=[common],
        help="call any operation: modelgates api models.count --output-modalities text",
        description="Call any operation of the API by its name, with its fields as --field value pairs "
        "(JSON values are parsed: --limit 5, --messages '[...]'); prints the JSON result, one line per "
        "event for a stream, and writes a file answer to -o FILE.",
    )
    api.add_argument("operation", help="<group>.<method>, as in the reference docs (e.g. models.list)")
    api.add_argument("--json", dest="body_json", help="the fields as one JSON object (--field pairs win over it)")
    api.add_argument("-o", "--output", help="where to write the answer (a file's bytes, or the JSON result)")
    api.set_defaults(run=cmd_api)

    models = commands.add_parser("models", parents=[common], help="list the model ids")
    models.set_defaults(run=cmd_models)

    serve = commands.add_parser("serve", help="run a local ModelGates-compatible server (for tests and demos)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8089)
    serve.add_argument("--api-key", dest="serve_api_key", default="test-key", help="the bearer key it accepts")
    serve.add_argument("--log-requests", action="store_true", help="print a line per request")
    serve.add_argument("--debug", action="store_true")
    serve.set_defaults(run=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command == "api":
        try:
            args.fields = parse_fields(rest)
        except ValueError as exc:
            parser.error(str(exc))
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "speech":
        try:
            args.chosen_format = speech_format(Path(args.output), args.format)
        except ValueError as exc:
            parser.error(str(exc))  # exit 2, with the usage
    if args.debug:
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
        logging.getLogger("modelgates").setLevel(logging.DEBUG)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print("modelgates: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`modelgates models | head -1`): stop quietly, as a tool killed by
        # SIGPIPE does; stdout goes to devnull so that the flush at exit does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (errors.ModelGatesError, OSError) as exc:
        if args.debug:
            raise
        name = type(exc).__name__
        hint = " (or pass --api-key)" if isinstance(exc, errors.MissingAPIKeyError) else ""
        print(f"modelgates: {name}: {exc}{hint}", file=sys.stderr)
        return exit_code_for(exc)
    return code
