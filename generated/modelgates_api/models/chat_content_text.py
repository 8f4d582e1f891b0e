from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_content_text_type import ChatContentTextType, check_chat_content_text_type
from ..types import CLOSED, UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import AnthropicCacheControlDirective
else:
    AnthropicCacheControlDirective = _LazyModel(
        globals(), "anthropic_cache_control_directive", "AnthropicCacheControlDirective"
    )


@_attrs_define(repr=False, eq=False)
class ChatContentText(_ModelBase):
    """A text content part.

    Attributes:
        cache_control (AnthropicCacheControlDirective | Unset): Prompt-caching breakpoint. At the top level of a
            request, the cache breakpoint is applied automatically to the last cacheable block. Currently supported for
            Anthropic Claude models.
    """

    type_: ChatContentTextType
    text: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("type", check_chat_content_text_type, "type_"),
        "text",
    )
    _optional_ = (("cache_control", _model_field(AnthropicCacheControlDirective)),)
    _extras_ = CLOSED
