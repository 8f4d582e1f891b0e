from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_messages_error_response_type import (
    AnthropicMessagesErrorResponseType,
    check_anthropic_messages_error_response_type,
)
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.anthropic_messages_error_response_error import AnthropicMessagesErrorResponseError
    from ..models.anthropic_messages_error_response_metadata import AnthropicMessagesErrorResponseMetadata
    from ..models.anthropic_messages_error_response_openrouter_metadata_type_0 import (
        AnthropicMessagesErrorResponseOpenrouterMetadataType0,
    )


@_attrs_define(repr=False, eq=False)
class AnthropicMessagesErrorResponse(_ModelBase):
    """Error response from the Anthropic Messages API

    Example:
        {'error': {'error_type': 'invalid_request', 'message': 'Invalid request: messages field is required', 'type':
            'invalid_request_error'}, 'request_id': None, 'type': 'error'}

    """

    error: AnthropicMessagesErrorResponseError
    request_id: None | str
    type_: AnthropicMessagesErrorResponseType
    metadata: AnthropicMessagesErrorResponseMetadata | Unset = UNSET
    openrouter_metadata: AnthropicMessagesErrorResponseOpenrouterMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "error",
        "request_id",
        ("type_", "type"),
        "metadata",
        "openrouter_metadata",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "error"
            error = AnthropicMessagesErrorResponseError.from_dict(d.pop("error"))

            _at_field_ = "request_id"
            request_id = d.pop("request_id")
            if not isinstance(request_id, (str, _NoneType)):
                request_id = _parse_union(
                    request_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "type"
            type_ = check_anthropic_messages_error_response_type(d.pop("type"))

            _at_field_ = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: AnthropicMessagesErrorResponseMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = AnthropicMessagesErrorResponseMetadata.from_dict(_metadata)

            _at_field_ = "openrouter_metadata"
            openrouter_metadata = d.pop("openrouter_metadata", UNSET)
            if not isinstance(openrouter_metadata, (_NoneType, Unset)):
                openrouter_metadata = _parse_union(
                    openrouter_metadata,
                    (
                        (
                            "AnthropicMessagesErrorResponseOpenrouterMetadataType0",
                            AnthropicMessagesErrorResponseOpenrouterMetadataType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        anthropic_messages_error_response = cls(
            error=error,
            request_id=request_id,
            type_=type_,
            metadata=metadata,
            openrouter_metadata=openrouter_metadata,
        )

        anthropic_messages_error_response.additional_properties = d
        return anthropic_messages_error_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicMessagesErrorResponseError = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_messages_error_response_error",
        "AnthropicMessagesErrorResponseError",
    )
    AnthropicMessagesErrorResponseMetadata = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_messages_error_response_metadata",
        "AnthropicMessagesErrorResponseMetadata",
    )
    AnthropicMessagesErrorResponseOpenrouterMetadataType0 = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_messages_error_response_openrouter_metadata_type_0",
        "AnthropicMessagesErrorResponseOpenrouterMetadataType0",
    )
