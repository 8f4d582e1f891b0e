from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_request_plugin_web_id import ChatRequestPluginWebId, check_chat_request_plugin_web_id
from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..types import CLOSED, UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatRequestPluginWeb(_ModelBase):
    """Web search plugin.

    Attributes:
        enabled (bool | Unset): Set to false to disable the plugin for this request.
        max_results (int | Unset): Maximum number of search results.
        search_prompt (str | Unset): Prompt used to attach the search results to the conversation.
        engine (WebSearchEngine | Unset): Search engine for the web plugin; `native` uses the provider's built-in
            search.
    """

    id: ChatRequestPluginWebId
    enabled: bool | Unset = UNSET
    max_results: int | Unset = UNSET
    search_prompt: str | Unset = UNSET
    engine: WebSearchEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("id", check_chat_request_plugin_web_id),)
    _optional_ = (
        "enabled",
        "max_results",
        "search_prompt",
        ("engine", check_web_search_engine),
    )
    _extras_ = CLOSED
