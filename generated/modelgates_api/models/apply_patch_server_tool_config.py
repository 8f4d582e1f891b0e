from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.apply_patch_engine_enum import ApplyPatchEngineEnum, check_apply_patch_engine_enum
from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class ApplyPatchServerToolConfig(_ModelBase):
    """Configuration for the openrouter:apply_patch server tool

    Example:
        {'engine': 'auto'}

    Attributes:
        engine (ApplyPatchEngineEnum | Unset): Which apply_patch engine to use. "auto" (default) uses native passthrough
            when the endpoint advertises native apply_patch support, otherwise falls back to OpenRouter's HITL validator.
            "native" forces native passthrough — when the endpoint does not support native, the request falls back to HITL.
            "openrouter" always runs the HITL validator. Native passthrough streams the diff incrementally via
            `apply_patch_call_operation_diff.delta` events; HITL buffers the diff for atomic delivery as a single delta.
            Example: auto.
    """

    engine: ApplyPatchEngineEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (("engine", check_apply_patch_engine_enum),)
