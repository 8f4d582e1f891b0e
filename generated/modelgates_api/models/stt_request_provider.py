from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions
else:
    ProviderOptions = _LazyModel(globals(), "modelgates_api.models.provider_options", "ProviderOptions")


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
