from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.incomplete_details_reason import (
    IncompleteDetailsReason,
    check_incomplete_details_reason,
)
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

T = TypeVar("T", bound="IncompleteDetails")


@_attrs_define(repr=False, eq=False)
class IncompleteDetails(_ModelBase):
    """
    Example:
        {'reason': 'max_output_tokens'}

    Attributes:
        reason (IncompleteDetailsReason | Unset):
    """

    reason: IncompleteDetailsReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
