from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UsageCostDetails(_ModelBase):
    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    upstream_inference_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "upstream_inference_input_cost",
        "upstream_inference_output_cost",
        "upstream_inference_cost",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "upstream_inference_input_cost"
            upstream_inference_input_cost = d.pop("upstream_inference_input_cost")

            _at_field_ = "upstream_inference_output_cost"
            upstream_inference_output_cost = d.pop("upstream_inference_output_cost")

            _at_field_ = "upstream_inference_cost"
            upstream_inference_cost = d.pop("upstream_inference_cost", UNSET)
            if not isinstance(upstream_inference_cost, (float, int, _NoneType, Unset)):
                upstream_inference_cost = _parse_union(
                    upstream_inference_cost,
                    (),
                    plain=(float, int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        usage_cost_details = cls(
            upstream_inference_input_cost=upstream_inference_input_cost,
            upstream_inference_output_cost=upstream_inference_output_cost,
            upstream_inference_cost=upstream_inference_cost,
        )

        usage_cost_details.additional_properties = d
        return usage_cost_details
