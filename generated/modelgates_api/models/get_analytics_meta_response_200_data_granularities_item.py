from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_analytics_meta_response_200_data_granularities_item_name import (
    GetAnalyticsMetaResponse200DataGranularitiesItemName,
    check_get_analytics_meta_response_200_data_granularities_item_name,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200DataGranularitiesItem(_ModelBase):
    """
    Attributes:
        display_label (str): Human-readable label Example: Day.
        name (GetAnalyticsMetaResponse200DataGranularitiesItemName): Granularity identifier Example: day.
    """

    display_label: str
    name: GetAnalyticsMetaResponse200DataGranularitiesItemName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "display_label",
        "name",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "display_label"
            display_label = d.pop("display_label")

            _at_field_ = "name"
            name = check_get_analytics_meta_response_200_data_granularities_item_name(d.pop("name"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200_data_granularities_item = cls(
            display_label=display_label,
            name=name,
        )

        get_analytics_meta_response_200_data_granularities_item.additional_properties = d
        return get_analytics_meta_response_200_data_granularities_item
