from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_messages_error_response_type import (
    AnthropicMessagesErrorResponseType,
    check_anthropic_messages_error_response_type,
)
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_messages_error_response_error import AnthropicMessagesErrorResponseError
    from ..models.anthropic_messages_error_response_metadata import AnthropicMessagesErrorResponseMetadata
    from ..models.anthropic_messages_error_response_openrouter_metadata_type_0 import (
        AnthropicMessagesErrorResponseOpenrouterMetadataType0,
    )
else:
    AnthropicMessagesErrorResponseError = _LazyModel(
        globals(), "anthropic_messages_error_response_error", "AnthropicMessagesErrorResponseError"
    )
    AnthropicMessagesErrorResponseMetadata = _LazyModel(
        globals(), "anthropic_messages_error_response_metadata", "AnthropicMessagesErrorResponseMetadata"
    )
    AnthropicMessagesErrorResponseOpenrouterMetadataType0 = _LazyModel(
        globals(),
        "anthropic_messages_error_response_openrouter_metadata_type_0",
        "AnthropicMessagesErrorResponseOpenrouterMetadataType0",
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

    _required_ = (
        ("error", _model_field(AnthropicMessagesErrorResponseError)),
        (
            "request_id",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        ("type", check_anthropic_messages_error_response_type, "type_"),
    )
    _optional_ = (
        ("metadata", _model_field(AnthropicMessagesErrorResponseMetadata)),
        (
            "openrouter_metadata",
            _union_field(
                (
                    (
                        "AnthropicMessagesErrorResponseOpenrouterMetadataType0",
                        AnthropicMessagesErrorResponseOpenrouterMetadataType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
