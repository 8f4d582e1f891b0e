"""``client.byok``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.create_byok_key_response import CreateBYOKKeyResponse
    from ..models.delete_byok_key_response import DeleteBYOKKeyResponse
    from ..models.get_byok_key_response import GetBYOKKeyResponse
    from ..models.list_byok_keys_response import ListBYOKKeysResponse
    from ..models.update_byok_key_response import UpdateBYOKKeyResponse

__all__ = ["Byok", "ByokWithRawResponse"]

_LIST = Operation(
    name="byok.list",
    http="GET /byok",
    module="api.byok.list_byok_keys",
    fields={
        "offset": ("query", "offset"),
        "limit": ("query", "limit"),
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="list_byok_keys_response:ListBYOKKeysResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE = Operation(
    name="byok.create",
    http="POST /byok",
    module="api.byok.create_byok_key",
    fields={
        "key": ("body", "key"),
        "provider": ("body", "provider"),
        "allowed_api_key_hashes": ("body", "allowed_api_key_hashes"),
        "allowed_models": ("body", "allowed_models"),
        "allowed_user_ids": ("body", "allowed_user_ids"),
        "disabled": ("body", "disabled"),
        "is_fallback": ("body", "is_fallback"),
        "name": ("body", "name"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_byok_key_request:CreateBYOKKeyRequest",
    whole_body=False,
    required_body=("key", "provider"),
    requires_auth=True,
    result_class="create_byok_key_response:CreateBYOKKeyResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="byok.delete",
    http="DELETE /byok/{id}",
    module="api.byok.delete_byok_key",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="delete_byok_key_response:DeleteBYOKKeyResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_GET = Operation(
    name="byok.get",
    http="GET /byok/{id}",
    module="api.byok.get_byok_key",
    fields={"id": ("path", "id")},
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class="get_byok_key_response:GetBYOKKeyResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPDATE = Operation(
    name="byok.update",
    http="PATCH /byok/{id}",
    module="api.byok.update_byok_key",
    fields={
        "id": ("path", "id"),
        "allowed_api_key_hashes": ("body", "allowed_api_key_hashes"),
        "allowed_models": ("body", "allowed_models"),
        "allowed_user_ids": ("body", "allowed_user_ids"),
        "disabled": ("body", "disabled"),
        "is_fallback": ("body", "is_fallback"),
        "key": ("body", "key"),
        "name": ("body", "name"),
    },
    body_class="update_byok_key_request:UpdateBYOKKeyRequest",
    whole_body=False,
    requires_auth=True,
    result_class="update_byok_key_response:UpdateBYOKKeyResponse",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Byok:
    """Operations of the ``byok`` group (``client.byok``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ByokWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return ByokWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str
        | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> ListBYOKKeysResponse:
        """List BYOK provider credentials

        List the bring-your-own-key (BYOK) provider credentials for the authenticated entity's default workspace. Use the `workspace_id` query parameter to scope the result to a different workspace, or the `provider` query parameter to filter by upstream provider. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /byok`` (operationId ``listBYOKKeys``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Optional workspace ID to filter by. When omitted, resolves to the account’s default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly.
            provider (query parameter ``provider``): Optional provider slug to filter by (e.g. `openai`, `anthropic`, `amazon-bedrock`).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListBYOKKeysResponse",
            self._core.call(
                _LIST,
                {
                    "offset": offset,
                    "limit": limit,
                    "workspace_id": workspace_id,
                    "provider": provider,
                },
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str
        | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> ListBYOKKeysResponse:
        """List BYOK provider credentials

        The async twin of ``list``.

        List the bring-your-own-key (BYOK) provider credentials for the authenticated entity's default workspace. Use the `workspace_id` query parameter to scope the result to a different workspace, or the `provider` query parameter to filter by upstream provider. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /byok`` (operationId ``listBYOKKeys``).

        Args:
            offset (query parameter ``offset``): Number of records to skip for pagination Default: ``0``.
            limit (query parameter ``limit``): Maximum number of records to return (max 100) Default: ``50``.
            workspace_id (query parameter ``workspace_id``): Optional workspace ID to filter by. When omitted, resolves to the account’s default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly.
            provider (query parameter ``provider``): Optional provider slug to filter by (e.g. `openai`, `anthropic`, `amazon-bedrock`).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ListBYOKKeysResponse",
            await self._core.call_async(
                _LIST,
                {
                    "offset": offset,
                    "limit": limit,
                    "workspace_id": workspace_id,
                    "provider": provider,
                },
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    def create(
        self,
        *,
        key: str,
        provider: Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str,
        allowed_api_key_hashes: Sequence[str] | None = None,
        allowed_models: Sequence[str] | None = None,
        allowed_user_ids: Sequence[str] | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        name: str | None = None,
        workspace_id: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> CreateBYOKKeyResponse:
        """Create a BYOK provider credential

        Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and never returned in API responses. When `workspace_id` is omitted, the credential is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /byok`` (operationId ``createBYOKKey``).

        Args:
            key: The raw provider API key or credential. This value is encrypted at rest and never returned in API responses.
            provider: The upstream provider this credential authenticates against, as a lowercase slug (e.g. `openai`, `anthropic`, `amazon-bedrock`).
            allowed_api_key_hashes: Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this credential. `null` means no restriction. Must contain at least one hash if provided. Hashes that do not belong to your account return a 400.
            allowed_models: Optional allowlist of model slugs this credential may be used for. `null` means no restriction.
            allowed_user_ids: Optional allowlist of user IDs that may use this credential. `null` means no restriction.
            disabled: Whether this credential should be created in a disabled state.
            is_fallback: Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried.
            name: Optional human-readable name for the credential.
            workspace_id: Optional workspace ID to scope the credential to. When omitted, the credential is created in the account's default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateBYOKKeyResponse",
            self._core.call(
                _CREATE,
                {},
                {
                    "key": key,
                    "provider": provider,
                    "allowed_api_key_hashes": allowed_api_key_hashes,
                    "allowed_models": allowed_models,
                    "allowed_user_ids": allowed_user_ids,
                    "disabled": disabled,
                    "is_fallback": is_fallback,
                    "name": name,
                    "workspace_id": workspace_id,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def create_async(
        self,
        *,
        key: str,
        provider: Literal[
            "ai21",
            "aion-labs",
            "akashml",
            "alibaba",
            "amazon-bedrock",
            "amazon-nova",
            "ambient",
            "anthropic",
            "arcee-ai",
            "atlas-cloud",
            "avian",
            "azure",
            "baidu",
            "baseten",
            "black-forest-labs",
            "byteplus",
            "cerebras",
            "chutes",
            "cirrascale",
            "clarifai",
            "cloudflare",
            "cohere",
            "coreweave",
            "crusoe",
            "darkbloom",
            "databricks",
            "decart",
            "deepgram",
            "deepinfra",
            "deepseek",
            "dekallm",
            "digitalocean",
            "featherless",
            "fireworks",
            "fish-audio",
            "friendli",
            "gmicloud",
            "google-ai-studio",
            "google-vertex",
            "groq",
            "heygen",
            "inception",
            "inceptron",
            "inferact-vllm",
            "inference-net",
            "infermatic",
            "inflection",
            "io-net",
            "ionstream",
            "krea",
            "liquid",
            "makora",
            "mancer",
            "mara",
            "meta",
            "minimax",
            "mistral",
            "modal",
            "modelrun",
            "modular",
            "moonshotai",
            "morph",
            "ncompass",
            "nebius",
            "nex-agi",
            "nextbit",
            "novita",
            "nvidia",
            "open-inference",
            "openai",
            "parasail",
            "perceptron",
            "perplexity",
            "phala",
            "poolside",
            "quiver",
            "recraft",
            "reka",
            "relace",
            "runway",
            "sail-research",
            "sakana",
            "sakana-ai",
            "sambanova",
            "seed",
            "siliconflow",
            "sourceful",
            "stepfun",
            "streamlake",
            "switchpoint",
            "tencent",
            "tenstorrent",
            "thinkingmachines",
            "together",
            "upstage",
            "venice",
            "wafer",
            "wandb",
            "wandb-legacy",
            "xai",
            "xiaomi",
            "z-ai",
        ]
        | str,
        allowed_api_key_hashes: Sequence[str] | None = None,
        allowed_models: Sequence[str] | None = None,
        allowed_user_ids: Sequence[str] | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        name: str | None = None,
        workspace_id: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> CreateBYOKKeyResponse:
        """Create a BYOK provider credential

        The async twin of ``create``.

        Create a new bring-your-own-key (BYOK) provider credential. The raw key is encrypted at rest and never returned in API responses. When `workspace_id` is omitted, the credential is created in the default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly. Treat the raw key as write-only; it is never returned after creation. Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``POST /byok`` (operationId ``createBYOKKey``).

        Args:
            key: The raw provider API key or credential. This value is encrypted at rest and never returned in API responses.
            provider: The upstream provider this credential authenticates against, as a lowercase slug (e.g. `openai`, `anthropic`, `amazon-bedrock`).
            allowed_api_key_hashes: Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this credential. `null` means no restriction. Must contain at least one hash if provided. Hashes that do not belong to your account return a 400.
            allowed_models: Optional allowlist of model slugs this credential may be used for. `null` means no restriction.
            allowed_user_ids: Optional allowlist of user IDs that may use this credential. `null` means no restriction.
            disabled: Whether this credential should be created in a disabled state.
            is_fallback: Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried.
            name: Optional human-readable name for the credential.
            workspace_id: Optional workspace ID to scope the credential to. When omitted, the credential is created in the account's default workspace; if that default has been deleted, the request returns a 400 and you must pass `workspace_id` explicitly.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateBYOKKeyResponse",
            await self._core.call_async(
                _CREATE,
                {},
                {
                    "key": key,
                    "provider": provider,
                    "allowed_api_key_hashes": allowed_api_key_hashes,
                    "allowed_models": allowed_models,
                    "allowed_user_ids": allowed_user_ids,
                    "disabled": disabled,
                    "is_fallback": is_fallback,
                    "name": name,
                    "workspace_id": workspace_id,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    def delete(
        self,
        *,
        id: str,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential

        Delete (soft-delete) a bring-your-own-key (BYOK) provider credential by its `id`. The encrypted key material is wiped and the record is marked as deleted. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /byok/{id}`` (operationId ``deleteBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteBYOKKeyResponse",
            self._core.call(
                _DELETE,
                {"id": id},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def delete_async(
        self,
        *,
        id: str,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> DeleteBYOKKeyResponse:
        """Delete a BYOK provider credential

        The async twin of ``delete``.

        Delete (soft-delete) a bring-your-own-key (BYOK) provider credential by its `id`. The encrypted key material is wiped and the record is marked as deleted. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``DELETE /byok/{id}`` (operationId ``deleteBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "DeleteBYOKKeyResponse",
            await self._core.call_async(
                _DELETE,
                {"id": id},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    def get(
        self,
        *,
        id: str,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> GetBYOKKeyResponse:
        """Get a BYOK provider credential

        Get a single bring-your-own-key (BYOK) provider credential by its `id`. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /byok/{id}`` (operationId ``getBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetBYOKKeyResponse",
            self._core.call(
                _GET,
                {"id": id},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def get_async(
        self,
        *,
        id: str,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> GetBYOKKeyResponse:
        """Get a BYOK provider credential

        The async twin of ``get``.

        Get a single bring-your-own-key (BYOK) provider credential by its `id`. [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``GET /byok/{id}`` (operationId ``getBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "GetBYOKKeyResponse",
            await self._core.call_async(
                _GET,
                {"id": id},
                None,
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    def update(
        self,
        *,
        id: str,
        allowed_api_key_hashes: Sequence[str] | None = None,
        allowed_models: Sequence[str] | None = None,
        allowed_user_ids: Sequence[str] | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        key: str | None = None,
        name: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> UpdateBYOKKeyResponse:
        """Update a BYOK provider credential

        Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key` field to rotate the raw provider API key in-place (the previous key material is overwritten). Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /byok/{id}`` (operationId ``updateBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).
            allowed_api_key_hashes: Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this credential. `null` clears the restriction. Must contain at least one hash if provided. Hashes that do not belong to your account return a 400.
            allowed_models: Optional allowlist of model slugs this credential may be used for. `null` means no restriction.
            allowed_user_ids: Optional allowlist of user IDs that may use this credential. `null` means no restriction.
            disabled: Whether this credential is disabled.
            is_fallback: Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried.
            key: A new raw provider API key to rotate the credential in-place. The previous key material is overwritten and the masked label is regenerated. Encrypted at rest and never returned in API responses.
            name: Optional human-readable name for the credential.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateBYOKKeyResponse",
            self._core.call(
                _UPDATE,
                {"id": id},
                {
                    "allowed_api_key_hashes": allowed_api_key_hashes,
                    "allowed_models": allowed_models,
                    "allowed_user_ids": allowed_user_ids,
                    "disabled": disabled,
                    "is_fallback": is_fallback,
                    "key": key,
                    "name": name,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )

    async def update_async(
        self,
        *,
        id: str,
        allowed_api_key_hashes: Sequence[str] | None = None,
        allowed_models: Sequence[str] | None = None,
        allowed_user_ids: Sequence[str] | None = None,
        disabled: bool | None = None,
        is_fallback: bool | None = None,
        key: str | None = None,
        name: str | None = None,
        retries: RetryConfig | None = None,
        timeout_ms: float | None = None,
        server_url: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        http_headers: Mapping[str, str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
    ) -> UpdateBYOKKeyResponse:
        """Update a BYOK provider credential

        The async twin of ``update``.

        Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key` field to rotate the raw provider API key in-place (the previous key material is overwritten). Use `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

        ``PATCH /byok/{id}`` (operationId ``updateBYOKKey``).

        Args:
            id (path parameter ``id``): The BYOK credential ID (UUID).
            allowed_api_key_hashes: Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this credential. `null` clears the restriction. Must contain at least one hash if provided. Hashes that do not belong to your account return a 400.
            allowed_models: Optional allowlist of model slugs this credential may be used for. `null` means no restriction.
            allowed_user_ids: Optional allowlist of user IDs that may use this credential. `null` means no restriction.
            disabled: Whether this credential is disabled.
            is_fallback: Whether this credential is treated as a fallback — used only after non-fallback keys for the same provider have been tried.
            key: A new raw provider API key to rotate the credential in-place. The previous key material is overwritten and the masked label is regenerated. Encrypted at rest and never returned in API responses.
            name: Optional human-readable name for the credential.

        Call options (each wins over the client's setting, for this call only):
            retries: a ``RetryConfig`` (``RetryConfig("none")`` turns retries off).
            timeout_ms: the call's timeout, in milliseconds.
            server_url: another base URL.
            extra_headers: more headers, sent as given (``http_headers`` is an alias).
            extra_query: more query parameters.
            extra_body: more top-level body fields, sent after the typed ones (a field given
                both ways is refused).
            http_referer, x_open_router_title, x_open_router_categories: app attribution.

        Raises:
            400: Bad Request - Invalid request parameters or malformed input
            401: Unauthorized - Authentication required or invalid credentials
            404: Not Found - Resource does not exist
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "UpdateBYOKKeyResponse",
            await self._core.call_async(
                _UPDATE,
                {"id": id},
                {
                    "allowed_api_key_hashes": allowed_api_key_hashes,
                    "allowed_models": allowed_models,
                    "allowed_user_ids": allowed_user_ids,
                    "disabled": disabled,
                    "is_fallback": is_fallback,
                    "key": key,
                    "name": name,
                },
                CallOptions(
                    retries,
                    timeout_ms,
                    server_url,
                    extra_headers,
                    extra_query,
                    extra_body,
                    http_headers,
                    http_referer,
                    x_open_router_title,
                    x_open_router_categories,
                ),
            ),
        )


class ByokWithRawResponse:
    """``client.byok.with_raw_response``: the operations of ``Byok``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``create``, ``delete``, ``get``, ``update`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Byok(core)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
        self.create = raw_response(operations.create)
        self.create_async = raw_response_async(operations.create_async)
        self.delete = raw_response(operations.delete)
        self.delete_async = raw_response_async(operations.delete_async)
        self.get = raw_response(operations.get)
        self.get_async = raw_response_async(operations.get_async)
        self.update = raw_response(operations.update)
        self.update_async = raw_response_async(operations.update_async)
