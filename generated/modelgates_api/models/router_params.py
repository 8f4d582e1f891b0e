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
class RouterParams(_ModelBase):
    """
    Example:
        {'version_group': 'anthropic/claude-sonnet-4'}

    """

    quality_floor: float | Unset = UNSET
    throughput_floor: float | Unset = UNSET
    version_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "quality_floor",
        "throughput_floor",
        "version_group",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "quality_floor"
            quality_floor = d.pop("quality_floor", UNSET)

            _at_field_ = "throughput_floor"
            throughput_floor = d.pop("throughput_floor", UNSET)

            _at_field_ = "version_group"
            version_group = d.pop("version_group", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        router_params = cls(
            quality_floor=quality_floor,
            throughput_floor=throughput_floor,
            version_group=version_group,
        )

        router_params.additional_properties = d
        return router_params
