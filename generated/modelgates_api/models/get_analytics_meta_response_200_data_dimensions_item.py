from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "display_label",
        "name",
    )
