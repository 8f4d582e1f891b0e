from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_search_result_location_type import (
    AnthropicCitationSearchResultLocationType,
    check_anthropic_citation_search_result_location_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicCitationSearchResultLocation(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'end_block_index': 1, 'search_result_index': 0, 'source': 'example_source',
            'start_block_index': 0, 'title': 'Example Result', 'type': 'search_result_location'}

    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: None | str
    type_: AnthropicCitationSearchResultLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cited_text",
        "end_block_index",
        "search_result_index",
        "source",
        "start_block_index",
        "title",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cited_text"
            cited_text = d.pop("cited_text")

            _at_field_ = "end_block_index"
            end_block_index = d.pop("end_block_index")

            _at_field_ = "search_result_index"
            search_result_index = d.pop("search_result_index")

            _at_field_ = "source"
            source = d.pop("source")

            _at_field_ = "start_block_index"
            start_block_index = d.pop("start_block_index")

            _at_field_ = "title"
            title = d.pop("title")
            if not isinstance(title, (str, _NoneType)):
                title = _parse_union(
                    title,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_citation_search_result_location_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_citation_search_result_location = cls(
            cited_text=cited_text,
            end_block_index=end_block_index,
            search_result_index=search_result_index,
            source=source,
            start_block_index=start_block_index,
            title=title,
            type_=type_,
        )

        anthropic_citation_search_result_location.additional_properties = d
        return anthropic_citation_search_result_location
