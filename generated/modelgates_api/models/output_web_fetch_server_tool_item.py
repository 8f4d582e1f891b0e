from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_fetch_server_tool_item_type import (
    OutputWebFetchServerToolItemType,
    check_output_web_fetch_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "content",
        "error",
        ("http_status", "httpStatus"),
        "id",
        "title",
        "url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_web_fetch_server_tool_item_type(d.pop("type"))

            _at_field_ = "content"
            content = d.pop("content", UNSET)

            _at_field_ = "error"
            error = d.pop("error", UNSET)

            _at_field_ = "httpStatus"
            http_status = d.pop("httpStatus", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "title"
            title = d.pop("title", UNSET)

            _at_field_ = "url"
            url = d.pop("url", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_web_fetch_server_tool_item = cls(
            status=status,
            type_=type_,
            content=content,
            error=error,
            http_status=http_status,
            id=id,
            title=title,
            url=url,
        )

        output_web_fetch_server_tool_item.additional_properties = d
        return output_web_fetch_server_tool_item
