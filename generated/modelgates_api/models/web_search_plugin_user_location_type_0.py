from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.web_search_plugin_user_location_type_0_type import (
    WebSearchPluginUserLocationType0Type,
    check_web_search_plugin_user_location_type_0_type,
)
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class WebSearchPluginUserLocationType0(_ModelBase):
    """Approximate user location for location-biased search results. Passed through to native providers that support it
    (e.g. Anthropic).

        Example:
            {'city': 'San Francisco', 'country': 'US', 'region': 'California', 'timezone': 'America/Los_Angeles', 'type':
                'approximate'}

    """

    type_: WebSearchPluginUserLocationType0Type
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_web_search_plugin_user_location_type_0_type, "type_"),)
    _optional_ = (
        (
            "city",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "country",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "region",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "timezone",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
