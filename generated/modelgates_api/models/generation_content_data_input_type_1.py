from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class GenerationContentDataInputType1(_ModelBase):
    messages: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("messages",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "messages"
            messages = cast(list[Any], d.pop("messages"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        generation_content_data_input_type_1 = cls(
            messages=messages,
        )

        generation_content_data_input_type_1.additional_properties = d
        return generation_content_data_input_type_1
