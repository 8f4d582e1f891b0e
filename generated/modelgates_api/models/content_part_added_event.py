from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_added_event_type import ContentPartAddedEventType, check_content_part_added_event_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.response_output_text import ResponseOutputText
else:
    OpenAIResponsesRefusalContent = _LazyModel(
        globals(), "open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"
    )
    ReasoningTextContent = _LazyModel(globals(), "reasoning_text_content", "ReasoningTextContent")
    ResponseOutputText = _LazyModel(globals(), "response_output_text", "ResponseOutputText")


@_attrs_define(repr=False, eq=False)
class ContentPartAddedEvent(_ModelBase):
    """Event emitted when a new content part is added to an output item

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'part': {'annotations': [], 'text': '', 'type':
            'output_text'}, 'sequence_number': 3, 'type': 'response.content_part.added'}

    """

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ReasoningTextContent | ResponseOutputText
    sequence_number: int
    type_: ContentPartAddedEventType
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
                    ("ReasoningTextContent", ReasoningTextContent),
                    ("OpenAIResponsesRefusalContent", OpenAIResponsesRefusalContent),
                ),
                tag=(
                    "type",
                    (
                        "output_text",
                        "reasoning_text",
                        "refusal",
                    ),
                ),
            ),
        ),
        "sequence_number",
        ("type", check_content_part_added_event_type, "type_"),
    )
