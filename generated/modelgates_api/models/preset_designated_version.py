from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig


@_attrs_define(repr=False, eq=False)
class PresetDesignatedVersion(_ModelBase):
    """A specific version of a preset, containing config and optional system prompt.

    Example:
        {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z', 'creator_id':
            'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}

    """

    config: PresetDesignatedVersionConfig
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: None | str
    updated_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "config",
        "created_at",
        "creator_id",
        "id",
        "preset_id",
        "system_prompt",
        "updated_at",
        "version",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "config"
            config = PresetDesignatedVersionConfig.from_dict(d.pop("config"))

            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "creator_id"
            creator_id = d.pop("creator_id")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "preset_id"
            preset_id = d.pop("preset_id")

            _at_field_ = "system_prompt"
            system_prompt = d.pop("system_prompt")
            if not isinstance(system_prompt, (str, _NoneType)):
                system_prompt = _parse_union(
                    system_prompt,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at")

            _at_field_ = "version"
            version = d.pop("version")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        preset_designated_version = cls(
            config=config,
            created_at=created_at,
            creator_id=creator_id,
            id=id,
            preset_id=preset_id,
            system_prompt=system_prompt,
            updated_at=updated_at,
            version=version,
        )

        preset_designated_version.additional_properties = d
        return preset_designated_version


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    PresetDesignatedVersionConfig = _LazyModel(
        globals(), "modelgates_api.models.preset_designated_version_config", "PresetDesignatedVersionConfig"
    )
