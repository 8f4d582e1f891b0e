from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatStreamToolCallFunctionDelta(_ModelBase):
    """Function fragment of a streamed tool call.

    Attributes:
        arguments (str | Unset): A fragment of the JSON-encoded arguments; concatenate the fragments per tool call
            `index`.
    """

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "name",
        "arguments",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name", UNSET)

            _at_field_ = "arguments"
            arguments = d.pop("arguments", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_stream_tool_call_function_delta = cls(
            name=name,
            arguments=arguments,
        )

        chat_stream_tool_call_function_delta.additional_properties = d
        return chat_stream_tool_call_function_delta
