from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ChatNamedToolChoiceFunction(_ModelBase):
    """The function the model must call."""

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("name",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_named_tool_choice_function = cls(
            name=name,
        )

        chat_named_tool_choice_function.additional_properties = unknown_fields(d)
        return chat_named_tool_choice_function
