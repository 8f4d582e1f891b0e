from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_image_generation_server_tool_item_type import (
    OutputImageGenerationServerToolItemType,
    check_output_image_generation_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class OutputImageGenerationServerToolItem(_ModelBase):
    """An openrouter:image_generation server tool output item

    Example:
        {'id': 'ig_tmp_abc123', 'imageUrl': 'https://example.com/image.png', 'result': 'https://example.com/image.png',
            'status': 'completed', 'type': 'openrouter:image_generation'}

    Attributes:
        prompt (str | Unset): The prompt (possibly rewritten) that the image was generated from.
        result (None | str | Unset): The generated image as a base64-encoded string or URL, matching OpenAI
            image_generation_call format
    """

    status: ToolCallStatus
    type_: OutputImageGenerationServerToolItemType
    id: str | Unset = UNSET
    image_b64: str | Unset = UNSET
    image_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    result: None | str | Unset = UNSET
    revised_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "id",
        ("image_b64", "imageB64"),
        ("image_url", "imageUrl"),
        "prompt",
        "result",
        ("revised_prompt", "revisedPrompt"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_image_generation_server_tool_item_type(d.pop("type"))

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "imageB64"
            image_b64 = d.pop("imageB64", UNSET)

            _at_field_ = "imageUrl"
            image_url = d.pop("imageUrl", UNSET)

            _at_field_ = "prompt"
            prompt = d.pop("prompt", UNSET)

            _at_field_ = "result"
            result = d.pop("result", UNSET)
            if not isinstance(result, (str, _NoneType, Unset)):
                result = _parse_union(
                    result,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "revisedPrompt"
            revised_prompt = d.pop("revisedPrompt", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_image_generation_server_tool_item = cls(
            status=status,
            type_=type_,
            id=id,
            image_b64=image_b64,
            image_url=image_url,
            prompt=prompt,
            result=result,
            revised_prompt=revised_prompt,
        )

        output_image_generation_server_tool_item.additional_properties = d
        return output_image_generation_server_tool_item
