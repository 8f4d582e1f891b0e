from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..models.web_fetch_plugin_id import WebFetchPluginId, check_web_fetch_plugin_id
from ..types import (
    PARSE_ERRORS,
    UNSET,
    Unset,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

T = TypeVar("T", bound="WebFetchPlugin")


@_attrs_define(repr=False, eq=False)
class WebFetchPlugin(_ModelBase):
    """
    Example:
        {'id': 'web-fetch', 'max_uses': 10}

    Attributes:
        id (WebFetchPluginId):
        allowed_domains (list[str] | Unset): Only fetch from these domains.
        blocked_domains (list[str] | Unset): Never fetch from these domains.
        max_content_tokens (int | Unset): Maximum content length in approximate tokens. Content exceeding this limit is
            truncated.
        max_uses (int | Unset): Maximum number of web fetches per request. Once exceeded, the tool returns an error.
    """

    id: WebFetchPluginId
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        max_content_tokens = self.max_content_tokens

        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = check_web_fetch_plugin_id(d.pop("id"))

            _at_field_ = "allowed_domains"
            allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

            _at_field_ = "blocked_domains"
            blocked_domains = cast(list[str], d.pop("blocked_domains", UNSET))

            _at_field_ = "max_content_tokens"
            max_content_tokens = d.pop("max_content_tokens", UNSET)

            _at_field_ = "max_uses"
            max_uses = d.pop("max_uses", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        web_fetch_plugin = cls(
            id=id,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            max_content_tokens=max_content_tokens,
            max_uses=max_uses,
        )

        web_fetch_plugin.additional_properties = d
        return web_fetch_plugin

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
