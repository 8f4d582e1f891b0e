from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.incomplete_details_reason import IncompleteDetailsReason, check_incomplete_details_reason
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class IncompleteDetails(_ModelBase):
    """
    Example:
        {'reason': 'max_output_tokens'}

    """

    reason: IncompleteDetailsReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (("reason", check_incomplete_details_reason),)
