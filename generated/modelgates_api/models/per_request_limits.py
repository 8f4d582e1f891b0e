from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class PerRequestLimits(_ModelBase):
    """Per-request token limits

    Example:
        {'completion_tokens': 1000, 'prompt_tokens': 1000}

    Attributes:
        completion_tokens (float): Maximum completion tokens per request Example: 1000.
        prompt_tokens (float): Maximum prompt tokens per request Example: 1000.
    """

    completion_tokens: float
    prompt_tokens: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "completion_tokens",
        "prompt_tokens",
    )
