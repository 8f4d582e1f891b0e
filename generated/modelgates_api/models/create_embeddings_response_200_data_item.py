from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_embeddings_response_200_data_item_object import (
    CreateEmbeddingsResponse200DataItemObject,
    check_create_embeddings_response_200_data_item_object,
)
from ..types import UNSET, ModelBase as _ModelBase, Unset, guarded as _guarded, union_field as _union_field


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsResponse200DataItem(_ModelBase):
    """A single embedding object

    Example:
        {'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}

    Attributes:
        embedding (list[float] | str): Embedding vector as an array of floats or a base64 string Example: [0.0023064255,
            -0.009327292, 0.015797347].
        index (int | Unset): Index of the embedding in the input list Example: 0.
    """

    embedding: list[float] | str
    object_: CreateEmbeddingsResponse200DataItemObject
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("embedding", _union_field((("list[float]", _guarded((list,))),), plain=(str,))),
        ("object", check_create_embeddings_response_200_data_item_object, "object_"),
    )
    _optional_ = ("index",)
