from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_response_200_object import (
    CreateEmbeddingsResponse200Object,
    check_create_embeddings_response_200_object,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_embeddings_response_200_data_item import CreateEmbeddingsResponse200DataItem
    from ..models.create_embeddings_response_200_usage import CreateEmbeddingsResponse200Usage


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

    _json_fields_ = (
        "data",
        "model",
        ("object_", "object"),
        "id",
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = CreateEmbeddingsResponse200DataItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "object"
            object_ = check_create_embeddings_response_200_object(d.pop("object"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: CreateEmbeddingsResponse200Usage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = CreateEmbeddingsResponse200Usage.from_dict(_usage)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_response_200 = cls(
            data=data,
            model=model,
            object_=object_,
            id=id,
            usage=usage,
        )

        create_embeddings_response_200.additional_properties = d
        return create_embeddings_response_200


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateEmbeddingsResponse200DataItem = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_response_200_data_item",
        "CreateEmbeddingsResponse200DataItem",
    )
    CreateEmbeddingsResponse200Usage = _LazyModel(
        globals(), "modelgates_api.models.create_embeddings_response_200_usage", "CreateEmbeddingsResponse200Usage"
    )
