from typing import Literal

OutputSearchModelsServerToolItemType = Literal["openrouter:experimental__search_models"]

OUTPUT_SEARCH_MODELS_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputSearchModelsServerToolItemType
] = {
    "openrouter:experimental__search_models",
}


def check_output_search_models_server_tool_item_type(
    value: str,
) -> OutputSearchModelsServerToolItemType:
    if value in OUTPUT_SEARCH_MODELS_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_SEARCH_MODELS_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
