from typing import Literal

MessagesSearchModelsServerToolType = Literal["openrouter:experimental__search_models"]

MESSAGES_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES: set[
    MessagesSearchModelsServerToolType
] = {
    "openrouter:experimental__search_models",
}


def check_messages_search_models_server_tool_type(
    value: str,
) -> MessagesSearchModelsServerToolType:
    if value in MESSAGES_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_SEARCH_MODELS_SERVER_TOOL_TYPE_VALUES!r}"
    )
