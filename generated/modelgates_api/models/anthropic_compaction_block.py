from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_compaction_block_type import AnthropicCompactionBlockType, check_anthropic_compaction_block_type
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class AnthropicCompactionBlock(_ModelBase):
    """
    Example:
        {'content': 'Compacted summary of conversation.', 'type': 'compaction'}

    """

    content: None | str
    type_: AnthropicCompactionBlockType
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "content",
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
        ("type", check_anthropic_compaction_block_type, "type_"),
    )
    _optional_ = (
        (
            "encrypted_content",
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
