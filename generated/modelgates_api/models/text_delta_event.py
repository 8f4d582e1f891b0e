from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.text_delta_event_type import (
    TextDeltaEventType,
    check_text_delta_event_type,
)

if TYPE_CHECKING:
    from ..models.stream_logprob import StreamLogprob


T = TypeVar("T", bound="TextDeltaEvent")


@_attrs_define
class TextDeltaEvent:
    """Event emitted when a text delta is streamed

    Example:
        {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}

    Attributes:
        content_index (int):
        delta (str):
        item_id (str):
        logprobs (list[StreamLogprob]):
        output_index (int):
        sequence_number (int):
        type_ (TextDeltaEventType):
    """

    content_index: int
    delta: str
    item_id: str
    logprobs: list[StreamLogprob]
    output_index: int
    sequence_number: int
    type_: TextDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_index = self.content_index

        delta = self.delta

        item_id = self.item_id

        logprobs = []
        for logprobs_item_data in self.logprobs:
            logprobs_item = logprobs_item_data.to_dict()
            logprobs.append(logprobs_item)

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "delta": delta,
                "item_id": item_id,
                "logprobs": logprobs,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stream_logprob import StreamLogprob

        d = dict(src_dict)
        content_index = d.pop("content_index")

        delta = d.pop("delta")

        item_id = d.pop("item_id")

        logprobs = []
        _logprobs = d.pop("logprobs")
        for logprobs_item_data in _logprobs:
            logprobs_item = StreamLogprob.from_dict(logprobs_item_data)

            logprobs.append(logprobs_item)

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = check_text_delta_event_type(d.pop("type"))

        text_delta_event = cls(
            content_index=content_index,
            delta=delta,
            item_id=item_id,
            logprobs=logprobs,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        text_delta_event.additional_properties = d
        return text_delta_event

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
