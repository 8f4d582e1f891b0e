from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_content_block_location_param_type import (
    AnthropicCitationContentBlockLocationParamType,
    check_anthropic_citation_content_block_location_param_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class AnthropicCitationContentBlockLocationParam(_ModelBase):
    """
    Example:
        {'cited_text': 'Example cited text', 'document_index': 0, 'document_title': None, 'end_block_index': 1,
            'start_block_index': 0, 'type': 'content_block_location'}

    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_block_index: int
    start_block_index: int
    type_: AnthropicCitationContentBlockLocationParamType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cited_text",
        "document_index",
        "document_title",
        "end_block_index",
        "start_block_index",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cited_text"
            cited_text = d.pop("cited_text")

            _at_field_ = "document_index"
            document_index = d.pop("document_index")

            _at_field_ = "document_title"
            document_title = d.pop("document_title")
            if not isinstance(document_title, (str, _NoneType)):
                document_title = _parse_union(
                    document_title,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "end_block_index"
            end_block_index = d.pop("end_block_index")

            _at_field_ = "start_block_index"
            start_block_index = d.pop("start_block_index")

            _at_field_ = "type"
            type_ = check_anthropic_citation_content_block_location_param_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_citation_content_block_location_param = cls(
            cited_text=cited_text,
            document_index=document_index,
            document_title=document_title,
            end_block_index=end_block_index,
            start_block_index=start_block_index,
            type_=type_,
        )

        anthropic_citation_content_block_location_param.additional_properties = d
        return anthropic_citation_content_block_location_param
