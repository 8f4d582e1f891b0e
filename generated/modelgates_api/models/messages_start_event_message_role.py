from typing import Literal

from ..types import check_enum

MessagesStartEventMessageRole = Literal["assistant"] | str

MESSAGES_START_EVENT_MESSAGE_ROLE_VALUES: set[MessagesStartEventMessageRole] = {
    "assistant",
}


def check_messages_start_event_message_role(value: str) -> MessagesStartEventMessageRole:
    return check_enum(value, MESSAGES_START_EVENT_MESSAGE_ROLE_VALUES, "MessagesStartEventMessageRole")
