from typing import Literal

from ..types import check_enum

OutputSearchModelsServerToolItemType = Literal["openrouter:experimental__search_models"] | str

OUTPUT_SEARCH_MODELS_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputSearchModelsServerToolItemType] = {
    "openrouter:experimental__search_models",
}


def check_output_search_models_server_tool_item_type(value: str) -> OutputSearchModelsServerToolItemType:
    return check_enum(value, OUTPUT_SEARCH_MODELS_SERVER_TOOL_ITEM_TYPE_VALUES, "OutputSearchModelsServerToolItemType")
