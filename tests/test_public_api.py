"""The public surface is deliberate: pinned names, private modules with __all__, light import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import modelgates
from modelgates import errors, utils

WRAPPER = Path(modelgates.__file__).parent


def test_top_level_names_are_pinned_and_sorted() -> None:
    assert modelgates.__all__ == [
        "APIStatusError",
        "AsyncBinaryResponse",
        "AsyncChatStream",
        "AsyncEventStream",
        "AsyncSpeechResponse",
        "BackoffStrategy",
        "BinaryResponse",
        "ChatAccumulator",
        "ChatStream",
        "EventStream",
        "ModelGates",
        "ModelGatesError",
        "RawResponse",
        "RetryConfig",
        "SpeechResponse",
        "__version__",
        "errors",
        "utils",
    ]
    for name in modelgates.__all__:
        assert getattr(modelgates, name) is not None


def test_errors_module_names_every_error_class_of_the_seeds() -> None:
    seeds = {
        "BadRequestResponseError", "UnauthorizedResponseError", "PaymentRequiredResponseError",
        "ForbiddenResponseError", "NotFoundResponseError", "RequestTimeoutResponseError",
        "PayloadTooLargeResponseError", "UnprocessableEntityResponseError", "TooManyRequestsResponseError",
        "InternalServerResponseError", "BadGatewayResponseError", "ServiceUnavailableResponseError",
        "EdgeNetworkTimeoutResponseError", "ProviderOverloadedResponseError", "ModelGatesDefaultError",
    }  # fmt: skip
    assert seeds <= set(errors.__all__)
    assert errors.__all__ == sorted(errors.__all__)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.ModelGatesError)


def test_the_generated_status_errors_import_first_or_through_errors() -> None:
    # modelgates_api.status_errors imports modelgates for the classes' base; modelgates.errors
    # re-exports them: either may be the first import of a process.
    code = (
        "import modelgates_api.status_errors as s, modelgates\n"
        "assert modelgates.errors.TooManyRequestsResponseError is s.ERROR_CLASSES_BY_STATUS[429]\n"
        "assert s.TooManyRequestsResponseError.__mro__[1] is modelgates.APIStatusError"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_utils_offers_the_upstream_retry_shapes() -> None:
    config = utils.RetryConfig("backoff", utils.BackoffStrategy(1, 2, 1.5, 3), False)
    assert (config.strategy, config.backoff, config.retry_connection_errors) == (
        "backoff",
        utils.BackoffStrategy(initial_interval=1, max_interval=2, exponent=1.5, max_elapsed_time=3),
        False,
    )
    assert not utils.RetryConfig("none", None, False).enabled


def test_every_private_module_declares_all() -> None:
    modules = sorted(p for p in WRAPPER.rglob("_*.py") if p.name not in {"__init__.py", "__main__.py"})
    assert modules
    missing = [str(p.relative_to(WRAPPER)) for p in modules if "__all__ = [" not in p.read_text(encoding="utf-8")]
    assert missing == []


def test_import_does_not_load_the_generated_model_tree() -> None:
    # The generated models take longer to import than the rest of the SDK together; they load on first call.
    # Only the (light) index of the resource groups is imported: no group, no model, no generated client.
    code = "import sys, modelgates; print(sorted(m for m in sys.modules if m.startswith('modelgates_api')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['modelgates_api', 'modelgates_api.resources']"


def test_version_matches_the_package_metadata() -> None:
    from importlib.metadata import version

    assert modelgates.__version__ == version("modelgates")
