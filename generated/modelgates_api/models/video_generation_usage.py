from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class VideoGenerationUsage(_ModelBase):
    """Usage and cost information for the video generation. Available once the job has completed.

    Example:
        {'cost': 0.5, 'is_byok': False}

    Attributes:
        cost (float | None | Unset): The cost of the video generation in USD.
        is_byok (bool | Unset): Whether the request was made using a Bring Your Own Key configuration.
    """

    cost: float | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "cost",
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
        "is_byok",
    )
