from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_embeddings_body_input_type_4_item_content_item_type_0_type import (
    CreateEmbeddingsBodyInputType4ItemContentItemType0Type,
    check_create_embeddings_body_input_type_4_item_content_item_type_0_type,
)
from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsBodyInputType4ItemContentItemType0(_ModelBase):
    text: str
    type_: CreateEmbeddingsBodyInputType4ItemContentItemType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "text",
        ("type", check_create_embeddings_body_input_type_4_item_content_item_type_0_type, "type_"),
    )
