from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advisor_reasoning_effort import AdvisorReasoningEffort, check_advisor_reasoning_effort
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "effort",
        "max_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "effort"
            _effort = d.pop("effort", UNSET)
            effort: AdvisorReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_advisor_reasoning_effort(_effort)

            _at_field_ = "max_tokens"
            max_tokens = d.pop("max_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        advisor_reasoning = cls(
            effort=effort,
            max_tokens=max_tokens,
        )

        advisor_reasoning.additional_properties = d
        return advisor_reasoning
