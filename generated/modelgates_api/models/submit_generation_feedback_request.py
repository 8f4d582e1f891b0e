from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.submit_generation_feedback_request_category import (
    SubmitGenerationFeedbackRequestCategory,
    check_submit_generation_feedback_request_category,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class SubmitGenerationFeedbackRequest(_ModelBase):
    """Structured feedback about a specific generation

    Example:
        {'category': 'incorrect_response', 'comment': 'The model repeated the same paragraph three times.',
            'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}

    Attributes:
        category (SubmitGenerationFeedbackRequestCategory): The category of feedback being reported Example:
            incorrect_response.
        generation_id (str): The generation to submit feedback on Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        comment (str | Unset): An optional free-text comment describing the feedback Example: The model repeated the
            same paragraph three times..
    """

    category: SubmitGenerationFeedbackRequestCategory
    generation_id: str
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("category", check_submit_generation_feedback_request_category),
        "generation_id",
    )
    _optional_ = ("comment",)
