from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_embeddings_response_200_object import (
    CreateEmbeddingsResponse200Object,
    check_create_embeddings_response_200_object,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.create_embeddings_response_200_data_item import CreateEmbeddingsResponse200DataItem
    from ..models.create_embeddings_response_200_usage import CreateEmbeddingsResponse200Usage
else:
    CreateEmbeddingsResponse200DataItem = _LazyModel(
        globals(), "create_embeddings_response_200_data_item", "CreateEmbeddingsResponse200DataItem"
    )
    CreateEmbeddingsResponse200Usage = _LazyModel(
        globals(), "create_embeddings_response_200_usage", "CreateEmbeddingsResponse200Usage"
    )


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsResponse200(_ModelBase):
    """Embeddings response containing embedding vectors

    Example:
        {'data': [{'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}], 'model':
            'openai/text-embedding-3-small', 'object': 'list', 'usage': {'prompt_tokens': 8, 'total_tokens': 8}}

    Attributes:
        data (list[CreateEmbeddingsResponse200DataItem]): List of embedding objects Example: [{'embedding':
            [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}].
        model (str): The model used for embeddings Example: openai/text-embedding-3-small.
        id (str | Unset): Unique identifier for the embeddings response Example: embd-1234567890.
        usage (CreateEmbeddingsResponse200Usage | Unset): Token usage statistics Example: {'prompt_tokens': 8,
            'total_tokens': 8}.
    """

    data: list[CreateEmbeddingsResponse200DataItem]
    model: str
    object_: CreateEmbeddingsResponse200Object
    id: str | Unset = UNSET
    usage: CreateEmbeddingsResponse200Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("data", _list_field(_model_field(CreateEmbeddingsResponse200DataItem))),
        "model",
        ("object", check_create_embeddings_response_200_object, "object_"),
    )
    _optional_ = (
        "id",
        ("usage", _model_field(CreateEmbeddingsResponse200Usage)),
    )
