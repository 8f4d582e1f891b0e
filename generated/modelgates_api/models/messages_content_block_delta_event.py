from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.messages_content_block_delta_event_type import (
    MessagesContentBlockDeltaEventType,
    check_messages_content_block_delta_event_type,
)

if TYPE_CHECKING:
    from ..models.messages_content_block_delta_event_delta_type_0 import (
        MessagesContentBlockDeltaEventDeltaType0,
    )
    from ..models.messages_content_block_delta_event_delta_type_1 import (
        MessagesContentBlockDeltaEventDeltaType1,
    )
    from ..models.messages_content_block_delta_event_delta_type_2 import (
        MessagesContentBlockDeltaEventDeltaType2,
    )
    from ..models.messages_content_block_delta_event_delta_type_3 import (
        MessagesContentBlockDeltaEventDeltaType3,
    )
    from ..models.messages_content_block_delta_event_delta_type_4 import (
        MessagesContentBlockDeltaEventDeltaType4,
    )
    from ..models.messages_content_block_delta_event_delta_type_5 import (
        MessagesContentBlockDeltaEventDeltaType5,
    )


T = TypeVar("T", bound="MessagesContentBlockDeltaEvent")


@_attrs_define
class MessagesContentBlockDeltaEvent:
    """Event sent when content is added to a content block

    Example:
        {'delta': {'text': 'Hello', 'type': 'text_delta'}, 'index': 0, 'type': 'content_block_delta'}

    Attributes:
        delta (MessagesContentBlockDeltaEventDeltaType0 | MessagesContentBlockDeltaEventDeltaType1 |
            MessagesContentBlockDeltaEventDeltaType2 | MessagesContentBlockDeltaEventDeltaType3 |
            MessagesContentBlockDeltaEventDeltaType4 | MessagesContentBlockDeltaEventDeltaType5):
        index (int):
        type_ (MessagesContentBlockDeltaEventType):
    """

    delta: (
        MessagesContentBlockDeltaEventDeltaType0
        | MessagesContentBlockDeltaEventDeltaType1
        | MessagesContentBlockDeltaEventDeltaType2
        | MessagesContentBlockDeltaEventDeltaType3
        | MessagesContentBlockDeltaEventDeltaType4
        | MessagesContentBlockDeltaEventDeltaType5
    )
    index: int
    type_: MessagesContentBlockDeltaEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_content_block_delta_event_delta_type_0 import (
            MessagesContentBlockDeltaEventDeltaType0,
        )
        from ..models.messages_content_block_delta_event_delta_type_1 import (
            MessagesContentBlockDeltaEventDeltaType1,
        )
        from ..models.messages_content_block_delta_event_delta_type_2 import (
            MessagesContentBlockDeltaEventDeltaType2,
        )
        from ..models.messages_content_block_delta_event_delta_type_3 import (
            MessagesContentBlockDeltaEventDeltaType3,
        )
        from ..models.messages_content_block_delta_event_delta_type_4 import (
            MessagesContentBlockDeltaEventDeltaType4,
        )

        delta: dict[str, Any]
        if (
            isinstance(self.delta, MessagesContentBlockDeltaEventDeltaType0)
            or isinstance(self.delta, MessagesContentBlockDeltaEventDeltaType1)
            or isinstance(self.delta, MessagesContentBlockDeltaEventDeltaType2)
            or isinstance(self.delta, MessagesContentBlockDeltaEventDeltaType3)
            or isinstance(self.delta, MessagesContentBlockDeltaEventDeltaType4)
        ):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        index = self.index

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "index": index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_content_block_delta_event_delta_type_0 import (
            MessagesContentBlockDeltaEventDeltaType0,
        )
        from ..models.messages_content_block_delta_event_delta_type_1 import (
            MessagesContentBlockDeltaEventDeltaType1,
        )
        from ..models.messages_content_block_delta_event_delta_type_2 import (
            MessagesContentBlockDeltaEventDeltaType2,
        )
        from ..models.messages_content_block_delta_event_delta_type_3 import (
            MessagesContentBlockDeltaEventDeltaType3,
        )
        from ..models.messages_content_block_delta_event_delta_type_4 import (
            MessagesContentBlockDeltaEventDeltaType4,
        )
        from ..models.messages_content_block_delta_event_delta_type_5 import (
            MessagesContentBlockDeltaEventDeltaType5,
        )

        d = dict(src_dict)

        def _parse_delta(
            data: object,
        ) -> (
            MessagesContentBlockDeltaEventDeltaType0
            | MessagesContentBlockDeltaEventDeltaType1
            | MessagesContentBlockDeltaEventDeltaType2
            | MessagesContentBlockDeltaEventDeltaType3
            | MessagesContentBlockDeltaEventDeltaType4
            | MessagesContentBlockDeltaEventDeltaType5
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_0 = MessagesContentBlockDeltaEventDeltaType0.from_dict(data)

                return delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_1 = MessagesContentBlockDeltaEventDeltaType1.from_dict(data)

                return delta_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_2 = MessagesContentBlockDeltaEventDeltaType2.from_dict(data)

                return delta_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_3 = MessagesContentBlockDeltaEventDeltaType3.from_dict(data)

                return delta_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delta_type_4 = MessagesContentBlockDeltaEventDeltaType4.from_dict(data)

                return delta_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            delta_type_5 = MessagesContentBlockDeltaEventDeltaType5.from_dict(data)

            return delta_type_5

        delta = _parse_delta(d.pop("delta"))

        index = d.pop("index")

        type_ = check_messages_content_block_delta_event_type(d.pop("type"))

        messages_content_block_delta_event = cls(
            delta=delta,
            index=index,
            type_=type_,
        )

        messages_content_block_delta_event.additional_properties = d
        return messages_content_block_delta_event

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
