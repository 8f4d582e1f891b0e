from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_block_type import AnthropicTextBlockType, check_anthropic_text_block_type
from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

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
class AnthropicTextBlock(_ModelBase):
    """
    Example:
        {'citations': None, 'text': 'Hello, world!', 'type': 'text'}

    """

    citations: (
        list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None
    )
    text: str
    type_: AnthropicTextBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "citations",
            _union_field(
                (
                    (
                        "list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("AnthropicCitationCharLocation", AnthropicCitationCharLocation),
                                        ("AnthropicCitationPageLocation", AnthropicCitationPageLocation),
                                        (
                                            "AnthropicCitationContentBlockLocation",
                                            AnthropicCitationContentBlockLocation,
                                        ),
                                        (
                                            "AnthropicCitationWebSearchResultLocation",
                                            AnthropicCitationWebSearchResultLocation,
                                        ),
                                        (
                                            "AnthropicCitationSearchResultLocation",
                                            AnthropicCitationSearchResultLocation,
                                        ),
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
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "text",
        ("type", check_anthropic_text_block_type, "type_"),
    )
