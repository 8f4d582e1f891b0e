from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_embeddings_body_input_type_4_item_content_item_type_1_type import (
    CreateEmbeddingsBodyInputType4ItemContentItemType1Type,
    check_create_embeddings_body_input_type_4_item_content_item_type_1_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.create_embeddings_body_input_type_4_item_content_item_type_1_image_url import (
        CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl,
    )
else:
    CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl = _LazyModel(
        globals(),
        "create_embeddings_body_input_type_4_item_content_item_type_1_image_url",
        "CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl",
    )


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsBodyInputType4ItemContentItemType1(_ModelBase):
    image_url: CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl
    type_: CreateEmbeddingsBodyInputType4ItemContentItemType1Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("image_url", _model_field(CreateEmbeddingsBodyInputType4ItemContentItemType1ImageUrl)),
        ("type", check_create_embeddings_body_input_type_4_item_content_item_type_1_type, "type_"),
    )
