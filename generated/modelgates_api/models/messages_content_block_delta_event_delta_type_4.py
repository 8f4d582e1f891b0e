from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.messages_content_block_delta_event_delta_type_4_type import (
    MessagesContentBlockDeltaEventDeltaType4Type,
    check_messages_content_block_delta_event_delta_type_4_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, union_field as _union_field

if TYPE_CHECKING:
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation
else:
    AnthropicCitationCharLocation = _LazyModel(
        globals(), "anthropic_citation_char_location", "AnthropicCitationCharLocation"
    )
    AnthropicCitationContentBlockLocation = _LazyModel(
        globals(), "anthropic_citation_content_block_location", "AnthropicCitationContentBlockLocation"
    )
    AnthropicCitationPageLocation = _LazyModel(
        globals(), "anthropic_citation_page_location", "AnthropicCitationPageLocation"
    )
    AnthropicCitationSearchResultLocation = _LazyModel(
        globals(), "anthropic_citation_search_result_location", "AnthropicCitationSearchResultLocation"
    )
    AnthropicCitationWebSearchResultLocation = _LazyModel(
        globals(), "anthropic_citation_web_search_result_location", "AnthropicCitationWebSearchResultLocation"
    )


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

    _required_ = (
        (
            "citation",
            _union_field(
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
            ),
        ),
        ("type", check_messages_content_block_delta_event_delta_type_4_type, "type_"),
    )
