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
)

if TYPE_CHECKING:
    from ..models.create_rerank_response_200_results_item import CreateRerankResponse200ResultsItem
    from ..models.create_rerank_response_200_usage import CreateRerankResponse200Usage
else:
    CreateRerankResponse200ResultsItem = _LazyModel(
        globals(), "create_rerank_response_200_results_item", "CreateRerankResponse200ResultsItem"
    )
    CreateRerankResponse200Usage = _LazyModel(
        globals(), "create_rerank_response_200_usage", "CreateRerankResponse200Usage"
    )


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200(_ModelBase):
    """Rerank response containing ranked results

    Example:
        {'id': 'gen-rerank-1234567890-abc', 'model': 'cohere/rerank-v3.5', 'results': [{'document': {'text': 'Paris is
            the capital of France.'}, 'index': 0, 'relevance_score': 0.98}], 'usage': {'search_units': 1, 'total_tokens':
            150}}

    Attributes:
        model (str): The model used for reranking Example: cohere/rerank-v3.5.
        results (list[CreateRerankResponse200ResultsItem]): List of rerank results sorted by relevance Example:
            [{'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}].
        id (str | Unset): Unique identifier for the rerank response (ORID format) Example: gen-rerank-1234567890-abc.
        provider (str | Unset): The provider that served the rerank request Example: Cohere.
        usage (CreateRerankResponse200Usage | Unset): Usage statistics Example: {'search_units': 1, 'total_tokens':
            150}.
    """

    model: str
    results: list[CreateRerankResponse200ResultsItem]
    id: str | Unset = UNSET
    provider: str | Unset = UNSET
    usage: CreateRerankResponse200Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "model",
        ("results", _list_field(_model_field(CreateRerankResponse200ResultsItem))),
    )
    _optional_ = (
        "id",
        "provider",
        ("usage", _model_field(CreateRerankResponse200Usage)),
    )
