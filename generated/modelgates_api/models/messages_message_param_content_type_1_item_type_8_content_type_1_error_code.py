from typing import Literal

from ..types import check_enum

MessagesMessageParamContentType1ItemType8ContentType1ErrorCode = (
    Literal["invalid_tool_input", "max_uses_exceeded", "query_too_long", "too_many_requests", "unavailable"] | str
)

MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_CONTENT_TYPE_1_ERROR_CODE_VALUES: set[
    MessagesMessageParamContentType1ItemType8ContentType1ErrorCode
] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "too_many_requests",
    "unavailable",
}


def check_messages_message_param_content_type_1_item_type_8_content_type_1_error_code(
    value: str,
) -> MessagesMessageParamContentType1ItemType8ContentType1ErrorCode:
    return check_enum(
        value,
        MESSAGES_MESSAGE_PARAM_CONTENT_TYPE_1_ITEM_TYPE_8_CONTENT_TYPE_1_ERROR_CODE_VALUES,
        "MessagesMessageParamContentType1ItemType8ContentType1ErrorCode",
    )
