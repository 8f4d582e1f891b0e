from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_4_type import (
    MessagesContentBlockDeltaEventDeltaType4Type,
    check_messages_content_block_delta_event_delta_type_4_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation


@_attrs_define(repr=False, eq=False)
class MessagesContentBlockDeltaEventDeltaType4(_ModelBase):
    citation: (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    )
    type_: MessagesContentBlockDeltaEventDeltaType4Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "citation",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "citation"
            citation = d.pop("citation")
            citation = _parse_union(
                citation,
                (
                    ("AnthropicCitationCharLocation", AnthropicCitationCharLocation),
                    ("AnthropicCitationPageLocation", AnthropicCitationPageLocation),
                    ("AnthropicCitationContentBlockLocation", AnthropicCitationContentBlockLocation),
                    ("AnthropicCitationWebSearchResultLocation", AnthropicCitationWebSearchResultLocation),
                    ("AnthropicCitationSearchResultLocation", AnthropicCitationSearchResultLocation),
                ),
                tag=(
                    "type",
                    (
                        "char_location",
                        "page_location",
                        "content_block_location",
                        "web_search_result_location",
                        "search_result_location",
                    ),
                ),
            )

            _at_field_ = "type"
            type_ = check_messages_content_block_delta_event_delta_type_4_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        messages_content_block_delta_event_delta_type_4 = cls(
            citation=citation,
            type_=type_,
        )

        messages_content_block_delta_event_delta_type_4.additional_properties = d
        return messages_content_block_delta_event_delta_type_4


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCitationCharLocation = _LazyModel(
        globals(), "modelgates_api.models.anthropic_citation_char_location", "AnthropicCitationCharLocation"
    )
    AnthropicCitationContentBlockLocation = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_content_block_location",
        "AnthropicCitationContentBlockLocation",
    )
    AnthropicCitationPageLocation = _LazyModel(
        globals(), "modelgates_api.models.anthropic_citation_page_location", "AnthropicCitationPageLocation"
    )
    AnthropicCitationSearchResultLocation = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_search_result_location",
        "AnthropicCitationSearchResultLocation",
    )
    AnthropicCitationWebSearchResultLocation = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_web_search_result_location",
        "AnthropicCitationWebSearchResultLocation",
    )
