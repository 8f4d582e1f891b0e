from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_200_data_item_object import (
    CreateEmbeddingsResponse200DataItemObject,
    check_create_embeddings_response_200_data_item_object,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "embedding",
        ("object_", "object"),
        "index",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "embedding"
            embedding = d.pop("embedding")

            def _embedding_member_0(data: object) -> list[float]:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = cast(list[float], data)

                return embedding_type_0

            embedding = _parse_union(
                embedding,
                (("list[float]", _embedding_member_0),),
                plain=(str,),
            )

            _at_field_ = "object"
            object_ = check_create_embeddings_response_200_data_item_object(d.pop("object"))

            _at_field_ = "index"
            index = d.pop("index", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_response_200_data_item = cls(
            embedding=embedding,
            object_=object_,
            index=index,
        )

        create_embeddings_response_200_data_item.additional_properties = d
        return create_embeddings_response_200_data_item
