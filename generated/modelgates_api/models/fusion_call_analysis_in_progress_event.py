from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_analysis_in_progress_event_type import (
    FusionCallAnalysisInProgressEventType,
    check_fusion_call_analysis_in_progress_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "analyst_model",
        "item_id",
        "judge_model",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "analyst_model"
            analyst_model = d.pop("analyst_model")

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "judge_model"
            judge_model = d.pop("judge_model")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_fusion_call_analysis_in_progress_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_call_analysis_in_progress_event = cls(
            analyst_model=analyst_model,
            item_id=item_id,
            judge_model=judge_model,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_analysis_in_progress_event.additional_properties = d
        return fusion_call_analysis_in_progress_event
