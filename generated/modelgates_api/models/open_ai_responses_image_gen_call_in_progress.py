from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_image_gen_call_in_progress_type import (
    OpenAIResponsesImageGenCallInProgressType,
    check_open_ai_responses_image_gen_call_in_progress_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesImageGenCallInProgress(_ModelBase):
    """
    Example:
        {'item_id': 'ig_abc123', 'output_index': 0, 'sequence_number': 1, 'type':
            'response.image_generation_call.in_progress'}

    """

    item_id: str
    output_index: int
    sequence_number: int
    type_: OpenAIResponsesImageGenCallInProgressType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_open_ai_responses_image_gen_call_in_progress_type, "type_"),
    )
