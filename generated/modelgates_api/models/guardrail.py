from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_interval import GuardrailInterval, check_guardrail_interval
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

    from ..models.content_filter_builtin_entry import ContentFilterBuiltinEntry
    from ..models.content_filter_entry import ContentFilterEntry


@_attrs_define(repr=False, eq=False)
class Guardrail(_ModelBase):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'], 'content_filter_builtins':
            [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None, 'created_at':
            '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment', 'enable_free_model_publication':
            False, 'enable_free_model_training': True, 'enable_paid_model_training': True, 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name': 'Production Guardrail',
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the guardrail was created Example: 2025-08-24T10:30:00Z.
        id (str): Unique identifier for the guardrail Example: 550e8400-e29b-41d4-a716-446655440000.
        include_byok_in_budgets (bool): Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's
            limit_usd, in addition to OpenRouter credit spend. Example: False.
        name (str): Name of the guardrail Example: Production Guardrail.
        workspace_id (None | str): The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail
            predating workspaces. Workspace membership organizes the guardrail; it does not apply the guardrail to the
            workspace's traffic. A `null` value does not mean the default workspace, and does not apply the guardrail across
            every workspace. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        allowed_models (list[str] | None | Unset): Array of model canonical_slugs (immutable identifiers) Example:
            ['openai/gpt-5.2-20251211', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'google'].
        content_filter_builtins (list[ContentFilterBuiltinEntry] | None | Unset): Builtin content filters applied to
            requests. Includes PII detectors and the regex-based prompt injection detector. Example: [{'action': 'redact',
            'label': '[EMAIL]', 'slug': 'email'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters applied to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: Guardrail for production environment.
        enable_free_model_publication (bool | None | Unset): Whether this guardrail allows free endpoints that publish
            prompts. Example: False.
        enable_free_model_training (bool | None | Unset): Whether this guardrail allows free endpoints that train on
            request data. Example: True.
        enable_paid_model_training (bool | None | Unset): Whether this guardrail allows paid endpoints that train on
            request data. Example: True.
        enforce_zdr (bool | None | Unset): Deprecated. Use enforce_zdr_anthropic, enforce_zdr_openai,
            enforce_zdr_google, enforce_zdr_xai, and enforce_zdr_other instead. When provided, its value is copied into any
            of those per-provider fields that are not explicitly specified on the request. Example: False.
        enforce_zdr_anthropic (bool | None | Unset): Whether to enforce zero data retention for Anthropic models. Falls
            back to enforce_zdr when not provided. Example: False.
        enforce_zdr_google (bool | None | Unset): Whether to enforce zero data retention for Google models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_openai (bool | None | Unset): Whether to enforce zero data retention for OpenAI models. Falls back
            to enforce_zdr when not provided. Example: False.
        enforce_zdr_other (bool | None | Unset): Whether to enforce zero data retention for models that are not from
            Anthropic, OpenAI, Google, or xAI. Falls back to enforce_zdr when not provided. Example: False.
        enforce_zdr_xai (bool | None | Unset): Whether to enforce zero data retention for xAI models. Falls back to
            enforce_zdr when not provided. Example: False.
        ignored_models (list[str] | None | Unset): Array of model canonical_slugs to exclude from routing Example:
            ['openai/gpt-4o-mini-2024-07-18'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        limit_usd (float | None | Unset): Spending limit in USD Example: 100.
        updated_at (None | str | Unset): ISO 8601 timestamp of when the guardrail was last updated Example:
            2025-08-24T15:45:00Z.
    """

    created_at: str
    id: str
    include_byok_in_budgets: bool
    name: str
    workspace_id: None | str
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None | Unset = UNSET
    content_filters: list[ContentFilterEntry] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enable_free_model_publication: bool | None | Unset = UNSET
    enable_free_model_training: bool | None | Unset = UNSET
    enable_paid_model_training: bool | None | Unset = UNSET
    enforce_zdr: bool | None | Unset = UNSET
    enforce_zdr_anthropic: bool | None | Unset = UNSET
    enforce_zdr_google: bool | None | Unset = UNSET
    enforce_zdr_openai: bool | None | Unset = UNSET
    enforce_zdr_other: bool | None | Unset = UNSET
    enforce_zdr_xai: bool | None | Unset = UNSET
    ignored_models: list[str] | None | Unset = UNSET
    ignored_providers: list[str] | None | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "created_at",
        "id",
        "include_byok_in_budgets",
        "name",
        "workspace_id",
        "allowed_models",
        "allowed_providers",
        "content_filter_builtins",
        "content_filters",
        "description",
        "enable_free_model_publication",
        "enable_free_model_training",
        "enable_paid_model_training",
        "enforce_zdr",
        "enforce_zdr_anthropic",
        "enforce_zdr_google",
        "enforce_zdr_openai",
        "enforce_zdr_other",
        "enforce_zdr_xai",
        "ignored_models",
        "ignored_providers",
        "limit_usd",
        "reset_interval",
        "updated_at",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "created_at"
            created_at = d.pop("created_at")

            _at_field_ = "id"
            id = d.pop("id")

            _at_field_ = "include_byok_in_budgets"
            include_byok_in_budgets = d.pop("include_byok_in_budgets")

            _at_field_ = "name"
            name = d.pop("name")

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id")
            if not isinstance(workspace_id, (str, _NoneType)):
                workspace_id = _parse_union(
                    workspace_id,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "allowed_models"
            allowed_models = d.pop("allowed_models", UNSET)
            if not isinstance(allowed_models, (_NoneType, Unset)):

                def _allowed_models_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_models_type_0 = cast(list[str], data)

                    return allowed_models_type_0

                allowed_models = _parse_union(
                    allowed_models,
                    (("list[str]", _allowed_models_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "allowed_providers"
            allowed_providers = d.pop("allowed_providers", UNSET)
            if not isinstance(allowed_providers, (_NoneType, Unset)):

                def _allowed_providers_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_providers_type_0 = cast(list[str], data)

                    return allowed_providers_type_0

                allowed_providers = _parse_union(
                    allowed_providers,
                    (("list[str]", _allowed_providers_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "content_filter_builtins"
            content_filter_builtins = d.pop("content_filter_builtins", UNSET)
            if not isinstance(content_filter_builtins, (_NoneType, Unset)):

                def _content_filter_builtins_member_0(data: object) -> list[ContentFilterBuiltinEntry]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_filter_builtins_type_0 = []
                    _content_filter_builtins_type_0 = data
                    for (
                        _content_filter_builtins_type_0_item_data_index,
                        content_filter_builtins_type_0_item_data,
                    ) in enumerate(_as_list(_content_filter_builtins_type_0)):
                        try:
                            content_filter_builtins_type_0_item = ContentFilterBuiltinEntry.from_dict(
                                content_filter_builtins_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_filter_builtins_type_0_item_data_index)
                        content_filter_builtins_type_0.append(content_filter_builtins_type_0_item)

                    return content_filter_builtins_type_0

                content_filter_builtins = _parse_union(
                    content_filter_builtins,
                    (("list[ContentFilterBuiltinEntry]", _content_filter_builtins_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "content_filters"
            content_filters = d.pop("content_filters", UNSET)
            if not isinstance(content_filters, (_NoneType, Unset)):

                def _content_filters_member_0(data: object) -> list[ContentFilterEntry]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_filters_type_0 = []
                    _content_filters_type_0 = data
                    for _content_filters_type_0_item_data_index, content_filters_type_0_item_data in enumerate(
                        _as_list(_content_filters_type_0)
                    ):
                        try:
                            content_filters_type_0_item = ContentFilterEntry.from_dict(content_filters_type_0_item_data)

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_filters_type_0_item_data_index)
                        content_filters_type_0.append(content_filters_type_0_item)

                    return content_filters_type_0

                content_filters = _parse_union(
                    content_filters,
                    (("list[ContentFilterEntry]", _content_filters_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "description"
            description = d.pop("description", UNSET)
            if not isinstance(description, (str, _NoneType, Unset)):
                description = _parse_union(
                    description,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "enable_free_model_publication"
            enable_free_model_publication = d.pop("enable_free_model_publication", UNSET)
            if not isinstance(enable_free_model_publication, (bool, _NoneType, Unset)):
                enable_free_model_publication = _parse_union(
                    enable_free_model_publication,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enable_free_model_training"
            enable_free_model_training = d.pop("enable_free_model_training", UNSET)
            if not isinstance(enable_free_model_training, (bool, _NoneType, Unset)):
                enable_free_model_training = _parse_union(
                    enable_free_model_training,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enable_paid_model_training"
            enable_paid_model_training = d.pop("enable_paid_model_training", UNSET)
            if not isinstance(enable_paid_model_training, (bool, _NoneType, Unset)):
                enable_paid_model_training = _parse_union(
                    enable_paid_model_training,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr"
            enforce_zdr = d.pop("enforce_zdr", UNSET)
            if not isinstance(enforce_zdr, (bool, _NoneType, Unset)):
                enforce_zdr = _parse_union(
                    enforce_zdr,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr_anthropic"
            enforce_zdr_anthropic = d.pop("enforce_zdr_anthropic", UNSET)
            if not isinstance(enforce_zdr_anthropic, (bool, _NoneType, Unset)):
                enforce_zdr_anthropic = _parse_union(
                    enforce_zdr_anthropic,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr_google"
            enforce_zdr_google = d.pop("enforce_zdr_google", UNSET)
            if not isinstance(enforce_zdr_google, (bool, _NoneType, Unset)):
                enforce_zdr_google = _parse_union(
                    enforce_zdr_google,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr_openai"
            enforce_zdr_openai = d.pop("enforce_zdr_openai", UNSET)
            if not isinstance(enforce_zdr_openai, (bool, _NoneType, Unset)):
                enforce_zdr_openai = _parse_union(
                    enforce_zdr_openai,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr_other"
            enforce_zdr_other = d.pop("enforce_zdr_other", UNSET)
            if not isinstance(enforce_zdr_other, (bool, _NoneType, Unset)):
                enforce_zdr_other = _parse_union(
                    enforce_zdr_other,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "enforce_zdr_xai"
            enforce_zdr_xai = d.pop("enforce_zdr_xai", UNSET)
            if not isinstance(enforce_zdr_xai, (bool, _NoneType, Unset)):
                enforce_zdr_xai = _parse_union(
                    enforce_zdr_xai,
                    (),
                    plain=(bool, _NoneType),
                )

            _at_field_ = "ignored_models"
            ignored_models = d.pop("ignored_models", UNSET)
            if not isinstance(ignored_models, (_NoneType, Unset)):

                def _ignored_models_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    ignored_models_type_0 = cast(list[str], data)

                    return ignored_models_type_0

                ignored_models = _parse_union(
                    ignored_models,
                    (("list[str]", _ignored_models_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "ignored_providers"
            ignored_providers = d.pop("ignored_providers", UNSET)
            if not isinstance(ignored_providers, (_NoneType, Unset)):

                def _ignored_providers_member_0(data: object) -> list[str]:
                    if not isinstance(data, list):
                        raise TypeError()
                    ignored_providers_type_0 = cast(list[str], data)

                    return ignored_providers_type_0

                ignored_providers = _parse_union(
                    ignored_providers,
                    (("list[str]", _ignored_providers_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "limit_usd"
            limit_usd = d.pop("limit_usd", UNSET)
            if not isinstance(limit_usd, (float, int, _NoneType, Unset)):
                limit_usd = _parse_union(
                    limit_usd,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "reset_interval"
            reset_interval = d.pop("reset_interval", UNSET)
            if not isinstance(reset_interval, (_NoneType, Unset)):

                def _reset_interval_member_0(data: object) -> GuardrailInterval:
                    if not isinstance(data, str):
                        raise TypeError()
                    reset_interval_type_0 = check_guardrail_interval(data)

                    return reset_interval_type_0

                reset_interval = _parse_union(
                    reset_interval,
                    (("GuardrailInterval", _reset_interval_member_0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "updated_at"
            updated_at = d.pop("updated_at", UNSET)
            if not isinstance(updated_at, (str, _NoneType, Unset)):
                updated_at = _parse_union(
                    updated_at,
                    (),
                    plain=(str, _NoneType),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        guardrail = cls(
            created_at=created_at,
            id=id,
            include_byok_in_budgets=include_byok_in_budgets,
            name=name,
            workspace_id=workspace_id,
            allowed_models=allowed_models,
            allowed_providers=allowed_providers,
            content_filter_builtins=content_filter_builtins,
            content_filters=content_filters,
            description=description,
            enable_free_model_publication=enable_free_model_publication,
            enable_free_model_training=enable_free_model_training,
            enable_paid_model_training=enable_paid_model_training,
            enforce_zdr=enforce_zdr,
            enforce_zdr_anthropic=enforce_zdr_anthropic,
            enforce_zdr_google=enforce_zdr_google,
            enforce_zdr_openai=enforce_zdr_openai,
            enforce_zdr_other=enforce_zdr_other,
            enforce_zdr_xai=enforce_zdr_xai,
            ignored_models=ignored_models,
            ignored_providers=ignored_providers,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            updated_at=updated_at,
        )

        guardrail.additional_properties = d
        return guardrail


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentFilterBuiltinEntry = _LazyModel(
        globals(), "modelgates_api.models.content_filter_builtin_entry", "ContentFilterBuiltinEntry"
    )
    ContentFilterEntry = _LazyModel(globals(), "modelgates_api.models.content_filter_entry", "ContentFilterEntry")
