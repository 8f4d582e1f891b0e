from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode, check_prompt_cache_options_mode
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class PromptCacheOptions(_ModelBase):
    """Request-level prompt-cache controls. `mode: "explicit"` disables OpenAI-managed breakpoints so only blocks marked
    with `prompt_cache_breakpoint` are cached. Only supported by OpenAI GPT-5.6 and newer.

        Example:
            {'mode': 'explicit', 'ttl': '30m'}

    """

    mode: PromptCacheOptionsMode
    ttl: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("mode", check_prompt_cache_options_mode),)
    _optional_ = (
        (
            "ttl",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
    )
