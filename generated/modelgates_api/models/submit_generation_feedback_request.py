from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_generation_feedback_request_category import (
    SubmitGenerationFeedbackRequestCategory,
    check_submit_generation_feedback_request_category,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "category",
        "generation_id",
        "comment",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "category"
            category = check_submit_generation_feedback_request_category(d.pop("category"))

            _at_field_ = "generation_id"
            generation_id = d.pop("generation_id")

            _at_field_ = "comment"
            comment = d.pop("comment", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        submit_generation_feedback_request = cls(
            category=category,
            generation_id=generation_id,
            comment=comment,
        )

        submit_generation_feedback_request.additional_properties = d
        return submit_generation_feedback_request
