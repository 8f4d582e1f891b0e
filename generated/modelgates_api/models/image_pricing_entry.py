from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.image_pricing_entry_billable import ImagePricingEntryBillable, check_image_pricing_entry_billable
from ..models.image_pricing_entry_unit import ImagePricingEntryUnit, check_image_pricing_entry_unit
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ImagePricingEntry(_ModelBase):
    """One billable pricing line for an image provider.

    Example:
        {'billable': 'output_image', 'cost_usd': 0.05, 'unit': 'image'}

    """

    billable: ImagePricingEntryBillable
    cost_usd: float
    unit: ImagePricingEntryUnit
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("billable", check_image_pricing_entry_billable),
        "cost_usd",
        ("unit", check_image_pricing_entry_unit),
    )
    _optional_ = ("variant",)
