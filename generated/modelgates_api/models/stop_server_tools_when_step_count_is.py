from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_step_count_is_type import (
    StopServerToolsWhenStepCountIsType,
    check_stop_server_tools_when_step_count_is_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class StopServerToolsWhenStepCountIs(_ModelBase):
    """Stop after the agent loop has executed this many steps.

    Example:
        {'step_count': 5, 'type': 'step_count_is'}

    """

    step_count: int
    type_: StopServerToolsWhenStepCountIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "step_count",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "step_count"
            step_count = d.pop("step_count")

            _at_field_ = "type"
            type_ = check_stop_server_tools_when_step_count_is_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stop_server_tools_when_step_count_is = cls(
            step_count=step_count,
            type_=type_,
        )

        stop_server_tools_when_step_count_is.additional_properties = d
        return stop_server_tools_when_step_count_is
