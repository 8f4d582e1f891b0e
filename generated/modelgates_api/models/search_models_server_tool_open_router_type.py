from typing import Literal

from ..types import check_enum

SearchModelsServerToolOpenRouterType = Literal["openrouter:experimental__search_models"] | str

SEARCH_MODELS_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[SearchModelsServerToolOpenRouterType] = {
    "openrouter:experimental__search_models",
}


def check_search_models_server_tool_open_router_type(value: str) -> SearchModelsServerToolOpenRouterType:
    return check_enum(value, SEARCH_MODELS_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES, "SearchModelsServerToolOpenRouterType")
