from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_text_content_type import ReasoningTextContentType, check_reasoning_text_content_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ReasoningTextContent(_ModelBase):
    """
    Example:
        {'text': 'Let me think step by step about this problem...', 'type': 'reasoning_text'}

    """

    text: str
    type_: ReasoningTextContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_reasoning_text_content_type, "type_"),
    )
