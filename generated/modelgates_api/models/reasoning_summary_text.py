from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_summary_text_type import ReasoningSummaryTextType, check_reasoning_summary_text_type
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class ReasoningSummaryText(_ModelBase):
    """
    Example:
        {'text': 'Analyzed the problem using first principles', 'type': 'summary_text'}

    """

    text: str
    type_: ReasoningSummaryTextType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_reasoning_summary_text_type, "type_"),
    )
