from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.content_part_image_type import ContentPartImageType, check_content_part_image_type
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.content_part_image_image_url import ContentPartImageImageUrl
else:
    ContentPartImageImageUrl = _LazyModel(globals(), "content_part_image_image_url", "ContentPartImageImageUrl")


@_attrs_define(repr=False, eq=False)
class ContentPartImage(_ModelBase):
    """
    Example:
        {'image_url': {'url': 'https://example.com/image.png'}, 'type': 'image_url'}

    """

    image_url: ContentPartImageImageUrl
    type_: ContentPartImageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("image_url", _model_field(ContentPartImageImageUrl)),
        ("type", check_content_part_image_type, "type_"),
    )
