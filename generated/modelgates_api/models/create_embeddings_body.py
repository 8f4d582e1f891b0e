from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_body_encoding_format import (
    CreateEmbeddingsBodyEncodingFormat,
    check_create_embeddings_body_encoding_format,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.create_embeddings_body_input_type_4_item import CreateEmbeddingsBodyInputType4Item
    from ..models.provider_preferences import ProviderPreferences


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

    _json_fields_ = (
        ("input_", "input"),
        "model",
        "dimensions",
        "encoding_format",
        "input_type",
        "provider",
        "user",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input"
            input_ = d.pop("input")

            def _input__member_1(data: object) -> list[str]:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1

            def _input__member_2(data: object) -> list[float]:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = cast(list[float], data)

                return input_type_2

            def _input__member_3(data: object) -> list[list[float]]:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_3 = []
                _input_type_3 = data
                for _input_type_3_item_data_index, input_type_3_item_data in enumerate(_as_list(_input_type_3)):
                    try:
                        input_type_3_item = cast(list[float], input_type_3_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _input_type_3_item_data_index)
                    input_type_3.append(input_type_3_item)

                return input_type_3

            def _input__member_4(data: object) -> list[CreateEmbeddingsBodyInputType4Item]:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_4 = []
                _input_type_4 = data
                for _input_type_4_item_data_index, input_type_4_item_data in enumerate(_as_list(_input_type_4)):
                    try:
                        input_type_4_item = CreateEmbeddingsBodyInputType4Item.from_dict(input_type_4_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _input_type_4_item_data_index)
                    input_type_4.append(input_type_4_item)

                return input_type_4

            input_ = _parse_union(
                input_,
                (
                    ("list[str]", _input__member_1),
                    ("list[float]", _input__member_2),
                    ("list[list[float]]", _input__member_3),
                    ("list[CreateEmbeddingsBodyInputType4Item]", _input__member_4),
                ),
                plain=(str,),
            )

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "dimensions"
            dimensions = d.pop("dimensions", UNSET)

            _at_field_ = "encoding_format"
            _encoding_format = d.pop("encoding_format", UNSET)
            encoding_format: CreateEmbeddingsBodyEncodingFormat | Unset
            if isinstance(_encoding_format, Unset):
                encoding_format = UNSET
            else:
                encoding_format = check_create_embeddings_body_encoding_format(_encoding_format)

            _at_field_ = "input_type"
            input_type = d.pop("input_type", UNSET)

            _at_field_ = "provider"
            _provider = d.pop("provider", UNSET)
            provider: ProviderPreferences | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ProviderPreferences.from_dict(_provider)

            _at_field_ = "user"
            user = d.pop("user", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_embeddings_body = cls(
            input_=input_,
            model=model,
            dimensions=dimensions,
            encoding_format=encoding_format,
            input_type=input_type,
            provider=provider,
            user=user,
        )

        create_embeddings_body.additional_properties = d
        return create_embeddings_body


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    CreateEmbeddingsBodyInputType4Item = _LazyModel(
        globals(),
        "modelgates_api.models.create_embeddings_body_input_type_4_item",
        "CreateEmbeddingsBodyInputType4Item",
    )
    ProviderPreferences = _LazyModel(globals(), "modelgates_api.models.provider_preferences", "ProviderPreferences")
