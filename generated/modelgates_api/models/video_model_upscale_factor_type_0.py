from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class VideoModelUpscaleFactorType0(_ModelBase):
    """Supported upscale factor range for video upscaling models"""

    max_: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "max",
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
            "max_",
        ),
        (
            "min",
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
            "min_",
        ),
    )
