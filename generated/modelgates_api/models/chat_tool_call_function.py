from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatToolCallFunction(_ModelBase):
    """The function invoked by a tool call.

    Attributes:
        name (str): Name of the function to call.
        arguments (str): Arguments for the call, as a JSON-encoded string.
    """

    name: str
    arguments: str
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
            name = d.pop("name")

            _at_field_ = "arguments"
            arguments = d.pop("arguments")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_tool_call_function = cls(
            name=name,
            arguments=arguments,
        )

        chat_tool_call_function.additional_properties = d
        return chat_tool_call_function
