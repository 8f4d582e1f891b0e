from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_compaction_block_type import AnthropicCompactionBlockType, check_anthropic_compaction_block_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "content",
        ("type_", "type"),
        "encrypted_content",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = d.pop("content")
            if not isinstance(content, (str, _NoneType)):
                content = _parse_union(
                    content,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_compaction_block_type(d.pop("type"))

            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content", UNSET)
            if not isinstance(encrypted_content, (str, _NoneType, Unset)):
                encrypted_content = _parse_union(
                    encrypted_content,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_compaction_block = cls(
            content=content,
            type_=type_,
            encrypted_content=encrypted_content,
        )

        anthropic_compaction_block.additional_properties = d
        return anthropic_compaction_block
