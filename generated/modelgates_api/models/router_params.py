from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class RouterParams(_ModelBase):
    """
    Example:
        {'version_group': 'anthropic/claude-sonnet-4'}

    """

    quality_floor: float | Unset = UNSET
    throughput_floor: float | Unset = UNSET
    version_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "quality_floor",
        "throughput_floor",
        "version_group",
    )
