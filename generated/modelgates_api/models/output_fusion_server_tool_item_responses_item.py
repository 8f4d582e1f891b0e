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
class OutputFusionServerToolItemResponsesItem(_ModelBase):
    model: str
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "model",
        "content",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "content"
            content = d.pop("content", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_fusion_server_tool_item_responses_item = cls(
            model=model,
            content=content,
        )

        output_fusion_server_tool_item_responses_item.additional_properties = d
        return output_fusion_server_tool_item_responses_item
