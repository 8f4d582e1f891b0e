from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class OutputShellCallItemAction(_ModelBase):
    commands: list[str]
    max_output_length: int | None
    timeout_ms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "commands",
        (
            "max_output_length",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "timeout_ms",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
