from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions
else:
    ProviderOptions = _LazyModel(globals(), "provider_options", "ProviderOptions")


@_attrs_define(repr=False, eq=False)
class STTRequestProvider(_ModelBase):
    """Provider-specific passthrough configuration

    Attributes:
        options (ProviderOptions | Unset): Provider-specific options keyed by provider slug. The options for the matched
            provider are spread into the upstream request body.
    """

    options: ProviderOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (("options", _model_field(ProviderOptions)),)
