from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200DataDimensionsItem(_ModelBase):
    """
    Attributes:
        display_label (str): Human-readable label Example: Model.
        name (str): Dimension identifier used in query requests Example: model.
    """

    display_label: str
    name: str
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
            name = d.pop("name")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_analytics_meta_response_200_data_dimensions_item = cls(
            display_label=display_label,
            name=name,
        )

        get_analytics_meta_response_200_data_dimensions_item.additional_properties = d
        return get_analytics_meta_response_200_data_dimensions_item
