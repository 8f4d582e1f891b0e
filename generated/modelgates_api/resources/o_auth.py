"""``client.o_auth``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

from modelgates._operation import (
    CallOptions,
    Operation,
    raw_response,
    raw_response_async,
)

if TYPE_CHECKING:
    import datetime

    from modelgates._operation import Caller
    from modelgates.utils import RetryConfig

    from ..models.create_auth_keys_code_response_200 import (
        CreateAuthKeysCodeResponse200,
    )
    from ..models.exchange_auth_code_for_api_key_response_200 import (
        ExchangeAuthCodeForApiKeyResponse200,
    )

__all__ = ["OAuth", "OAuthWithRawResponse"]

_EXCHANGE_AUTH_CODE_FOR_API_KEY = Operation(
    name="o_auth.exchange_auth_code_for_api_key",
    http="POST /auth/keys",
    module="api.o_auth.exchange_auth_code_for_api_key",
    fields={
        "code": ("body", "code"),
        "code_challenge_method": ("body", "code_challenge_method"),
        "code_verifier": ("body", "code_verifier"),
    },
    body_class="exchange_auth_code_for_api_key_body:ExchangeAuthCodeForApiKeyBody",
    whole_body=False,
    required_body=("code",),
    requires_auth=True,
    result_class="exchange_auth_code_for_api_key_response_200:ExchangeAuthCodeForApiKeyResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_CREATE_AUTH_CODE = Operation(
    name="o_auth.create_auth_code",
    http="POST /auth/keys/code",
    module="api.o_auth.create_auth_keys_code",
    fields={
        "callback_url": ("body", "callback_url"),
        "code_challenge": ("body", "code_challenge"),
        "code_challenge_method": ("body", "code_challenge_method"),
        "expires_at": ("body", "expires_at"),
        "key_label": ("body", "key_label"),
        "limit": ("body", "limit"),
        "spawn_agent": ("body", "spawn_agent"),
        "spawn_cloud": ("body", "spawn_cloud"),
        "usage_limit_type": ("body", "usage_limit_type"),
        "workspace_id": ("body", "workspace_id"),
    },
    body_class="create_auth_keys_code_body:CreateAuthKeysCodeBody",
    whole_body=False,
    required_body=("callback_url",),
    requires_auth=True,
    result_class="create_auth_keys_code_response_200:CreateAuthKeysCodeResponse200",
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class OAuth:
    """Operations of the ``o_auth`` group (``client.o_auth``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> OAuthWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return OAuthWithRawResponse(self._core.raw())

    def exchange_auth_code_for_api_key(
        self,
        *,
        code: str,
        code_challenge_method: None | Literal["S256", "plain"] | str = None,
        code_verifier: str | None = None,
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
    ) -> ExchangeAuthCodeForApiKeyResponse200:
        """Exchange authorization code for API key

        Exchange an authorization code from the PKCE flow for a user-controlled API key

        ``POST /auth/keys`` (operationId ``exchangeAuthCodeForAPIKey``).

        Args:
            code: The authorization code received from the OAuth redirect
            code_challenge_method: The method used to generate the code challenge
            code_verifier: The code verifier if code_challenge was used in the authorization request

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ExchangeAuthCodeForApiKeyResponse200",
            self._core.call(
                _EXCHANGE_AUTH_CODE_FOR_API_KEY,
                {},
                {
                    "code": code,
                    "code_challenge_method": code_challenge_method,
                    "code_verifier": code_verifier,
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

    async def exchange_auth_code_for_api_key_async(
        self,
        *,
        code: str,
        code_challenge_method: None | Literal["S256", "plain"] | str = None,
        code_verifier: str | None = None,
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
    ) -> ExchangeAuthCodeForApiKeyResponse200:
        """Exchange authorization code for API key

        The async twin of ``exchange_auth_code_for_api_key``.

        Exchange an authorization code from the PKCE flow for a user-controlled API key

        ``POST /auth/keys`` (operationId ``exchangeAuthCodeForAPIKey``).

        Args:
            code: The authorization code received from the OAuth redirect
            code_challenge_method: The method used to generate the code challenge
            code_verifier: The code verifier if code_challenge was used in the authorization request

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
            403: Forbidden - Authentication successful but insufficient permissions
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "ExchangeAuthCodeForApiKeyResponse200",
            await self._core.call_async(
                _EXCHANGE_AUTH_CODE_FOR_API_KEY,
                {},
                {
                    "code": code,
                    "code_challenge_method": code_challenge_method,
                    "code_verifier": code_verifier,
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

    def create_auth_code(
        self,
        *,
        callback_url: str,
        code_challenge: str | None = None,
        code_challenge_method: Literal["S256", "plain"] | str | None = None,
        expires_at: datetime.datetime | None = None,
        key_label: str | None = None,
        limit: float | None = None,
        spawn_agent: str | None = None,
        spawn_cloud: str | None = None,
        usage_limit_type: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> CreateAuthKeysCodeResponse200:
        """Create authorization code

        Create an authorization code for the PKCE flow to generate a user-controlled API key

        ``POST /auth/keys/code`` (operationId ``createAuthKeysCode``).

        Args:
            callback_url: The callback URL to redirect to after authorization. Supports https URLs and localhost/127.0.0.1 URLs on any port for local CLI tools.
            code_challenge: PKCE code challenge for enhanced security
            code_challenge_method: The method used to generate the code challenge
            expires_at: Optional expiration time for the API key to be created
            key_label: Optional custom label for the API key. Defaults to the app name if not provided.
            limit: Credit limit for the API key to be created
            spawn_agent: Agent identifier for spawn telemetry
            spawn_cloud: Cloud identifier for spawn telemetry
            usage_limit_type: Optional credit limit reset interval. When set, the credit limit resets on this interval.
            workspace_id: Optional workspace ID to associate the API key with

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateAuthKeysCodeResponse200",
            self._core.call(
                _CREATE_AUTH_CODE,
                {},
                {
                    "callback_url": callback_url,
                    "code_challenge": code_challenge,
                    "code_challenge_method": code_challenge_method,
                    "expires_at": expires_at,
                    "key_label": key_label,
                    "limit": limit,
                    "spawn_agent": spawn_agent,
                    "spawn_cloud": spawn_cloud,
                    "usage_limit_type": usage_limit_type,
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

    async def create_auth_code_async(
        self,
        *,
        callback_url: str,
        code_challenge: str | None = None,
        code_challenge_method: Literal["S256", "plain"] | str | None = None,
        expires_at: datetime.datetime | None = None,
        key_label: str | None = None,
        limit: float | None = None,
        spawn_agent: str | None = None,
        spawn_cloud: str | None = None,
        usage_limit_type: Literal["daily", "monthly", "weekly"] | str | None = None,
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
    ) -> CreateAuthKeysCodeResponse200:
        """Create authorization code

        The async twin of ``create_auth_code``.

        Create an authorization code for the PKCE flow to generate a user-controlled API key

        ``POST /auth/keys/code`` (operationId ``createAuthKeysCode``).

        Args:
            callback_url: The callback URL to redirect to after authorization. Supports https URLs and localhost/127.0.0.1 URLs on any port for local CLI tools.
            code_challenge: PKCE code challenge for enhanced security
            code_challenge_method: The method used to generate the code challenge
            expires_at: Optional expiration time for the API key to be created
            key_label: Optional custom label for the API key. Defaults to the app name if not provided.
            limit: Credit limit for the API key to be created
            spawn_agent: Agent identifier for spawn telemetry
            spawn_cloud: Cloud identifier for spawn telemetry
            usage_limit_type: Optional credit limit reset interval. When set, the credit limit resets on this interval.
            workspace_id: Optional workspace ID to associate the API key with

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
            409: Conflict - Resource conflict or concurrent modification
            500: Internal Server Error - Unexpected server error
        """
        return cast(
            "CreateAuthKeysCodeResponse200",
            await self._core.call_async(
                _CREATE_AUTH_CODE,
                {},
                {
                    "callback_url": callback_url,
                    "code_challenge": code_challenge,
                    "code_challenge_method": code_challenge_method,
                    "expires_at": expires_at,
                    "key_label": key_label,
                    "limit": limit,
                    "spawn_agent": spawn_agent,
                    "spawn_cloud": spawn_cloud,
                    "usage_limit_type": usage_limit_type,
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


class OAuthWithRawResponse:
    """``client.o_auth.with_raw_response``: the operations of ``OAuth``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``exchange_auth_code_for_api_key``, ``create_auth_code`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = OAuth(core)
        self.exchange_auth_code_for_api_key = raw_response(
            operations.exchange_auth_code_for_api_key
        )
        self.exchange_auth_code_for_api_key_async = raw_response_async(
            operations.exchange_auth_code_for_api_key_async
        )
        self.create_auth_code = raw_response(operations.create_auth_code)
        self.create_auth_code_async = raw_response_async(
            operations.create_auth_code_async
        )
