from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_web_search_user_location_type import (
    PreviewWebSearchUserLocationType,
    check_preview_web_search_user_location_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class PreviewWebSearchUserLocation(_ModelBase):
    """
    Example:
        {'city': 'San Francisco', 'country': 'USA', 'region': 'California', 'timezone': 'America/Los_Angeles', 'type':
            'approximate'}

    """

    type_: PreviewWebSearchUserLocationType
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("type_", "type"),
        "city",
        "country",
        "region",
        "timezone",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "type"
            type_ = check_preview_web_search_user_location_type(d.pop("type"))

            _at_field_ = "city"
            city = d.pop("city", UNSET)
            if not isinstance(city, (str, _NoneType, Unset)):
                city = _parse_union(
                    city,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "country"
            country = d.pop("country", UNSET)
            if not isinstance(country, (str, _NoneType, Unset)):
                country = _parse_union(
                    country,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "region"
            region = d.pop("region", UNSET)
            if not isinstance(region, (str, _NoneType, Unset)):
                region = _parse_union(
                    region,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "timezone"
            timezone = d.pop("timezone", UNSET)
            if not isinstance(timezone, (str, _NoneType, Unset)):
                timezone = _parse_union(
                    timezone,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        preview_web_search_user_location = cls(
            type_=type_,
            city=city,
            country=country,
            region=region,
            timezone=timezone,
        )

        preview_web_search_user_location.additional_properties = d
        return preview_web_search_user_location
