from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_server_tool_config_reasoning_effort import (
    FusionServerToolConfigReasoningEffort,
    check_fusion_server_tool_config_reasoning_effort,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class FusionServerToolConfigReasoning(_ModelBase):
    """Reasoning configuration forwarded to panelist and analyst inner calls. Use this to control reasoning effort and
    token budget for models that support extended thinking.

        Attributes:
            effort (FusionServerToolConfigReasoningEffort | Unset): Reasoning effort level for panelist and analyst inner
                calls.
            max_tokens (int | Unset): Maximum number of reasoning tokens each panelist and analyst model may use. Helps
                bound cost when models allocate too much budget to chain-of-thought.
    """

    effort: FusionServerToolConfigReasoningEffort | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("effort", check_fusion_server_tool_config_reasoning_effort),
        "max_tokens",
    )
