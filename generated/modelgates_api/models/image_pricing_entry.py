from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_pricing_entry_billable import ImagePricingEntryBillable, check_image_pricing_entry_billable
from ..models.image_pricing_entry_unit import ImagePricingEntryUnit, check_image_pricing_entry_unit
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "billable",
        "cost_usd",
        "unit",
        "variant",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "billable"
            billable = check_image_pricing_entry_billable(d.pop("billable"))

            _at_field_ = "cost_usd"
            cost_usd = d.pop("cost_usd")

            _at_field_ = "unit"
            unit = check_image_pricing_entry_unit(d.pop("unit"))

            _at_field_ = "variant"
            variant = d.pop("variant", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_pricing_entry = cls(
            billable=billable,
            cost_usd=cost_usd,
            unit=unit,
            variant=variant,
        )

        image_pricing_entry.additional_properties = d
        return image_pricing_entry
