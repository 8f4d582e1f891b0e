from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_search_result_block_param_type import (
    AnthropicSearchResultBlockParamType,
    check_anthropic_search_result_block_param_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_search_result_block_param_citations import AnthropicSearchResultBlockParamCitations
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicSearchResultBlockParamCitations = _LazyModel(
        globals(), "anthropic_search_result_block_param_citations", "AnthropicSearchResultBlockParamCitations"
    )
    AnthropicTextBlockParam = _LazyModel(globals(), "anthropic_text_block_param", "AnthropicTextBlockParam")


@_attrs_define(repr=False, eq=False)
class AnthropicSearchResultBlockParam(_ModelBase):
    """
    Example:
        {'content': [{'text': 'Result content', 'type': 'text'}], 'source': 'example_source', 'title': 'Example Result',
            'type': 'search_result'}

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    content: list[AnthropicTextBlockParam]
    source: str
    title: str
    type_: AnthropicSearchResultBlockParamType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    citations: AnthropicSearchResultBlockParamCitations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("content", _list_field(_model_field(AnthropicTextBlockParam))),
        "source",
        "title",
        ("type", check_anthropic_search_result_block_param_type, "type_"),
    )
    _optional_ = (
        ("cache_control", _model_field(AnthropicCacheControlDirective)),
        ("citations", _model_field(AnthropicSearchResultBlockParamCitations)),
    )
