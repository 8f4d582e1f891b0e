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

    from ..models.content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from ..models.content_filter_entry import ContentFilterEntry


@_attrs_define(repr=False, eq=False)
class CreateGuardrailRequest(_ModelBase):
    """
    Example:
        {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins':
            [{'action': 'block', 'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'ignored_models': None, 'ignored_providers': None,
            'limit_usd': 50, 'name': 'My New Guardrail', 'reset_interval': 'monthly'}

    Attributes:
        name (str): Name for the new guardrail Example: My New Guardrail.
        allowed_models (list[str] | None | Unset): Array of model identifiers (slug or canonical_slug accepted) Example:
            ['openai/gpt-5.2', 'anthropic/claude-4.5-opus-20251124', 'deepseek/deepseek-r1-0528:free'].
        allowed_providers (list[str] | None | Unset): List of allowed provider IDs Example: ['openai', 'anthropic',
            'deepseek'].
        content_filter_builtins (list[ContentFilterBuiltinEntryInput] | None | Unset): Builtin content filters to apply.
            Every builtin slug supports "block", "redact", and the detect-only "flag" action. Example: [{'action': 'block',
            'slug': 'regex-prompt-injection'}].
        content_filters (list[ContentFilterEntry] | None | Unset): Custom regex content filters to apply to request
            messages Example: [{'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}].
        description (None | str | Unset): Description of the guardrail Example: A guardrail for limiting API usage.
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
        ignored_models (list[str] | None | Unset): Array of model identifiers to exclude from routing (slug or
            canonical_slug accepted) Example: ['openai/gpt-4o-mini'].
        ignored_providers (list[str] | None | Unset): List of provider IDs to exclude from routing Example: ['azure'].
        include_byok_in_budgets (bool | Unset): Whether BYOK (bring-your-own-key) inference spend counts toward this
            guardrail's limit_usd, in addition to OpenRouter credit spend. Defaults to false. Example: False.
        limit_usd (float | None | Unset): Spending limit in USD Example: 50.
        workspace_id (str | Unset): The workspace to create the guardrail in. When omitted, the guardrail is created in
            the default workspace; if that default has been deleted, the request returns a 400 and you must pass
            `workspace_id` explicitly. This only places the guardrail in the workspace; the created guardrail enforces
            nothing for that workspace's traffic until it is assigned to API keys or members. To restrict all traffic in a
            workspace, update the workspace's default guardrail instead. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    name: str
    allowed_models: list[str] | None | Unset = UNSET
    allowed_providers: list[str] | None | Unset = UNSET
    content_filter_builtins: list[ContentFilterBuiltinEntryInput] | None | Unset = UNSET
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
    include_byok_in_budgets: bool | Unset = UNSET
    limit_usd: float | None | Unset = UNSET
    reset_interval: GuardrailInterval | None | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "name",
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
        "include_byok_in_budgets",
        "limit_usd",
        "reset_interval",
        "workspace_id",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "name"
            name = d.pop("name")

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

                def _content_filter_builtins_member_0(data: object) -> list[ContentFilterBuiltinEntryInput]:
                    if not isinstance(data, list):
                        raise TypeError()
                    content_filter_builtins_type_0 = []
                    _content_filter_builtins_type_0 = data
                    for (
                        _content_filter_builtins_type_0_item_data_index,
                        content_filter_builtins_type_0_item_data,
                    ) in enumerate(_as_list(_content_filter_builtins_type_0)):
                        try:
                            content_filter_builtins_type_0_item = ContentFilterBuiltinEntryInput.from_dict(
                                content_filter_builtins_type_0_item_data
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _content_filter_builtins_type_0_item_data_index)
                        content_filter_builtins_type_0.append(content_filter_builtins_type_0_item)

                    return content_filter_builtins_type_0

                content_filter_builtins = _parse_union(
                    content_filter_builtins,
                    (("list[ContentFilterBuiltinEntryInput]", _content_filter_builtins_member_0),),
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

            _at_field_ = "include_byok_in_budgets"
            include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

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

            _at_field_ = "workspace_id"
            workspace_id = d.pop("workspace_id", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_guardrail_request = cls(
            name=name,
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
            include_byok_in_budgets=include_byok_in_budgets,
            limit_usd=limit_usd,
            reset_interval=reset_interval,
            workspace_id=workspace_id,
        )

        create_guardrail_request.additional_properties = d
        return create_guardrail_request


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ContentFilterBuiltinEntryInput = _LazyModel(
        globals(), "modelgates_api.models.content_filter_builtin_entry_input", "ContentFilterBuiltinEntryInput"
    )
    ContentFilterEntry = _LazyModel(globals(), "modelgates_api.models.content_filter_entry", "ContentFilterEntry")
