from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_item_reasoning_status_type_0 import (
    OutputItemReasoningStatusType0,
    check_output_item_reasoning_status_type_0,
)
from ..models.output_item_reasoning_status_type_1 import (
    OutputItemReasoningStatusType1,
    check_output_item_reasoning_status_type_1,
)
from ..models.output_item_reasoning_status_type_2 import (
    OutputItemReasoningStatusType2,
    check_output_item_reasoning_status_type_2,
)
from ..models.output_item_reasoning_type import OutputItemReasoningType, check_output_item_reasoning_type
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent
else:
    ReasoningSummaryText = _LazyModel(globals(), "reasoning_summary_text", "ReasoningSummaryText")
    ReasoningTextContent = _LazyModel(globals(), "reasoning_text_content", "ReasoningTextContent")


@_attrs_define(repr=False, eq=False)
class OutputItemReasoning(_ModelBase):
    """
    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Analyzed the problem using first principles', 'type':
            'summary_text'}], 'type': 'reasoning'}

    """

    id: str
    summary: list[ReasoningSummaryText]
    type_: OutputItemReasoningType
    content: list[ReasoningTextContent] | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: OutputItemReasoningStatusType0 | OutputItemReasoningStatusType1 | OutputItemReasoningStatusType2 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("summary", _list_field(_model_field(ReasoningSummaryText))),
        ("type", check_output_item_reasoning_type, "type_"),
    )
    _optional_ = (
        ("content", _list_field(_model_field(ReasoningTextContent))),
        (
            "encrypted_content",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        (
            "status",
            _union_field(
                (
                    ("OutputItemReasoningStatusType0", _guarded((str,), check_output_item_reasoning_status_type_0)),
                    ("OutputItemReasoningStatusType1", _guarded((str,), check_output_item_reasoning_status_type_1)),
                    ("OutputItemReasoningStatusType2", _guarded((str,), check_output_item_reasoning_status_type_2)),
                )
            ),
        ),
    )
