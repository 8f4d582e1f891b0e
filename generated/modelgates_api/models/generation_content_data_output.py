from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase, NoneType as _NoneType, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class GenerationContentDataOutput(_ModelBase):
    """The output from the generation

    Attributes:
        completion (None | str): The completion output Example: The meaning of life is a philosophical question....
        reasoning (None | str): Reasoning/thinking output, if any
    """

    completion: None | str
    reasoning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "completion",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "reasoning",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
