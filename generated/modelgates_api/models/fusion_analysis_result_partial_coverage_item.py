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
class FusionAnalysisResultPartialCoverageItem(_ModelBase):
    models: list[str]
    point: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "models",
        "point",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "models"
            models = cast(list[str], d.pop("models"))

            _at_field_ = "point"
            point = d.pop("point")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_analysis_result_partial_coverage_item = cls(
            models=models,
            point=point,
        )

        fusion_analysis_result_partial_coverage_item.additional_properties = d
        return fusion_analysis_result_partial_coverage_item
