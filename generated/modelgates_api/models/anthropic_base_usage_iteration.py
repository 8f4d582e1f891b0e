from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_iteration_cache_creation import AnthropicIterationCacheCreation
else:
    AnthropicIterationCacheCreation = _LazyModel(
        globals(), "anthropic_iteration_cache_creation", "AnthropicIterationCacheCreation"
    )


@_attrs_define(repr=False, eq=False)
class AnthropicBaseUsageIteration(_ModelBase):
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': 0, 'cache_read_input_tokens': 0, 'input_tokens': 100,
            'output_tokens': 50}

    """

    cache_creation: AnthropicIterationCacheCreation | None | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "cache_creation",
            _union_field(
                (("AnthropicIterationCacheCreation", AnthropicIterationCacheCreation),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "input_tokens",
        "output_tokens",
    )
