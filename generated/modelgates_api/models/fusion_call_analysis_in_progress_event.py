from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_analysis_in_progress_event_type import (
    FusionCallAnalysisInProgressEventType,
    check_fusion_call_analysis_in_progress_event_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class FusionCallAnalysisInProgressEvent(_ModelBase):
    """Emitted when the fusion analyst starts producing the structured analysis.

    Example:
        {'analyst_model': 'openai/gpt-5', 'item_id': 'st_fusion_abc', 'judge_model': 'openai/gpt-5', 'output_index': 0,
            'sequence_number': 25, 'type': 'response.fusion_call.analysis.in_progress'}

    Attributes:
        analyst_model (str): Slug of the model producing the structured analysis.
        judge_model (str): Deprecated alias of `analyst_model`, kept so existing consumers keep working. Always carries
            the same value. Use `analyst_model`.
    """

    analyst_model: str
    item_id: str
    judge_model: str
    output_index: int
    sequence_number: int
    type_: FusionCallAnalysisInProgressEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "analyst_model",
        "item_id",
        "judge_model",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_analysis_in_progress_event_type, "type_"),
    )
