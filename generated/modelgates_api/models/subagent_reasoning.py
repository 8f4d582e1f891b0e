from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.subagent_reasoning_effort import SubagentReasoningEffort, check_subagent_reasoning_effort
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class SubagentReasoning(_ModelBase):
    """Reasoning configuration forwarded to the subagent call. Use this to control reasoning effort and token budget for
    models that support extended thinking.

        Example:
            {'effort': 'low'}

        Attributes:
            effort (SubagentReasoningEffort | Unset): Reasoning effort level for the subagent call.
            max_tokens (int | Unset): Maximum number of reasoning tokens the subagent may use. Forwarded to the subagent
                call as `reasoning.max_tokens`.
    """

    effort: SubagentReasoningEffort | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("effort", check_subagent_reasoning_effort),
        "max_tokens",
    )
