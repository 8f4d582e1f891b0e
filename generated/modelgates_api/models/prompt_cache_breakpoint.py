from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.prompt_cache_breakpoint_mode import PromptCacheBreakpointMode, check_prompt_cache_breakpoint_mode
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class PromptCacheBreakpoint(_ModelBase):
    """Marks an explicit prompt-cache boundary on this content block (OpenAI-style). Everything through the block carrying
    this marker is part of the candidate cached prefix. Supported natively by OpenAI GPT-5.6 and newer; on providers
    that use Anthropic-style `cache_control`, OpenRouter converts the marker to that format automatically.

        Example:
            {'mode': 'explicit'}

    """

    mode: PromptCacheBreakpointMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("mode", check_prompt_cache_breakpoint_mode),)
