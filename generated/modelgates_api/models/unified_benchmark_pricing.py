from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class UnifiedBenchmarkPricing(_ModelBase):
    """OpenRouter pricing per token for this model. Null if pricing is unavailable.

    Example:
        {'completion': '0.000015', 'prompt': '0.000003'}

    Attributes:
        completion (str): Cost per output token (USD, decimal string). Example: 0.000015.
        prompt (str): Cost per input token (USD, decimal string). Example: 0.000003.
    """

    completion: str
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "completion",
        "prompt",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completion"
            completion = d.pop("completion")

            _at_field_ = "prompt"
            prompt = d.pop("prompt")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        unified_benchmark_pricing = cls(
            completion=completion,
            prompt=prompt,
        )

        unified_benchmark_pricing.additional_properties = d
        return unified_benchmark_pricing
