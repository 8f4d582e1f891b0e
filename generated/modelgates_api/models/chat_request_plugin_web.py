from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.chat_request_plugin_web_id import (
    ChatRequestPluginWebId,
    check_chat_request_plugin_web_id,
)
from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequestPluginWeb")


@_attrs_define
class ChatRequestPluginWeb:
    """Web search plugin.

    Attributes:
        id (ChatRequestPluginWebId):
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

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        max_results = self.max_results

        search_prompt = self.search_prompt

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if search_prompt is not UNSET:
            field_dict["search_prompt"] = search_prompt
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = check_chat_request_plugin_web_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        max_results = d.pop("max_results", UNSET)

        search_prompt = d.pop("search_prompt", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: WebSearchEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_web_search_engine(_engine)

        chat_request_plugin_web = cls(
            id=id,
            enabled=enabled,
            max_results=max_results,
            search_prompt=search_prompt,
            engine=engine,
        )

        return chat_request_plugin_web
