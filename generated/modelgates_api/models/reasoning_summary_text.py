from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_summary_text_type import ReasoningSummaryTextType, check_reasoning_summary_text_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class ReasoningSummaryText(_ModelBase):
    """
    Example:
        {'text': 'Analyzed the problem using first principles', 'type': 'summary_text'}

    """

    text: str
    type_: ReasoningSummaryTextType
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
            type_ = check_reasoning_summary_text_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        reasoning_summary_text = cls(
            text=text,
            type_=type_,
        )

        reasoning_summary_text.additional_properties = d
        return reasoning_summary_text
