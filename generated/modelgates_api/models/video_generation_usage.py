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

    _json_fields_ = (
        "cost",
        "is_byok",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, _NoneType, Unset)):
                cost = _parse_union(
                    cost,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        video_generation_usage = cls(
            cost=cost,
            is_byok=is_byok,
        )

        video_generation_usage.additional_properties = d
        return video_generation_usage
