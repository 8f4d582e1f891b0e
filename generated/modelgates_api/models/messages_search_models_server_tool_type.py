from typing import Literal

from ..types import check_enum

MessagesSearchModelsServerToolType = Literal["openrouter:experimental__search_models"] | str

MESSAGES_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES: set[MessagesSearchModelsServerToolType] = {
    "openrouter:experimental__search_models",
}


def check_messages_search_models_server_tool_type(value: str) -> MessagesSearchModelsServerToolType:
    return check_enum(value, MESSAGES_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES, "MessagesSearchModelsServerToolType")
