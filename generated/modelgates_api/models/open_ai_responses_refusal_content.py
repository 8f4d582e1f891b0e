from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_refusal_content_type import (
    OpenAIResponsesRefusalContentType,
    check_open_ai_responses_refusal_content_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesRefusalContent(_ModelBase):
    """
    Example:
        {'refusal': "I'm sorry, I cannot assist with that request", 'type': 'refusal'}

    """

    refusal: str
    type_: OpenAIResponsesRefusalContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "refusal",
        ("type", check_open_ai_responses_refusal_content_type, "type_"),
    )
