from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.create_rerank_response_200_results_item_document import CreateRerankResponse200ResultsItemDocument
else:
    CreateRerankResponse200ResultsItemDocument = _LazyModel(
        globals(), "create_rerank_response_200_results_item_document", "CreateRerankResponse200ResultsItemDocument"
    )


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200ResultsItem(_ModelBase):
    """A single rerank result

    Example:
        {'document': {'text': 'Paris is the capital of France.'}, 'index': 0, 'relevance_score': 0.98}

    Attributes:
        document (CreateRerankResponse200ResultsItemDocument): The document object echoing the original input (text
            and/or image)
        index (int): Index of the document in the original input list Example: 0.
        relevance_score (float): Relevance score of the document to the query Example: 0.98.
    """

    document: CreateRerankResponse200ResultsItemDocument
    index: int
    relevance_score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("document", _model_field(CreateRerankResponse200ResultsItemDocument)),
        "index",
        "relevance_score",
    )
