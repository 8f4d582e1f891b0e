from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incomplete_details_reason import IncompleteDetailsReason, check_incomplete_details_reason
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class IncompleteDetails(_ModelBase):
    """
    Example:
        {'reason': 'max_output_tokens'}

    """

    reason: IncompleteDetailsReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("reason",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "reason"
            _reason = d.pop("reason", UNSET)
            reason: IncompleteDetailsReason | Unset
            if isinstance(_reason, Unset):
                reason = UNSET
            else:
                reason = check_incomplete_details_reason(_reason)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        incomplete_details = cls(
            reason=reason,
        )

        incomplete_details.additional_properties = d
        return incomplete_details
