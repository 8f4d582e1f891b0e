from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_block_param_type import AnthropicTextBlockParamType, check_anthropic_text_block_param_type
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_citation_char_location_param import AnthropicCitationCharLocationParam
    from ..models.anthropic_citation_content_block_location_param import AnthropicCitationContentBlockLocationParam
    from ..models.anthropic_citation_page_location_param import AnthropicCitationPageLocationParam
    from ..models.anthropic_citation_search_result_location_param import AnthropicCitationSearchResultLocationParam
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )


@_attrs_define(repr=False, eq=False)
class AnthropicTextBlockParam(_ModelBase):
    """
    Example:
        {'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    text: str
    type_: AnthropicTextBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: (
        list[
            AnthropicCitationCharLocationParam
            | AnthropicCitationContentBlockLocationParam
            | AnthropicCitationPageLocationParam
            | AnthropicCitationSearchResultLocationParam
            | AnthropicCitationWebSearchResultLocationParam
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "text",
        ("type_", "type"),
        "cache_control",
        "citations",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "text"
            text = d.pop("text")

            _at_field_ = "type"
            type_ = check_anthropic_text_block_param_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "citations"
            citations = d.pop("citations", UNSET)
            if not isinstance(citations, (_NoneType, Unset)):

                def _citations_member_0(
                    data: object,
                ) -> list[
                    AnthropicCitationCharLocationParam
                    | AnthropicCitationContentBlockLocationParam
                    | AnthropicCitationPageLocationParam
                    | AnthropicCitationSearchResultLocationParam
                    | AnthropicCitationWebSearchResultLocationParam
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
                                    ("AnthropicCitationCharLocationParam", AnthropicCitationCharLocationParam),
                                    ("AnthropicCitationPageLocationParam", AnthropicCitationPageLocationParam),
                                    (
                                        "AnthropicCitationContentBlockLocationParam",
                                        AnthropicCitationContentBlockLocationParam,
                                    ),
                                    (
                                        "AnthropicCitationWebSearchResultLocationParam",
                                        AnthropicCitationWebSearchResultLocationParam,
                                    ),
                                    (
                                        "AnthropicCitationSearchResultLocationParam",
                                        AnthropicCitationSearchResultLocationParam,
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

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _citations_type_0_item_data_index)
                        citations_type_0.append(citations_type_0_item)

                    return citations_type_0

                citations = _parse_union(
                    citations,
                    (
                        (
                            "list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam | AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam | AnthropicCitationWebSearchResultLocationParam]",
                            _citations_member_0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_text_block_param = cls(
            text=text,
            type_=type_,
            cache_control=cache_control,
            citations=citations,
        )

        anthropic_text_block_param.additional_properties = d
        return anthropic_text_block_param


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicCitationCharLocationParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_citation_char_location_param", "AnthropicCitationCharLocationParam"
    )
    AnthropicCitationContentBlockLocationParam = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_content_block_location_param",
        "AnthropicCitationContentBlockLocationParam",
    )
    AnthropicCitationPageLocationParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_citation_page_location_param", "AnthropicCitationPageLocationParam"
    )
    AnthropicCitationSearchResultLocationParam = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_search_result_location_param",
        "AnthropicCitationSearchResultLocationParam",
    )
    AnthropicCitationWebSearchResultLocationParam = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_citation_web_search_result_location_param",
        "AnthropicCitationWebSearchResultLocationParam",
    )
