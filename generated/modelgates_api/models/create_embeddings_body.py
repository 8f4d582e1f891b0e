from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.create_embeddings_body_encoding_format import (
    CreateEmbeddingsBodyEncodingFormat,
    check_create_embeddings_body_encoding_format,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.create_embeddings_body_input_type_4_item import CreateEmbeddingsBodyInputType4Item
    from ..models.provider_preferences import ProviderPreferences
else:
    CreateEmbeddingsBodyInputType4Item = _LazyModel(
        globals(), "create_embeddings_body_input_type_4_item", "CreateEmbeddingsBodyInputType4Item"
    )
    ProviderPreferences = _LazyModel(globals(), "provider_preferences", "ProviderPreferences")


@_attrs_define(repr=False, eq=False)
class CreateEmbeddingsBody(_ModelBase):
    """Embeddings request input

    Example:
        {'dimensions': 1536, 'input': 'The quick brown fox jumps over the lazy dog', 'model': 'openai/text-
            embedding-3-small'}

    Attributes:
        input_ (list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str): Text,
            token, or multimodal input(s) to embed Example: The quick brown fox jumps over the lazy dog.
        model (str): The model to use for embeddings Example: openai/text-embedding-3-small.
        dimensions (int | Unset): The number of dimensions for the output embeddings Example: 1536.
        encoding_format (CreateEmbeddingsBodyEncodingFormat | Unset): The format of the output embeddings Example:
            float.
        input_type (str | Unset): The type of input (e.g. search_query, search_document) Example: search_query.
        provider (ProviderPreferences | Unset): Provider routing preferences for the request.
        user (str | Unset): A unique identifier for the end-user Example: user-1234.
    """

    input_: list[CreateEmbeddingsBodyInputType4Item] | list[float] | list[list[float]] | list[str] | str
    model: str
    dimensions: int | Unset = UNSET
    encoding_format: CreateEmbeddingsBodyEncodingFormat | Unset = UNSET
    input_type: str | Unset = UNSET
    provider: ProviderPreferences | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "input",
            _union_field(
                (
                    ("list[str]", _guarded((list,))),
                    ("list[float]", _guarded((list,))),
                    ("list[list[float]]", _guarded((list,))),
                    (
                        "list[CreateEmbeddingsBodyInputType4Item]",
                        _guarded((list,), _list_field(_model_field(CreateEmbeddingsBodyInputType4Item))),
                    ),
                ),
                plain=(str,),
            ),
            "input_",
        ),
        "model",
    )
    _optional_ = (
        "dimensions",
        ("encoding_format", check_create_embeddings_body_encoding_format),
        "input_type",
        ("provider", _model_field(ProviderPreferences)),
        "user",
    )
