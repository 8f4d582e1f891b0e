from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.open_ai_responses_image_gen_call_partial_image_type import (
    OpenAIResponsesImageGenCallPartialImageType,
    check_open_ai_responses_image_gen_call_partial_image_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesImageGenCallPartialImage(_ModelBase):
    """
    Example:
        {'item_id': 'ig_abc123', 'output_index': 0, 'partial_image_b64': 'iVBORw0KGgo...', 'partial_image_index': 0,
            'sequence_number': 3, 'type': 'response.image_generation_call.partial_image'}

    """

    item_id: str
    output_index: int
    partial_image_b64: str
    partial_image_index: int
    sequence_number: int
    type_: OpenAIResponsesImageGenCallPartialImageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "item_id",
        "output_index",
        "partial_image_b64",
        "partial_image_index",
        "sequence_number",
        ("type", check_open_ai_responses_image_gen_call_partial_image_type, "type_"),
    )
