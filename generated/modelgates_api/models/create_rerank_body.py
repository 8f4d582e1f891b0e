from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.create_rerank_body_documents_item_type_1 import CreateRerankBodyDocumentsItemType1
    from ..models.provider_preferences import ProviderPreferences
else:
    CreateRerankBodyDocumentsItemType1 = _LazyModel(
        globals(), "create_rerank_body_documents_item_type_1", "CreateRerankBodyDocumentsItemType1"
    )
    ProviderPreferences = _LazyModel(globals(), "provider_preferences", "ProviderPreferences")


@_attrs_define(repr=False, eq=False)
class CreateRerankBody(_ModelBase):
    """Rerank request input

    Example:
        {'documents': ['Paris is the capital of France.', 'Berlin is the capital of Germany.'], 'model':
            'cohere/rerank-v3.5', 'query': 'What is the capital of France?', 'top_n': 3}

    Attributes:
        documents (list[CreateRerankBodyDocumentsItemType1 | str]): The list of documents to rerank. Documents may be
            plain strings, or structured objects with `text` and/or `image` for multimodal models. Example: ['Paris is the
            capital of France.', 'Berlin is the capital of Germany.'].
        model (str): The rerank model to use Example: cohere/rerank-v3.5.
        query (str): The search query to rerank documents against Example: What is the capital of France?.
        provider (ProviderPreferences | Unset): Provider routing preferences for the request.
        top_n (int | Unset): Number of most relevant documents to return Example: 3.
    """

    documents: list[CreateRerankBodyDocumentsItemType1 | str]
    model: str
    query: str
    provider: ProviderPreferences | Unset = UNSET
    top_n: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "documents",
            _list_field(
                _union_field(
                    (("CreateRerankBodyDocumentsItemType1", CreateRerankBodyDocumentsItemType1),), plain=(str,)
                )
            ),
        ),
        "model",
        "query",
    )
    _optional_ = (
        ("provider", _model_field(ProviderPreferences)),
        "top_n",
    )
