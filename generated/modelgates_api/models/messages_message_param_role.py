from typing import Literal

from ..types import check_enum

MessagesMessageParamRole = Literal["assistant", "system", "user"] | str

MESSAGES_MESSAGE_PARAM_ROLE_VALUES: set[MessagesMessageParamRole] = {
    "assistant",
    "system",
    "user",
}


def check_messages_message_param_role(value: str) -> MessagesMessageParamRole:
    return check_enum(value, MESSAGES_MESSAGE_PARAM_ROLE_VALUES, "MessagesMessageParamRole")
