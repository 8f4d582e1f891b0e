from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_iteration_cache_creation import AnthropicIterationCacheCreation


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

    _json_fields_ = (
        "cache_creation",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "input_tokens",
        "output_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cache_creation"
            cache_creation = d.pop("cache_creation", UNSET)
            if not isinstance(cache_creation, (_NoneType, Unset)):
                cache_creation = _parse_union(
                    cache_creation,
                    (("AnthropicIterationCacheCreation", AnthropicIterationCacheCreation),),
                    plain=(_NoneType,),
                )

            _at_field_ = "cache_creation_input_tokens"
            cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

            _at_field_ = "cache_read_input_tokens"
            cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

            _at_field_ = "input_tokens"
            input_tokens = d.pop("input_tokens", UNSET)

            _at_field_ = "output_tokens"
            output_tokens = d.pop("output_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_base_usage_iteration = cls(
            cache_creation=cache_creation,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
        )

        anthropic_base_usage_iteration.additional_properties = d
        return anthropic_base_usage_iteration


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicIterationCacheCreation = _LazyModel(
        globals(), "modelgates_api.models.anthropic_iteration_cache_creation", "AnthropicIterationCacheCreation"
    )
