from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.chat_choice import ChatChoice
    from ..models.chat_result_modelgates_metadata_type_0 import ChatResultModelgatesMetadataType0
    from ..models.chat_usage import ChatUsage


@_attrs_define(repr=False, eq=False)
class ChatResult(_ModelBase):
    """Chat completion result (non-streaming).

    Attributes:
        created (int): Unix timestamp (seconds).
        object_ (str | Unset): Always `chat.completion`.
        provider (str | Unset): The provider that served the request.
        modelgates_metadata (ChatResultModelgatesMetadataType0 | None | Unset): Routing metadata, present when requested
            with `X-OpenRouter-Experimental-Metadata`.
    """

    id: str
    created: int
    model: str
    choices: list[ChatChoice]
    object_: str | Unset = UNSET
    usage: ChatUsage | None | Unset = UNSET
    system_fingerprint: None | str | Unset = UNSET
    provider: str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    modelgates_metadata: ChatResultModelgatesMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "id",
        "created",
        "model",
        "choices",
        ("object_", "object"),
        "usage",
        "system_fingerprint",
        "provider",
        "service_tier",
        "modelgates_metadata",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "model"
            model = d.pop("model")

            _at_field_ = "choices"
            choices = []
            _choices = d.pop("choices")
            for _choices_item_data_index, choices_item_data in enumerate(_as_list(_choices)):
                try:
                    choices_item = ChatChoice.from_dict(choices_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _choices_item_data_index)
                choices.append(choices_item)

            _at_field_ = "object"
            object_ = d.pop("object", UNSET)

            _at_field_ = "usage"
            usage = d.pop("usage", UNSET)
            if not isinstance(usage, (_NoneType, Unset)):
                usage = _parse_union(
                    usage,
                    (("ChatUsage", ChatUsage),),
                    plain=(_NoneType,),
                )

            _at_field_ = "system_fingerprint"
            system_fingerprint = d.pop("system_fingerprint", UNSET)
            if not isinstance(system_fingerprint, (str, _NoneType, Unset)):
                system_fingerprint = _parse_union(
                    system_fingerprint,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "provider"
            provider = d.pop("provider", UNSET)

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier", UNSET)
            if not isinstance(service_tier, (str, _NoneType, Unset)):
                service_tier = _parse_union(
                    service_tier,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "modelgates_metadata"
            modelgates_metadata = d.pop("modelgates_metadata", UNSET)
            if not isinstance(modelgates_metadata, (_NoneType, Unset)):
                modelgates_metadata = _parse_union(
                    modelgates_metadata,
                    (("ChatResultModelgatesMetadataType0", ChatResultModelgatesMetadataType0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        chat_result = cls(
            id=id,
            created=created,
            model=model,
            choices=choices,
            object_=object_,
            usage=usage,
            system_fingerprint=system_fingerprint,
            provider=provider,
            service_tier=service_tier,
            modelgates_metadata=modelgates_metadata,
        )

        chat_result.additional_properties = d
        return chat_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ChatChoice = _LazyModel(globals(), "modelgates_api.models.chat_choice", "ChatChoice")
    ChatResultModelgatesMetadataType0 = _LazyModel(
        globals(), "modelgates_api.models.chat_result_modelgates_metadata_type_0", "ChatResultModelgatesMetadataType0"
    )
    ChatUsage = _LazyModel(globals(), "modelgates_api.models.chat_usage", "ChatUsage")
