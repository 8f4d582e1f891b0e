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

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.image_generation_response_data_item import ImageGenerationResponseDataItem
    from ..models.image_generation_usage import ImageGenerationUsage


@_attrs_define(repr=False, eq=False)
class ImageGenerationResponse(_ModelBase):
    """Image generation response

    Example:
        {'created': 1748372400, 'data': [{'b64_json': '<base64-encoded-image>'}], 'usage': {'completion_tokens': 4175,
            'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}}

    Attributes:
        created (int): Unix timestamp (seconds) when the image was generated Example: 1748372400.
        data (list[ImageGenerationResponseDataItem]): Generated images
        usage (ImageGenerationUsage | Unset): Token and cost usage for the image generation request, when available
            Example: {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}.
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created",
        "data",
        "usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created"
            created = d.pop("created")

            _at_field_ = "data"
            data = []
            _data = d.pop("data")
            for _data_item_data_index, data_item_data in enumerate(_as_list(_data)):
                try:
                    data_item = ImageGenerationResponseDataItem.from_dict(data_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _data_item_data_index)
                data.append(data_item)

            _at_field_ = "usage"
            _usage = d.pop("usage", UNSET)
            usage: ImageGenerationUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = ImageGenerationUsage.from_dict(_usage)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_response = cls(
            created=created,
            data=data,
            usage=usage,
        )

        image_generation_response.additional_properties = d
        return image_generation_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ImageGenerationResponseDataItem = _LazyModel(
        globals(), "modelgates_api.models.image_generation_response_data_item", "ImageGenerationResponseDataItem"
    )
    ImageGenerationUsage = _LazyModel(globals(), "modelgates_api.models.image_generation_usage", "ImageGenerationUsage")
