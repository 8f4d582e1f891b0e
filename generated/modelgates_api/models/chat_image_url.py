from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.chat_image_url_detail import ChatImageUrlDetail, check_chat_image_url_detail
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ChatImageUrl(_ModelBase):
    """Image reference.

    Attributes:
        url (str): URL of the image, or a base64 data URL (`data:image/png;base64,...`).
        detail (ChatImageUrlDetail | Unset): Image detail level.
    """

    url: str
    detail: ChatImageUrlDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = ("url",)
    _optional_ = (("detail", check_chat_image_url_detail),)
