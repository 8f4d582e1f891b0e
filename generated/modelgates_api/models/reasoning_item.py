from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.reasoning_format import ReasoningFormat, check_reasoning_format
from ..models.reasoning_item_status_type_0 import (
    ReasoningItemStatusType0,
    check_reasoning_item_status_type_0,
)
from ..models.reasoning_item_status_type_1 import (
    ReasoningItemStatusType1,
    check_reasoning_item_status_type_1,
)
from ..models.reasoning_item_status_type_2 import (
    ReasoningItemStatusType2,
    check_reasoning_item_status_type_2,
)
from ..models.reasoning_item_type import ReasoningItemType, check_reasoning_item_type
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)

if TYPE_CHECKING:
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent


T = TypeVar("T", bound="ReasoningItem")


@_attrs_define
class ReasoningItem:
    """Reasoning output item with signature and format extensions

    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Step by step analysis', 'type': 'summary_text'}], 'type':
            'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type_ (ReasoningItemType):
        content (list[ReasoningTextContent] | None | Unset):
        encrypted_content (None | str | Unset):
        status (ReasoningItemStatusType0 | ReasoningItemStatusType1 | ReasoningItemStatusType2 | Unset):
        format_ (None | ReasoningFormat | Unset):
        signature (None | str | Unset):
    """

    id: str
    summary: list[ReasoningSummaryText]
    type_: ReasoningItemType
    content: list[ReasoningTextContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: (
        ReasoningItemStatusType0
        | ReasoningItemStatusType1
        | ReasoningItemStatusType2
        | Unset
    ) = UNSET
    format_: None | ReasoningFormat | Unset = UNSET
    signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ReasoningSummaryText,
            ReasoningTextContent,
        ) = _lazy_imports()
        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        type_: str = self.type_

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str) or isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, str):
            format_ = self.format_
        else:
            format_ = self.format_

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "summary": summary,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status
        if format_ is not UNSET:
            field_dict["format"] = format_
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (
            ReasoningSummaryText,
            ReasoningTextContent,
        ) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "summary"
            summary = []
            _summary = d.pop("summary")
            from modelgates_api.types import PARSE_ERRORS as _LIST_ERRORS
            from modelgates_api.types import as_list as _as_list
            from modelgates_api.types import at_index as _at_index

            for _summary_item_data_index, summary_item_data in enumerate(
                _as_list(_summary)
            ):
                try:
                    summary_item = ReasoningSummaryText.from_dict(summary_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _summary_item_data_index)
                summary.append(summary_item)

            _at_field_ = "type"
            type_ = check_reasoning_item_type(d.pop("type"))

            _at_field_ = "content"

            def _parse_content(
                data: object,
            ) -> list[ReasoningTextContent] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                def _content_member_0(data: object) -> list[ReasoningTextContent]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_type_0 = []
                    _content_type_0 = data
                    from modelgates_api.types import PARSE_ERRORS as _LIST_ERRORS
                    from modelgates_api.types import as_list as _as_list
                    from modelgates_api.types import at_index as _at_index

                    for (
                        _content_type_0_item_data_index,
                        content_type_0_item_data,
                    ) in enumerate(_as_list(_content_type_0)):
                        try:
                            content_type_0_item = ReasoningTextContent.from_dict(
                                content_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_type_0_item_data_index)
                        content_type_0.append(content_type_0_item)

                    return content_type_0

                return parse_union(
                    data,
                    (("list[ReasoningTextContent]", _content_member_0),),
                    plain=(type(None),),
                )

            content = _parse_content(d.pop("content", UNSET))

            _at_field_ = "encrypted_content"

            def _parse_encrypted_content(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                return parse_union(
                    data,
                    (),
                    plain=(
                        str,
                        type(None),
                    ),
                )

            encrypted_content = _parse_encrypted_content(
                d.pop("encrypted_content", UNSET)
            )

            _at_field_ = "status"

            def _parse_status(
                data: object,
            ) -> (
                ReasoningItemStatusType0
                | ReasoningItemStatusType1
                | ReasoningItemStatusType2
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                def _status_member_0(data: object) -> ReasoningItemStatusType0:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = check_reasoning_item_status_type_0(data)

                    return status_type_0

                def _status_member_1(data: object) -> ReasoningItemStatusType1:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_1 = check_reasoning_item_status_type_1(data)

                    return status_type_1

                def _status_member_2(data: object) -> ReasoningItemStatusType2:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_2 = check_reasoning_item_status_type_2(data)

                    return status_type_2

                return parse_union(
                    data,
                    (
                        ("ReasoningItemStatusType0", _status_member_0),
                        ("ReasoningItemStatusType1", _status_member_1),
                        ("ReasoningItemStatusType2", _status_member_2),
                    ),
                )

            status = _parse_status(d.pop("status", UNSET))

            _at_field_ = "format"

            def _parse_format_(data: object) -> None | ReasoningFormat | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                def _format__member_0(data: object) -> ReasoningFormat:
                    if not isinstance(data, str):
                        raise TypeError()
                    format_type_0 = check_reasoning_format(data)

                    return format_type_0

                return parse_union(
                    data,
                    (("ReasoningFormat", _format__member_0),),
                    plain=(type(None),),
                )

            format_ = _parse_format_(d.pop("format", UNSET))

            _at_field_ = "signature"

            def _parse_signature(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                from modelgates_api.types import parse_union

                return parse_union(
                    data,
                    (),
                    plain=(
                        str,
                        type(None),
                    ),
                )

            signature = _parse_signature(d.pop("signature", UNSET))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        reasoning_item = cls(
            id=id,
            summary=summary,
            type_=type_,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
            format_=format_,
            signature=signature,
        )

        reasoning_item.additional_properties = d
        return reasoning_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.reasoning_summary_text import ReasoningSummaryText
    from modelgates_api.models.reasoning_text_content import ReasoningTextContent

    return (
        ReasoningSummaryText,
        ReasoningTextContent,
    )
