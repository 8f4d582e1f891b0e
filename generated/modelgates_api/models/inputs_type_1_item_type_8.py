from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.inputs_type_1_item_type_8_status_type_0 import (
    InputsType1ItemType8StatusType0,
    check_inputs_type_1_item_type_8_status_type_0,
)
from ..models.inputs_type_1_item_type_8_status_type_1 import (
    InputsType1ItemType8StatusType1,
    check_inputs_type_1_item_type_8_status_type_1,
)
from ..models.inputs_type_1_item_type_8_status_type_2 import (
    InputsType1ItemType8StatusType2,
    check_inputs_type_1_item_type_8_status_type_2,
)
from ..models.inputs_type_1_item_type_8_type import InputsType1ItemType8Type, check_inputs_type_1_item_type_8_type
from ..models.reasoning_format import ReasoningFormat, check_reasoning_format
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
class InputsType1ItemType8(_ModelBase):
    """An output item containing reasoning

    Example:
        {'content': [{'text': 'First, we analyze the problem...', 'type': 'reasoning_text'}], 'format': 'anthropic-
            claude-v1', 'id': 'reasoning-123', 'signature': 'EvcBCkgIChABGAIqQKkSDbRuVEQUk9qN1odC098l9SEj...', 'status':
            'completed', 'summary': [{'text': 'Analyzed the problem and found the optimal solution.', 'type':
            'summary_text'}], 'type': 'reasoning'}

    Attributes:
        signature (None | str | Unset): A signature for the reasoning content, used for verification Example:
            EvcBCkgIChABGAIqQKkSDbRuVEQUk9qN1odC098l9SEj....
    """

    id: str
    summary: list[ReasoningSummaryText] | None
    type_: InputsType1ItemType8Type
    content: list[ReasoningTextContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: (
        InputsType1ItemType8StatusType0 | InputsType1ItemType8StatusType1 | InputsType1ItemType8StatusType2 | Unset
    ) = UNSET
    format_: None | ReasoningFormat | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "id",
        (
            "summary",
            _union_field(
                (("list[ReasoningSummaryText]", _guarded((list,), _list_field(_model_field(ReasoningSummaryText)))),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        ("type", check_inputs_type_1_item_type_8_type, "type_"),
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
                    (
                        "InputsType1ItemType8StatusType0",
                        _guarded((str,), check_inputs_type_1_item_type_8_status_type_0),
                    ),
                    (
                        "InputsType1ItemType8StatusType1",
                        _guarded((str,), check_inputs_type_1_item_type_8_status_type_1),
                    ),
                    (
                        "InputsType1ItemType8StatusType2",
                        _guarded((str,), check_inputs_type_1_item_type_8_status_type_2),
                    ),
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
