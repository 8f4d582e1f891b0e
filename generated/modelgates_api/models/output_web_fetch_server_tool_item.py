from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.output_web_fetch_server_tool_item_type import (
    OutputWebFetchServerToolItemType,
    check_output_web_fetch_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

T = TypeVar("T", bound="OutputWebFetchServerToolItem")


@_attrs_define(repr=False, eq=False)
class OutputWebFetchServerToolItem(_ModelBase):
    """An openrouter:web_fetch server tool output item

    Example:
        {'httpStatus': 200, 'id': 'wf_tmp_abc123', 'status': 'completed', 'title': 'Example Domain', 'type':
            'openrouter:web_fetch', 'url': 'https://example.com'}

    Attributes:
        status (ToolCallStatus):  Example: completed.
        type_ (OutputWebFetchServerToolItemType):
        content (str | Unset):
        error (str | Unset): The error message if the fetch failed.
        http_status (int | Unset): The HTTP status code returned by the upstream URL fetch.
        id (str | Unset):
        title (str | Unset):
        url (str | Unset):
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
        status: str = self.status

        type_: str = self.type_

        content = self.content

        error = self.error

        http_status = self.http_status

        id = self.id

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if error is not UNSET:
            field_dict["error"] = error
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
