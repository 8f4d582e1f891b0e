from typing import Literal

MessagesMessageParamRole = Literal["assistant", "system", "user"]

MESSAGES_MESSAGE_PARAM_ROLE_VALUES: set[MessagesMessageParamRole] = {
    "assistant",
    "system",
    "user",
}


def check_messages_message_param_role(value: str) -> MessagesMessageParamRole:
    if value in MESSAGES_MESSAGE_PARAM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_ROLE_VALUES!r}"
    )
