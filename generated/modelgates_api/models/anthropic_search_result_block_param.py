from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_search_result_block_param_type import (
    AnthropicSearchResultBlockParamType,
    check_anthropic_search_result_block_param_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
    from ..models.anthropic_search_result_block_param_citations import AnthropicSearchResultBlockParamCitations
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam


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

    _json_fields_ = (
        "content",
        "source",
        "title",
        ("type_", "type"),
        "cache_control",
        "citations",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "content"
            content = []
            _content = d.pop("content")
            for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                try:
                    content_item = AnthropicTextBlockParam.from_dict(content_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _content_item_data_index)
                content.append(content_item)

            _at_field_ = "source"
            source = d.pop("source")

            _at_field_ = "title"
            title = d.pop("title")

            _at_field_ = "type"
            type_ = check_anthropic_search_result_block_param_type(d.pop("type"))

            _at_field_ = "cache_control"
            _cache_control = d.pop("cache_control", UNSET)
            cache_control: AnthropicCacheControlDirective | Unset
            if isinstance(_cache_control, Unset):
                cache_control = UNSET
            else:
                cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

            _at_field_ = "citations"
            _citations = d.pop("citations", UNSET)
            citations: AnthropicSearchResultBlockParamCitations | Unset
            if isinstance(_citations, Unset):
                citations = UNSET
            else:
                citations = AnthropicSearchResultBlockParamCitations.from_dict(_citations)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_search_result_block_param = cls(
            content=content,
            source=source,
            title=title,
            type_=type_,
            cache_control=cache_control,
            citations=citations,
        )

        anthropic_search_result_block_param.additional_properties = d
        return anthropic_search_result_block_param


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )
    AnthropicSearchResultBlockParamCitations = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_search_result_block_param_citations",
        "AnthropicSearchResultBlockParamCitations",
    )
    AnthropicTextBlockParam = _LazyModel(
        globals(), "modelgates_api.models.anthropic_text_block_param", "AnthropicTextBlockParam"
    )
