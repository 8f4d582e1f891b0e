from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_text_content_type import ReasoningTextContentType, check_reasoning_text_content_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ReasoningTextContent(_ModelBase):
    """
    Example:
        {'text': 'Let me think step by step about this problem...', 'type': 'reasoning_text'}

    """

    text: str
    type_: ReasoningTextContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "text",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_reasoning_text_content_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        reasoning_text_content = cls(
            text=text,
            type_=type_,
        )

        reasoning_text_content.additional_properties = d
        return reasoning_text_content
