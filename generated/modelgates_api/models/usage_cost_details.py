from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class UsageCostDetails(_ModelBase):
    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    upstream_inference_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "upstream_inference_input_cost",
        "upstream_inference_output_cost",
    )
    _optional_ = (
        (
            "upstream_inference_cost",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
