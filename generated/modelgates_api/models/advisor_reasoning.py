from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.advisor_reasoning_effort import AdvisorReasoningEffort, check_advisor_reasoning_effort
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class AdvisorReasoning(_ModelBase):
    """Reasoning configuration forwarded to the advisor call. Use this to control reasoning effort and token budget for
    models that support extended thinking.

        Example:
            {'effort': 'high'}

        Attributes:
            effort (AdvisorReasoningEffort | Unset): Reasoning effort level for the advisor call.
            max_tokens (int | Unset): Maximum number of reasoning tokens the advisor may use.
    """

    effort: AdvisorReasoningEffort | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        ("effort", check_advisor_reasoning_effort),
        "max_tokens",
    )
