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

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": self.status,
            "type": self.type_,
        }
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.http_status is not UNSET:
            field_dict["httpStatus"] = self.http_status
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.url is not UNSET:
            field_dict["url"] = self.url

        return field_dict

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
