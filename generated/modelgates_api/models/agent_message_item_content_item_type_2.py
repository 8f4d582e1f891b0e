from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_item_content_item_type_2_type import (
    AgentMessageItemContentItemType2Type,
    check_agent_message_item_content_item_type_2_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AgentMessageItemContentItemType2(_ModelBase):
    encrypted_content: str
    type_: AgentMessageItemContentItemType2Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "encrypted_content",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content")

            _at_field_ = "type"
            type_ = check_agent_message_item_content_item_type_2_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        agent_message_item_content_item_type_2 = cls(
            encrypted_content=encrypted_content,
            type_=type_,
        )

        agent_message_item_content_item_type_2.additional_properties = d
        return agent_message_item_content_item_type_2
