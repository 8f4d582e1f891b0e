from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_context import ReasoningContext, check_reasoning_context
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_mode import ReasoningMode, check_reasoning_mode
from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity, check_reasoning_summary_verbosity
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class BaseReasoningConfig(_ModelBase):
    """
    Example:
        {'effort': 'medium', 'summary': 'auto'}

    Attributes:
        effort (ReasoningEffort | Unset): Reasoning effort level.
    """

    context: None | ReasoningContext | Unset = UNSET
    effort: ReasoningEffort | Unset = UNSET
    mode: None | ReasoningMode | Unset = UNSET
    summary: None | ReasoningSummaryVerbosity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "context",
        "effort",
        "mode",
        "summary",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "context"
            context = d.pop("context", UNSET)
            if not isinstance(context, (_NoneType, Unset)):

                def _context_member_0(data: object) -> ReasoningContext:
                    if not isinstance(data, str):
                        raise TypeError()
                    context_type_0 = check_reasoning_context(data)

                    return context_type_0

                context = _parse_union(
                    context,
                    (("ReasoningContext", _context_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "effort"
            _effort = d.pop("effort", UNSET)
            effort: ReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_reasoning_effort(_effort)

            _at_field_ = "mode"
            mode = d.pop("mode", UNSET)
            if not isinstance(mode, (_NoneType, Unset)):

                def _mode_member_0(data: object) -> ReasoningMode:
                    if not isinstance(data, str):
                        raise TypeError()
                    mode_type_0 = check_reasoning_mode(data)

                    return mode_type_0

                mode = _parse_union(
                    mode,
                    (("ReasoningMode", _mode_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "summary"
            summary = d.pop("summary", UNSET)
            if not isinstance(summary, (_NoneType, Unset)):

                def _summary_member_0(data: object) -> ReasoningSummaryVerbosity:
                    if not isinstance(data, str):
                        raise TypeError()
                    summary_type_0 = check_reasoning_summary_verbosity(data)

                    return summary_type_0

                summary = _parse_union(
                    summary,
                    (("ReasoningSummaryVerbosity", _summary_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        base_reasoning_config = cls(
            context=context,
            effort=effort,
            mode=mode,
            summary=summary,
        )

        base_reasoning_config.additional_properties = d
        return base_reasoning_config
