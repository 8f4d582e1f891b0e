from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..types import UNSET, Unset

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
        from ..models.reasoning_summary_text import ReasoningSummaryText
        from ..models.reasoning_text_content import ReasoningTextContent

        d = dict(src_dict)
        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = ReasoningSummaryText.from_dict(summary_item_data)

            summary.append(summary_item)

        type_ = check_reasoning_item_type(d.pop("type"))

        def _parse_content(data: object) -> list[ReasoningTextContent] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = ReasoningTextContent.from_dict(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReasoningTextContent] | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

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
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_reasoning_item_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_reasoning_item_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_reasoning_item_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status", UNSET))

        def _parse_format_(data: object) -> None | ReasoningFormat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_type_0 = check_reasoning_format(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningFormat | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

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
