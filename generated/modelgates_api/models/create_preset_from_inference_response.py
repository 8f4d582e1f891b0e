from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.preset_with_designated_version import PresetWithDesignatedVersion


@_attrs_define(repr=False, eq=False)
class CreatePresetFromInferenceResponse(_ModelBase):
    """Response containing the created preset with its designated version.

    Example:
        {'data': {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000',
            'description': None, 'designated_version': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7},
            'created_at': '2026-04-20T10:00:00Z', 'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'preset_id': '650e8400-e29b-41d4-a716-446655440001', 'system_prompt':
            'You are a helpful assistant.', 'updated_at': '2026-04-20T10:00:00Z', 'version': 1}, 'designated_version_id':
            '550e8400-e29b-41d4-a716-446655440000', 'id': '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset',
            'slug': 'my-preset', 'status': 'active', 'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z',
            'workspace_id': '750e8400-e29b-41d4-a716-446655440002'}}

    Attributes:
        data (PresetWithDesignatedVersion): A preset with its currently designated version. Example: {'created_at':
            '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description': None,
            'designated_version': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at':
            '2026-04-20T10:00:00Z', 'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'preset_id': '650e8400-e29b-41d4-a716-446655440001', 'system_prompt':
            'You are a helpful assistant.', 'updated_at': '2026-04-20T10:00:00Z', 'version': 1}, 'designated_version_id':
            '550e8400-e29b-41d4-a716-446655440000', 'id': '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset',
            'slug': 'my-preset', 'status': 'active', 'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z',
            'workspace_id': '750e8400-e29b-41d4-a716-446655440002'}.
    """

    data: PresetWithDesignatedVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = ("data",)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "data"
            data = PresetWithDesignatedVersion.from_dict(d.pop("data"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_preset_from_inference_response = cls(
            data=data,
        )

        create_preset_from_inference_response.additional_properties = d
        return create_preset_from_inference_response


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PresetWithDesignatedVersion = _LazyModel(
        globals(), "modelgates_api.models.preset_with_designated_version", "PresetWithDesignatedVersion"
    )
