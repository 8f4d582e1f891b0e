from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent


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

    _json_fields_ = (
        "id",
        "summary",
        ("type_", "type"),
        "content",
        "encrypted_content",
        "status",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "summary"
            summary = []
            _summary = d.pop("summary")
            for _summary_item_data_index, summary_item_data in enumerate(_as_list(_summary)):
                try:
                    summary_item = ReasoningSummaryText.from_dict(summary_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _summary_item_data_index)
                summary.append(summary_item)

            _at_field_ = "type"
            type_ = check_output_item_reasoning_type(d.pop("type"))

            _at_field_ = "content"
            _content = d.pop("content", UNSET)
            content: list[ReasoningTextContent] | Unset = UNSET
            if _content is not UNSET:
                content = []
                for _content_item_data_index, content_item_data in enumerate(_as_list(_content)):
                    try:
                        content_item = ReasoningTextContent.from_dict(content_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _content_item_data_index)
                    content.append(content_item)

            _at_field_ = "encrypted_content"
            encrypted_content = d.pop("encrypted_content", UNSET)
            if not isinstance(encrypted_content, (str, _NoneType, Unset)):
                encrypted_content = _parse_union(
                    encrypted_content,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "status"
            status = d.pop("status", UNSET)
            if not isinstance(status, (Unset,)):

                def _status_member_0(data: object) -> OutputItemReasoningStatusType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_output_item_reasoning_status_type_0(data)

                    return status_type_0

                def _status_member_1(data: object) -> OutputItemReasoningStatusType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = check_output_item_reasoning_status_type_1(data)

                    return status_type_1

                def _status_member_2(data: object) -> OutputItemReasoningStatusType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2 = check_output_item_reasoning_status_type_2(data)

                    return status_type_2

                status = _parse_union(
                    status,
                    (
                        ("OutputItemReasoningStatusType0", _status_member_0),
                        ("OutputItemReasoningStatusType1", _status_member_1),
                        ("OutputItemReasoningStatusType2", _status_member_2),
                    ),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_item_reasoning = cls(
            id=id,
            summary=summary,
            type_=type_,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
        )

        output_item_reasoning.additional_properties = d
        return output_item_reasoning


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ReasoningSummaryText = _LazyModel(globals(), "modelgates_api.models.reasoning_summary_text", "ReasoningSummaryText")
    ReasoningTextContent = _LazyModel(globals(), "modelgates_api.models.reasoning_text_content", "ReasoningTextContent")
