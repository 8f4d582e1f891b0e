from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_image_generation_server_tool_item_type import (
    OutputImageGenerationServerToolItemType,
    check_output_image_generation_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import UNSET, ModelBase as _ModelBase, NoneType as _NoneType, Unset, union_field as _union_field


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

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_image_generation_server_tool_item_type, "type_"),
    )
    _optional_ = (
        "id",
        ("imageB64", None, "image_b64"),
        ("imageUrl", None, "image_url"),
        "prompt",
        (
            "result",
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
        ("revisedPrompt", None, "revised_prompt"),
    )
