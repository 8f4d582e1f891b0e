from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_plugin_web_id import ChatRequestPluginWebId, check_chat_request_plugin_web_id
from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field, unknown_fields
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "id",
        "enabled",
        "max_results",
        "search_prompt",
        "engine",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_chat_request_plugin_web_id(d.pop("id"))

            _at_field_ = "enabled"
            enabled = d.pop("enabled", UNSET)

            _at_field_ = "max_results"
            max_results = d.pop("max_results", UNSET)

            _at_field_ = "search_prompt"
            search_prompt = d.pop("search_prompt", UNSET)

            _at_field_ = "engine"
            _engine = d.pop("engine", UNSET)
            engine: WebSearchEngine | Unset
            if isinstance(_engine, Unset):
                engine = UNSET
            else:
                engine = check_web_search_engine(_engine)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_request_plugin_web = cls(
            id=id,
            enabled=enabled,
            max_results=max_results,
            search_prompt=search_prompt,
            engine=engine,
        )

        chat_request_plugin_web.additional_properties = unknown_fields(d)
        return chat_request_plugin_web
