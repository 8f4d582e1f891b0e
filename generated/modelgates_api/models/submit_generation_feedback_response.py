from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.submit_generation_feedback_response_data import SubmitGenerationFeedbackResponseData
else:
    SubmitGenerationFeedbackResponseData = _LazyModel(
        globals(), "submit_generation_feedback_response_data", "SubmitGenerationFeedbackResponseData"
    )


@_attrs_define(repr=False, eq=False)
class SubmitGenerationFeedbackResponse(_ModelBase):
    """Confirmation that the feedback was recorded

    Example:
        {'data': {'success': True}}

    """

    data: SubmitGenerationFeedbackResponseData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(SubmitGenerationFeedbackResponseData)),)
