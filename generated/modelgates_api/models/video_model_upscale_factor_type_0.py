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
class VideoModelUpscaleFactorType0(_ModelBase):
    """Supported upscale factor range for video upscaling models"""

    max_: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("max_", "max"),
        ("min_", "min"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "max"
            max_ = d.pop("max", UNSET)
            if not isinstance(max_, (float, int, _NoneType, Unset)):
                max_ = _parse_union(
                    max_,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "min"
            min_ = d.pop("min", UNSET)
            if not isinstance(min_, (float, int, _NoneType, Unset)):
                min_ = _parse_union(
                    min_,
                    (),
                    plain=(float, int, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_model_upscale_factor_type_0 = cls(
            max_=max_,
            min_=min_,
        )

        video_model_upscale_factor_type_0.additional_properties = d
        return video_model_upscale_factor_type_0
