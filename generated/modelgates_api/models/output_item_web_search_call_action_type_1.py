from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_action_type_1_type import (
    OutputItemWebSearchCallActionType1Type,
    check_output_item_web_search_call_action_type_1_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputItemWebSearchCallActionType1(_ModelBase):
    type_: OutputItemWebSearchCallActionType1Type
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "url",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_output_item_web_search_call_action_type_1_type(d.pop("type"))

            _at_field_ = "url"
            url = d.pop("url", UNSET)
            if not isinstance(url, (str, _NoneType, Unset)):
                url = _parse_union(
                    url,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_web_search_call_action_type_1 = cls(
            type_=type_,
            url=url,
        )

        output_item_web_search_call_action_type_1.additional_properties = d
        return output_item_web_search_call_action_type_1
