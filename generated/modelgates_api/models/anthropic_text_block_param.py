from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_text_block_param_type import AnthropicTextBlockParamType, check_anthropic_text_block_param_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_citation_char_location_param import AnthropicCitationCharLocationParam
    from ..models.anthropic_citation_content_block_location_param import AnthropicCitationContentBlockLocationParam
    from ..models.anthropic_citation_page_location_param import AnthropicCitationPageLocationParam
    from ..models.anthropic_citation_search_result_location_param import AnthropicCitationSearchResultLocationParam
    from ..models.anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicCitationCharLocationParam = _LazyModel(
        globals(), "anthropic_citation_char_location_param", "AnthropicCitationCharLocationParam"
    )
    AnthropicCitationContentBlockLocationParam = _LazyModel(
        globals(), "anthropic_citation_content_block_location_param", "AnthropicCitationContentBlockLocationParam"
    )
    AnthropicCitationPageLocationParam = _LazyModel(
        globals(), "anthropic_citation_page_location_param", "AnthropicCitationPageLocationParam"
    )
    AnthropicCitationSearchResultLocationParam = _LazyModel(
        globals(), "anthropic_citation_search_result_location_param", "AnthropicCitationSearchResultLocationParam"
    )
    AnthropicCitationWebSearchResultLocationParam = _LazyModel(
        globals(),
        "anthropic_citation_web_search_result_location_param",
        "AnthropicCitationWebSearchResultLocationParam",
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

    _required_ = (
        "text",
        ("type", check_anthropic_text_block_param_type, "type_"),
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        (
            "citations",
            _union_field(
                (
                    (
                        "list[AnthropicCitationCharLocationParam | AnthropicCitationContentBlockLocationParam | AnthropicCitationPageLocationParam | AnthropicCitationSearchResultLocationParam | AnthropicCitationWebSearchResultLocationParam]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
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
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
