from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "completion",
        "prompt",
    )
