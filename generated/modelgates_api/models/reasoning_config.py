from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_context import ReasoningContext, check_reasoning_context
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_mode import ReasoningMode, check_reasoning_mode
from ..models.reasoning_summary_verbosity import ReasoningSummaryVerbosity, check_reasoning_summary_verbosity
from ..types import (
    UNSET,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    union_field as _union_field,
)


@_attrs_define(repr=False, eq=False)
class ReasoningConfig(_ModelBase):
    """Configuration for reasoning mode in the response

    Example:
        {'enabled': True, 'summary': 'auto'}

    Attributes:
        effort (ReasoningEffort | Unset): Reasoning effort level.
    """

    context: None | ReasoningContext | Unset = UNSET
    effort: ReasoningEffort | Unset = UNSET
    mode: None | ReasoningMode | Unset = UNSET
    summary: None | ReasoningSummaryVerbosity | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        (
            "context",
            _union_field(
                (("ReasoningContext", _guarded((str,), check_reasoning_context)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("effort", check_reasoning_effort),
        (
            "mode",
            _union_field(
                (("ReasoningMode", _guarded((str,), check_reasoning_mode)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "summary",
            _union_field(
                (("ReasoningSummaryVerbosity", _guarded((str,), check_reasoning_summary_verbosity)),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "enabled",
            _union_field(
                (),
                plain=(
                    bool,
                    _NoneType,
                ),
                skip=(
                    bool,
                    _NoneType,
                ),
            ),
        ),
        (
            "max_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
    )
