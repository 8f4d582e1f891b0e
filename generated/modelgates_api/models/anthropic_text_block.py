from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_block_type import AnthropicTextBlockType, check_anthropic_text_block_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import AnthropicCitationContentBlockLocation
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import AnthropicCitationSearchResultLocation
    from ..models.anthropic_citation_web_search_result_location import AnthropicCitationWebSearchResultLocation


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

    _json_fields_ = (
        "citations",
        "text",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "citations"
            citations = d.pop("citations")
            if not isinstance(citations, (_NoneType,)):

                def _citations_member_0(
                    data: object,
                ) -> list[
                    AnthropicCitationCharLocation
                    | AnthropicCitationContentBlockLocation
                    | AnthropicCitationPageLocation
                    | AnthropicCitationSearchResultLocation
                    | AnthropicCitationWebSearchResultLocation
                ]:
                    if not isinstance(data, list):
                        raise TypeError()
                    citations_type_0 = []
                    _citations_type_0 = data
                    for _citations_type_0_item_data_index, citations_type_0_item_data in enumerate(
                        _as_list(_citations_type_0)
                    ):
                        try:
                            citations_type_0_item = citations_type_0_item_data
                            citations_type_0_item = _parse_union(
                                citations_type_0_item,
                                (
                                    ("AnthropicCitationCharLocation", AnthropicCitationCharLocation),
                                    ("AnthropicCitationPageLocation", AnthropicCitationPageLocation),
                                    ("AnthropicCitationContentBlockLocation", AnthropicCitationContentBlockLocation),
                                    (
                                        "AnthropicCitationWebSearchResultLocation",
                                        AnthropicCitationWebSearchResultLocation,
                                    ),
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

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _citations_type_0_item_data_index)
                        citations_type_0.append(citations_type_0_item)

                    return citations_type_0

                citations = _parse_union(
                    citations,
                    (
                        (
                            "list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation]",
                            _citations_member_0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_anthropic_text_block_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_block = cls(
            citations=citations,
            text=text,
            type_=type_,
        )

        anthropic_text_block.additional_properties = d
        return anthropic_text_block


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
