from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_finish_reason_is_type import (
    StopServerToolsWhenFinishReasonIsType,
    check_stop_server_tools_when_finish_reason_is_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenFinishReasonIs(_ModelBase):
    """Stop when the upstream model emits this finish reason (e.g. `length`).

    Example:
        {'reason': 'length', 'type': 'finish_reason_is'}

    """

    reason: str
    type_: StopServerToolsWhenFinishReasonIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "reason",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "reason"
            reason = d.pop("reason")

            _at_field_ = "type"
            type_ = check_stop_server_tools_when_finish_reason_is_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stop_server_tools_when_finish_reason_is = cls(
            reason=reason,
            type_=type_,
        )

        stop_server_tools_when_finish_reason_is.additional_properties = d
        return stop_server_tools_when_finish_reason_is
