"""A user's type checker sees real types: ChatResult, ChatStream, SpeechResponse, not Any."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """
from modelgates import ModelGates
from modelgates.utils import RetryConfig

client = ModelGates(api_key="k")
result = client.chat.send(messages=[{"role": "user", "content": "hi"}], model="m", temperature=0.2)
reveal_type(result)
reveal_type(result.choices[0].message.content)
stream = client.chat.send(messages=[], stream=True)
reveal_type(stream)
audio = client.tts.create_speech(input="hi", model="m", voice="alloy", retries=RetryConfig("none", None, False))
reveal_type(audio)
client.chat.send(messages=[], temprature=0.2)  # a typo: the checker must catch it
raw = client.chat.with_raw_response.send(messages=[], stream=True)
reveal_type(raw)
reveal_type(client.models.with_raw_response.count())
client.models.with_raw_response.count(output_modality="text")  # a typo: caught on the raw twin too
print(client.models.list().data[0].id)  # JSON unless use_rss asks for the RSS feed: no union to narrow
reveal_type(client.models.list(use_rss="true"))
from modelgates import errors
def on_rate_limit(limited: errors.TooManyRequestsResponseError) -> None:  # a class generated from the 429
    reveal_type(limited.status_code)
from modelgates.errors import *
reveal_type(BadGatewayResponseError)  # generated, through the star import too
reveal_type(StreamConsumedError)
"""

ROOT = Path(__file__).resolve().parent.parent
# The project's mypy settings (strict) and the incremental cache `make lint` has just filled with the
# SDK and its ~900 generated model modules: with the same settings every one of them is a cache hit
# and only the user's file is checked (1 s instead of ~25 s cold). mypy rechecks whatever changed,
# so the result is a cold run's. Gitignored.
CONFIG = ROOT / "pyproject.toml"
CACHE = ROOT / ".mypy_cache"


def test_a_users_mypy_sees_the_sdk_types(tmp_path: Path) -> None:
    program = tmp_path / "user_app.py"
    program.write_text(USER_CODE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(CONFIG), "--cache-dir", str(CACHE), str(program)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    out = result.stdout
    assert 'Revealed type is "modelgates_api.models.chat_result.ChatResult"' in out, out
    assert "chat_content_video.ChatContentVideo] | None | str | modelgates_api.types.Unset" in out, out
    assert 'Revealed type is "modelgates._chat_stream.ChatStream"' in out, out
    assert 'Revealed type is "modelgates._speech_response.BinaryResponse"' in out, out
    assert 'Unexpected keyword argument "temprature"' in out, out
    # with_raw_response: the method's own parameters and overloads, its result wrapped in RawResponse
    assert 'Revealed type is "modelgates._operation.RawResponse[modelgates._chat_stream.ChatStream]"' in out, out
    assert (
        'Revealed type is "modelgates._operation.RawResponse['
        'modelgates_api.models.models_count_response.ModelsCountResponse]"' in out
    ), out
    assert 'Unexpected keyword argument "output_modality"' in out, out
    assert 'Revealed type is "modelgates_api.models.models_list_response.ModelsListResponse | ' in out, out
    assert out.count("error:") == 3, out  # the two typos (one of them twice), nothing else: models.list().data checks
    assert 'user_app.py:22: note: Revealed type is "int | None"' in out, out
    assert "-> modelgates_api.status_errors.BadGatewayResponseError" in out, out
    assert "-> modelgates._exceptions.StreamConsumedError" in out, out
    assert "missing library stubs or py.typed marker" not in out, out
