from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode, check_prompt_cache_options_mode
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "mode",
        "ttl",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "mode"
            mode = check_prompt_cache_options_mode(d.pop("mode"))

            _at_field_ = "ttl"
            ttl = d.pop("ttl", UNSET)
            if not isinstance(ttl, (str, _NoneType, Unset)):
                ttl = _parse_union(
                    ttl,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        prompt_cache_options = cls(
            mode=mode,
            ttl=ttl,
        )

        prompt_cache_options.additional_properties = d
        return prompt_cache_options
