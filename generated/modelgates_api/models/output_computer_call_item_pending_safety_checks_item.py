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
class OutputComputerCallItemPendingSafetyChecksItem(_ModelBase):
    code: str
    id: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "code",
        "id",
        "message",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "code"
            code = d.pop("code")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "message"
            message = d.pop("message")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_computer_call_item_pending_safety_checks_item = cls(
            code=code,
            id=id,
            message=message,
        )

        output_computer_call_item_pending_safety_checks_item.additional_properties = d
        return output_computer_call_item_pending_safety_checks_item
