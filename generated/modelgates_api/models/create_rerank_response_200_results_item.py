from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import (
    PARSE_ERRORS,
    as_object,
    at_field,
)
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from ..models.create_rerank_response_200_results_item_document import (
        CreateRerankResponse200ResultsItemDocument,
    )


T = TypeVar("T", bound="CreateRerankResponse200ResultsItem")


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

    def to_dict(self) -> dict[str, Any]:
        (CreateRerankResponse200ResultsItemDocument,) = _lazy_imports()
        document = self.document.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "document": document,
            "index": self.index,
            "relevance_score": self.relevance_score,
        }

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        (CreateRerankResponse200ResultsItemDocument,) = _lazy_imports()
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "document"
            document = CreateRerankResponse200ResultsItemDocument.from_dict(
                d.pop("document")
            )

            _at_field_ = "index"
            index = d.pop("index")

            _at_field_ = "relevance_score"
            relevance_score = d.pop("relevance_score")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_response_200_results_item = cls(
            document=document,
            index=index,
            relevance_score=relevance_score,
        )

        create_rerank_response_200_results_item.additional_properties = d
        return create_rerank_response_200_results_item


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    """The models the methods above use: imported on their first call, not with this module (the
    models refer to each other in cycles), and bound once. Absolute imports: a relative one reads
    the module's ``__spec__.parent``, a Python-level property."""
    from modelgates_api.models.create_rerank_response_200_results_item_document import (
        CreateRerankResponse200ResultsItemDocument,
    )

    return (CreateRerankResponse200ResultsItemDocument,)
