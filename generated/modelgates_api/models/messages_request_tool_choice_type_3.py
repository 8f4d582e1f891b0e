from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tool_choice_type_3_type import (
    MessagesRequestToolChoiceType3Type,
    check_messages_request_tool_choice_type_3_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolChoiceType3(_ModelBase):
    name: str
    type_: MessagesRequestToolChoiceType3Type
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "name",
        ("type_", "type"),
        "disable_parallel_tool_use",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "type"
            type_ = check_messages_request_tool_choice_type_3_type(d.pop("type"))

            _at_field_ = "disable_parallel_tool_use"
            disable_parallel_tool_use = d.pop("disable_parallel_tool_use", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_tool_choice_type_3 = cls(
            name=name,
            type_=type_,
            disable_parallel_tool_use=disable_parallel_tool_use,
        )

        messages_request_tool_choice_type_3.additional_properties = d
        return messages_request_tool_choice_type_3
