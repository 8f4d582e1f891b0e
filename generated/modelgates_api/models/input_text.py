from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.input_text_type import InputTextType, check_input_text_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint
else:
    PromptCacheBreakpoint = _LazyModel(globals(), "prompt_cache_breakpoint", "PromptCacheBreakpoint")


@_attrs_define(repr=False, eq=False)
class InputText(_ModelBase):
    """Text input content item

    Example:
        {'text': 'Hello, how can I help you?', 'type': 'input_text'}

    """

    text: str
    type_: InputTextType
    prompt_cache_breakpoint: None | PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_input_text_type, "type_"),
    )
    _optional_ = (
        (
            "prompt_cache_breakpoint",
            _union_field((("PromptCacheBreakpoint", PromptCacheBreakpoint),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
    )
