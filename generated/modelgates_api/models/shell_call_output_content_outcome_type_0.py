from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.shell_call_output_content_outcome_type_0_type import (
    ShellCallOutputContentOutcomeType0Type,
    check_shell_call_output_content_outcome_type_0_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ShellCallOutputContentOutcomeType0(_ModelBase):
    exit_code: int
    type_: ShellCallOutputContentOutcomeType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "exit_code",
        ("type", check_shell_call_output_content_outcome_type_0_type, "type_"),
    )
