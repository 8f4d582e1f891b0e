from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_web_fetch_server_tool_item_type import (
    OutputWebFetchServerToolItemType,
    check_output_web_fetch_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class OutputWebFetchServerToolItem(_ModelBase):
    """An openrouter:web_fetch server tool output item

    Example:
        {'httpStatus': 200, 'id': 'wf_tmp_abc123', 'status': 'completed', 'title': 'Example Domain', 'type':
            'openrouter:web_fetch', 'url': 'https://example.com'}

    Attributes:
        error (str | Unset): The error message if the fetch failed.
        http_status (int | Unset): The HTTP status code returned by the upstream URL fetch.
    """

    status: ToolCallStatus
    type_: OutputWebFetchServerToolItemType
    content: str | Unset = UNSET
    error: str | Unset = UNSET
    http_status: int | Unset = UNSET
    id: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_web_fetch_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "content",
        "error",
        ("httpStatus", None, "http_status"),
        "id",
        "title",
        "url",
    )
