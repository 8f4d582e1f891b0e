from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatDebugOptions")


@_attrs_define
class ChatDebugOptions:
    """Debug options for inspecting request transformations (streaming only).

    Attributes:
        echo_upstream_body (bool | Unset): Echo the request body sent upstream to the provider (streaming only).
    """

    echo_upstream_body: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        echo_upstream_body = self.echo_upstream_body

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        echo_upstream_body = d.pop("echo_upstream_body", UNSET)

        chat_debug_options = cls(
            echo_upstream_body=echo_upstream_body,
        )

        return chat_debug_options
