from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_rerank_body_documents_item_type_1 import CreateRerankBodyDocumentsItemType1
    from ..models.provider_preferences import ProviderPreferences


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

    _json_fields_ = (
        "documents",
        "model",
        "query",
        "provider",
        "top_n",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "documents"
            documents = []
            _documents = d.pop("documents")
            for _documents_item_data_index, documents_item_data in enumerate(_as_list(_documents)):
                try:
                    documents_item = documents_item_data
                    documents_item = _parse_union(
                        documents_item,
                        (("CreateRerankBodyDocumentsItemType1", CreateRerankBodyDocumentsItemType1),),
                        plain=(str,),
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _documents_item_data_index)
                documents.append(documents_item)

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "query"
            query = d.pop("query")

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: ProviderPreferences | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ProviderPreferences.from_dict(_provider)

            _at_field_ = "top_n"
            top_n = d.pop("top_n", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_body = cls(
            documents=documents,
            model=model,
            query=query,
            provider=provider,
            top_n=top_n,
        )

        create_rerank_body.additional_properties = d
        return create_rerank_body


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateRerankBodyDocumentsItemType1 = _LazyModel(
        globals(),
        "modelgates_api.models.create_rerank_body_documents_item_type_1",
        "CreateRerankBodyDocumentsItemType1",
    )
    ProviderPreferences = _LazyModel(globals(), "modelgates_api.models.provider_preferences", "ProviderPreferences")
