from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_call_output_content_outcome_type_1_type import (
    ShellCallOutputContentOutcomeType1Type,
    check_shell_call_output_content_outcome_type_1_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ShellCallOutputContentOutcomeType1(_ModelBase):
    type_: ShellCallOutputContentOutcomeType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("type", check_shell_call_output_content_outcome_type_1_type, "type_"),)
