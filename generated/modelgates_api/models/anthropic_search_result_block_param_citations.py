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
class AnthropicSearchResultBlockParamCitations(_ModelBase):
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("enabled",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_search_result_block_param_citations = cls(
            enabled=enabled,
        )

        anthropic_search_result_block_param_citations.additional_properties = d
        return anthropic_search_result_block_param_citations
