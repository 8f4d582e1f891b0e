from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_breakpoint_mode import PromptCacheBreakpointMode, check_prompt_cache_breakpoint_mode
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = ("mode",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "mode"
            mode = check_prompt_cache_breakpoint_mode(d.pop("mode"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        prompt_cache_breakpoint = cls(
            mode=mode,
        )

        prompt_cache_breakpoint.additional_properties = d
        return prompt_cache_breakpoint
