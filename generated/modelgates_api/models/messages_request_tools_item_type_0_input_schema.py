from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class MessagesRequestToolsItemType0InputSchema(_ModelBase):
    properties: Any | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    type_: str | Unset = "object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "properties",
        "required",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "properties"
            properties = d.pop("properties", UNSET)

            _at_field_ = "required"
            required = d.pop("required", UNSET)
            if not isinstance(required, (_NoneType, Unset)):

                def _required_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    required_type_0 = cast(list[str], data)

                    return required_type_0

                required = _parse_union(
                    required,
                    (("list[str]", _required_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "type"
            type_ = d.pop("type", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_request_tools_item_type_0_input_schema = cls(
            properties=properties,
            required=required,
            type_=type_,
        )

        messages_request_tools_item_type_0_input_schema.additional_properties = d
        return messages_request_tools_item_type_0_input_schema
