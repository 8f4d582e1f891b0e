from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_image_gen_call_completed_type import (
    OpenAIResponsesImageGenCallCompletedType,
    check_open_ai_responses_image_gen_call_completed_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesImageGenCallCompleted(_ModelBase):
    """
    Example:
        {'item_id': 'ig_abc123', 'output_index': 0, 'sequence_number': 4, 'type':
            'response.image_generation_call.completed'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: OpenAIResponsesImageGenCallCompletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_open_ai_responses_image_gen_call_completed_type, "type_"),
    )
