from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_image_url_detail import ChatImageUrlDetail, check_chat_image_url_detail
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "url",
        "detail",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "url"
            url = d.pop("url")

            _at_field_ = "detail"
            _detail = d.pop("detail", UNSET)
            detail: ChatImageUrlDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_chat_image_url_detail(_detail)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_image_url = cls(
            url=url,
            detail=detail,
        )

        chat_image_url.additional_properties = d
        return chat_image_url
