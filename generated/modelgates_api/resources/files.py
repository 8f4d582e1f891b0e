"""``client.files``: generated from the spec by scripts/sdk_layer.py. Do not edit."""

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
    from modelgates import AsyncBinaryResponse, BinaryResponse
    from modelgates._operation import Caller, FileInput
    from modelgates.utils import RetryConfig

    from ..models.anthropic_file import AnthropicFile
    from ..models.anthropic_file_deleted import AnthropicFileDeleted
    from ..models.anthropic_file_list import AnthropicFileList
    from ..models.open_ai_file import OpenAIFile
    from ..models.open_ai_file_deleted import OpenAIFileDeleted
    from ..models.open_ai_file_list import OpenAIFileList
    from ..models.open_router_file import OpenRouterFile
    from ..models.open_router_file_deleted import OpenRouterFileDeleted
    from ..models.open_router_file_list import OpenRouterFileList

__all__ = ["Files", "FilesWithRawResponse"]

_LIST = Operation(
    name="files.list",
    http="GET /files",
    module="api.files.list_files",
    fields={
        "limit": ("query", "limit"),
        "cursor": ("query", "cursor"),
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
        "after": ("query", "after"),
        "after_id": ("query", "after_id"),
        "before_id": ("query", "before_id"),
        "order": ("query", "order"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_UPLOAD = Operation(
    name="files.upload",
    http="POST /files",
    module="api.files.upload_file",
    fields={
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
        "file": ("body", "file"),
    },
    body_class=None,
    multipart_class="upload_file_body:UploadFileBody",
    multipart_fields={"file": "file"},
    multipart_files=("file",),
    whole_body=False,
    required_body=("file",),
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DELETE = Operation(
    name="files.delete",
    http="DELETE /files/{file_id}",
    module="api.files.delete_file",
    fields={
        "file_id": ("path", "file_id"),
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_RETRIEVE = Operation(
    name="files.retrieve",
    http="GET /files/{file_id}",
    module="api.files.get_file_metadata",
    fields={
        "file_id": ("path", "file_id"),
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="json",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)

_DOWNLOAD = Operation(
    name="files.download",
    http="GET /files/{file_id}/content",
    module="api.files.download_file_content",
    fields={
        "file_id": ("path", "file_id"),
        "workspace_id": ("query", "workspace_id"),
        "provider": ("query", "provider"),
    },
    body_class=None,
    whole_body=False,
    requires_auth=True,
    result_class=None,
    authorization_param=False,
    result="binary",
    events_class=None,
    events_envelope=False,
    stream_field=None,
)


class Files:
    """Operations of the ``files`` group (``client.files``)."""

    def __init__(self, core: Caller) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same operations, each returning a ``RawResponse``: status, headers, and ``parse()``."""
        return FilesWithRawResponse(self._core.raw())

    def list(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
        after: str | None = None,
        after_id: str | None = None,
        before_id: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
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
    ) -> OpenRouterFileList | OpenAIFileList | AnthropicFileList:
        """List files

        Lists files belonging to the workspace of the authenticating API key.

        ``GET /files`` (operationId ``listFiles``).

        Args:
            limit (query parameter ``limit``): Maximum number of files to return (1–1000).
            cursor (query parameter ``cursor``): Opaque pagination cursor from a previous response.
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.
            after (query parameter ``after``): OpenAI-style forward cursor: the id to list after.
            after_id (query parameter ``after_id``): Anthropic-style forward cursor: the id to list after.
            before_id (query parameter ``before_id``): Anthropic-style reverse cursor. Not supported by OpenRouter storage.
            order (query parameter ``order``): Sort direction. Only `asc` is supported by OpenRouter storage.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFileList | OpenAIFileList | AnthropicFileList",
            self._core.call(
                _LIST,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "workspace_id": workspace_id,
                    "provider": provider,
                    "after": after,
                    "after_id": after_id,
                    "before_id": before_id,
                    "order": order,
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
        limit: int | None = None,
        cursor: str | None = None,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
        after: str | None = None,
        after_id: str | None = None,
        before_id: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
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
    ) -> OpenRouterFileList | OpenAIFileList | AnthropicFileList:
        """List files

        The async twin of ``list``.

        Lists files belonging to the workspace of the authenticating API key.

        ``GET /files`` (operationId ``listFiles``).

        Args:
            limit (query parameter ``limit``): Maximum number of files to return (1–1000).
            cursor (query parameter ``cursor``): Opaque pagination cursor from a previous response.
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.
            after (query parameter ``after``): OpenAI-style forward cursor: the id to list after.
            after_id (query parameter ``after_id``): Anthropic-style forward cursor: the id to list after.
            before_id (query parameter ``before_id``): Anthropic-style reverse cursor. Not supported by OpenRouter storage.
            order (query parameter ``order``): Sort direction. Only `asc` is supported by OpenRouter storage.

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
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFileList | OpenAIFileList | AnthropicFileList",
            await self._core.call_async(
                _LIST,
                {
                    "limit": limit,
                    "cursor": cursor,
                    "workspace_id": workspace_id,
                    "provider": provider,
                    "after": after,
                    "after_id": after_id,
                    "before_id": before_id,
                    "order": order,
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

    def upload(
        self,
        *,
        file: FileInput,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFile | OpenAIFile | AnthropicFile:
        """Upload a file

        Uploads a file to be referenced in future API calls. The file is stored under the workspace of the authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is determined from the file contents — not the filename or the declared content type — and must be a PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8 text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`, `text/markdown`, or `text/plain`.

        ``POST /files`` (operationId ``uploadFile``).

        Args:
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.
            file: (no description in the spec)

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
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFile | OpenAIFile | AnthropicFile",
            self._core.call(
                _UPLOAD,
                {"workspace_id": workspace_id, "provider": provider},
                {"file": file},
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

    async def upload_async(
        self,
        *,
        file: FileInput,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFile | OpenAIFile | AnthropicFile:
        """Upload a file

        The async twin of ``upload``.

        Uploads a file to be referenced in future API calls. The file is stored under the workspace of the authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is determined from the file contents — not the filename or the declared content type — and must be a PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8 text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`, `text/markdown`, or `text/plain`.

        ``POST /files`` (operationId ``uploadFile``).

        Args:
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.
            file: (no description in the spec)

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
            413: Payload Too Large - Request payload exceeds size limits
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFile | OpenAIFile | AnthropicFile",
            await self._core.call_async(
                _UPLOAD,
                {"workspace_id": workspace_id, "provider": provider},
                {"file": file},
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
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted:
        """Delete a file

        Deletes a file owned by the requesting workspace. Deletion is irreversible.

        ``DELETE /files/{file_id}`` (operationId ``deleteFile``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted",
            self._core.call(
                _DELETE,
                {
                    "file_id": file_id,
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

    async def delete_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted:
        """Delete a file

        The async twin of ``delete``.

        Deletes a file owned by the requesting workspace. Deletion is irreversible.

        ``DELETE /files/{file_id}`` (operationId ``deleteFile``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFileDeleted | OpenAIFileDeleted | AnthropicFileDeleted",
            await self._core.call_async(
                _DELETE,
                {
                    "file_id": file_id,
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

    def retrieve(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFile | OpenAIFile | AnthropicFile:
        """Get file metadata

        Retrieves metadata for a single file owned by the requesting workspace.

        ``GET /files/{file_id}`` (operationId ``getFileMetadata``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFile | OpenAIFile | AnthropicFile",
            self._core.call(
                _RETRIEVE,
                {
                    "file_id": file_id,
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

    async def retrieve_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> OpenRouterFile | OpenAIFile | AnthropicFile:
        """Get file metadata

        The async twin of ``retrieve``.

        Retrieves metadata for a single file owned by the requesting workspace.

        ``GET /files/{file_id}`` (operationId ``getFileMetadata``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            403: Forbidden - Authentication successful but insufficient permissions
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "OpenRouterFile | OpenAIFile | AnthropicFile",
            await self._core.call_async(
                _RETRIEVE,
                {
                    "file_id": file_id,
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

    def download(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> BinaryResponse:
        """Download file content

        Downloads the raw bytes of a file. Only files created server-side are downloadable; uploaded files return 400.

        ``GET /files/{file_id}/content`` (operationId ``downloadFileContent``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "BinaryResponse",
            self._core.call(
                _DOWNLOAD,
                {
                    "file_id": file_id,
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

    async def download_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: Literal["anthropic", "openai"] | str | None = None,
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
    ) -> AsyncBinaryResponse:
        """Download file content

        The async twin of ``download``.

        Downloads the raw bytes of a file. Only files created server-side are downloadable; uploaded files return 400.

        ``GET /files/{file_id}/content`` (operationId ``downloadFileContent``).

        Args:
            file_id (path parameter ``file_id``): (no description in the spec)
            workspace_id (query parameter ``workspace_id``): Workspace to scope the request to. Defaults to the caller’s default workspace.
            provider (query parameter ``provider``): Store or read this file on the named provider using your own API key for it. Omit to use OpenRouter storage.

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
            404: Not Found - Resource does not exist
            429: Too Many Requests - Rate limit exceeded
            500: Internal Server Error - Unexpected server error
            502: Bad Gateway - Provider/upstream API failure
            503: Service Unavailable - Service temporarily unavailable
        """
        return cast(
            "AsyncBinaryResponse",
            await self._core.call_async(
                _DOWNLOAD,
                {
                    "file_id": file_id,
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


class FilesWithRawResponse:
    """``client.files.with_raw_response``: the operations of ``Files``, each returning a ``RawResponse``
    (``status_code``, ``headers``, and from ``parse()`` what the operation returns); same parameters.

    Operations: ``list``, ``upload``, ``delete``, ``retrieve``, ``download`` (each with its ``_async`` twin)."""

    def __init__(self, core: Caller) -> None:
        operations = Files(core)
        self.list = raw_response(operations.list)
        self.list_async = raw_response_async(operations.list_async)
        self.upload = raw_response(operations.upload)
        self.upload_async = raw_response_async(operations.upload_async)
        self.delete = raw_response(operations.delete)
        self.delete_async = raw_response_async(operations.delete_async)
        self.retrieve = raw_response(operations.retrieve)
        self.retrieve_async = raw_response_async(operations.retrieve_async)
        self.download = raw_response(operations.download)
        self.download_async = raw_response_async(operations.download_async)
