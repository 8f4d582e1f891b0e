from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_image_type import ContentPartImageType, check_content_part_image_type
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.content_part_image_image_url import ContentPartImageImageUrl


@_attrs_define(repr=False, eq=False)
class ContentPartImage(_ModelBase):
    """
    Example:
        {'image_url': {'url': 'https://example.com/image.png'}, 'type': 'image_url'}

    """

    image_url: ContentPartImageImageUrl
    type_: ContentPartImageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "image_url",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "image_url"
            image_url = ContentPartImageImageUrl.from_dict(d.pop("image_url"))

            _at_field_ = "type"
            type_ = check_content_part_image_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        content_part_image = cls(
            image_url=image_url,
            type_=type_,
        )

        content_part_image.additional_properties = d
        return content_part_image


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentPartImageImageUrl = _LazyModel(
        globals(), "modelgates_api.models.content_part_image_image_url", "ContentPartImageImageUrl"
    )
