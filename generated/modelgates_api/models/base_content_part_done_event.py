from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.base_content_part_done_event_type import (
    BaseContentPartDoneEventType,
    check_base_content_part_done_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText
else:
    OpenAIResponsesRefusalContent = _LazyModel(
        globals(), "open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"
    )
    ResponseOutputText = _LazyModel(globals(), "response_output_text", "ResponseOutputText")


@_attrs_define(repr=False, eq=False)
class BaseContentPartDoneEvent(_ModelBase):
    """Event emitted when a content part is complete

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'part': {'annotations': [], 'text': 'Hello! How can
            I help you?', 'type': 'output_text'}, 'sequence_number': 7, 'type': 'response.content_part.done'}

    """

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ResponseOutputText
    sequence_number: int
    type_: BaseContentPartDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "content_index",
        "item_id",
        "output_index",
        (
            "part",
            _union_field(
                (
                    ("ResponseOutputText", ResponseOutputText),
                    ("OpenAIResponsesRefusalContent", OpenAIResponsesRefusalContent),
                ),
                tag=(
                    "type",
                    (
                        "output_text",
                        "refusal",
                    ),
                ),
            ),
        ),
        "sequence_number",
        ("type", check_base_content_part_done_event_type, "type_"),
    )
