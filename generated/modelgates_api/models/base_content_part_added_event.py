from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_content_part_added_event_type import (
    BaseContentPartAddedEventType,
    check_base_content_part_added_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from ..models.response_output_text import ResponseOutputText


@_attrs_define(repr=False, eq=False)
class BaseContentPartAddedEvent(_ModelBase):
    """Event emitted when a new content part is added to an output item

    Example:
        {'content_index': 0, 'item_id': 'item-1', 'output_index': 0, 'part': {'annotations': [], 'text': '', 'type':
            'output_text'}, 'sequence_number': 3, 'type': 'response.content_part.added'}

    """

    content_index: int
    item_id: str
    output_index: int
    part: OpenAIResponsesRefusalContent | ResponseOutputText
    sequence_number: int
    type_: BaseContentPartAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "content_index",
        "item_id",
        "output_index",
        "part",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content_index"
            content_index = d.pop("content_index")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "part"
            part = d.pop("part")
            part = _parse_union(
                part,
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
            )

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_base_content_part_added_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_content_part_added_event = cls(
            content_index=content_index,
            item_id=item_id,
            output_index=output_index,
            part=part,
            sequence_number=sequence_number,
            type_=type_,
        )

        base_content_part_added_event.additional_properties = d
        return base_content_part_added_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenAIResponsesRefusalContent = _LazyModel(
        globals(), "modelgates_api.models.open_ai_responses_refusal_content", "OpenAIResponsesRefusalContent"
    )
    ResponseOutputText = _LazyModel(globals(), "modelgates_api.models.response_output_text", "ResponseOutputText")
