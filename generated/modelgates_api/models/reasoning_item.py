from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.reasoning_format import ReasoningFormat, check_reasoning_format
from ..models.reasoning_item_status_type_0 import ReasoningItemStatusType0, check_reasoning_item_status_type_0
from ..models.reasoning_item_status_type_1 import ReasoningItemStatusType1, check_reasoning_item_status_type_1
from ..models.reasoning_item_status_type_2 import ReasoningItemStatusType2, check_reasoning_item_status_type_2
from ..models.reasoning_item_type import ReasoningItemType, check_reasoning_item_type
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
class ReasoningItem(_ModelBase):
    """Reasoning output item with signature and format extensions

    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Step by step analysis', 'type': 'summary_text'}], 'type':
            'reasoning'}

    """

    id: str
    summary: list[ReasoningSummaryText]
    type_: ReasoningItemType
    content: list[ReasoningTextContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: ReasoningItemStatusType0 | ReasoningItemStatusType1 | ReasoningItemStatusType2 | Unset = UNSET
    format_: None | ReasoningFormat | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        ("summary", _list_field(_model_field(ReasoningSummaryText))),
        ("type", check_reasoning_item_type, "type_"),
    )
    _optional_ = (
        (
            "content",
            _union_field(
                (("list[ReasoningTextContent]", _guarded((list,), _list_field(_model_field(ReasoningTextContent)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
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
                    ("ReasoningItemStatusType0", _guarded((str,), check_reasoning_item_status_type_0)),
                    ("ReasoningItemStatusType1", _guarded((str,), check_reasoning_item_status_type_1)),
                    ("ReasoningItemStatusType2", _guarded((str,), check_reasoning_item_status_type_2)),
                )
            ),
        ),
        (
            "format",
            _union_field(
                (("ReasoningFormat", _guarded((str,), check_reasoning_format)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
            "format_",
        ),
        (
            "signature",
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
    )
