from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.provider_options_01_ai import ProviderOptions01Ai
    from ..models.provider_options_ai_21 import ProviderOptionsAi21
    from ..models.provider_options_aion_labs import ProviderOptionsAionLabs
    from ..models.provider_options_akashml import ProviderOptionsAkashml
    from ..models.provider_options_alibaba import ProviderOptionsAlibaba
    from ..models.provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from ..models.provider_options_amazon_nova import ProviderOptionsAmazonNova
    from ..models.provider_options_ambient import ProviderOptionsAmbient
    from ..models.provider_options_anthropic import ProviderOptionsAnthropic
    from ..models.provider_options_anyscale import ProviderOptionsAnyscale
    from ..models.provider_options_arcee_ai import ProviderOptionsArceeAi
    from ..models.provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from ..models.provider_options_atoma import ProviderOptionsAtoma
    from ..models.provider_options_avian import ProviderOptionsAvian
    from ..models.provider_options_azure import ProviderOptionsAzure
    from ..models.provider_options_baidu import ProviderOptionsBaidu
    from ..models.provider_options_baseten import ProviderOptionsBaseten
    from ..models.provider_options_black_forest_labs import ProviderOptionsBlackForestLabs
    from ..models.provider_options_byteplus import ProviderOptionsByteplus
    from ..models.provider_options_centml import ProviderOptionsCentml
    from ..models.provider_options_cerebras import ProviderOptionsCerebras
    from ..models.provider_options_chutes import ProviderOptionsChutes
    from ..models.provider_options_cirrascale import ProviderOptionsCirrascale
    from ..models.provider_options_clarifai import ProviderOptionsClarifai
    from ..models.provider_options_cloudflare import ProviderOptionsCloudflare
    from ..models.provider_options_cohere import ProviderOptionsCohere
    from ..models.provider_options_crofai import ProviderOptionsCrofai
    from ..models.provider_options_crucible import ProviderOptionsCrucible
    from ..models.provider_options_crusoe import ProviderOptionsCrusoe
    from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra
    from ..models.provider_options_deepseek import ProviderOptionsDeepseek
    from ..models.provider_options_dekallm import ProviderOptionsDekallm
    from ..models.provider_options_enfer import ProviderOptionsEnfer
    from ..models.provider_options_fake_provider import ProviderOptionsFakeProvider
    from ..models.provider_options_featherless import ProviderOptionsFeatherless
    from ..models.provider_options_fireworks import ProviderOptionsFireworks
    from ..models.provider_options_friendli import ProviderOptionsFriendli
    from ..models.provider_options_gmicloud import ProviderOptionsGmicloud
    from ..models.provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from ..models.provider_options_google_vertex import ProviderOptionsGoogleVertex
    from ..models.provider_options_gopomelo import ProviderOptionsGopomelo
    from ..models.provider_options_groq import ProviderOptionsGroq
    from ..models.provider_options_huggingface import ProviderOptionsHuggingface
    from ..models.provider_options_hyperbolic import ProviderOptionsHyperbolic
    from ..models.provider_options_hyperbolic_quantized import ProviderOptionsHyperbolicQuantized
    from ..models.provider_options_inception import ProviderOptionsInception
    from ..models.provider_options_inceptron import ProviderOptionsInceptron
    from ..models.provider_options_inference_net import ProviderOptionsInferenceNet
    from ..models.provider_options_infermatic import ProviderOptionsInfermatic
    from ..models.provider_options_inflection import ProviderOptionsInflection
    from ..models.provider_options_inocloud import ProviderOptionsInocloud
    from ..models.provider_options_io_net import ProviderOptionsIoNet
    from ..models.provider_options_ionstream import ProviderOptionsIonstream
    from ..models.provider_options_klusterai import ProviderOptionsKlusterai
    from ..models.provider_options_lambda import ProviderOptionsLambda
    from ..models.provider_options_lepton import ProviderOptionsLepton
    from ..models.provider_options_liquid import ProviderOptionsLiquid
    from ..models.provider_options_lynn import ProviderOptionsLynn
    from ..models.provider_options_lynn_private import ProviderOptionsLynnPrivate
    from ..models.provider_options_mancer import ProviderOptionsMancer
    from ..models.provider_options_mancer_old import ProviderOptionsMancerOld
    from ..models.provider_options_mara import ProviderOptionsMara
    from ..models.provider_options_meta import ProviderOptionsMeta
    from ..models.provider_options_minimax import ProviderOptionsMinimax
    from ..models.provider_options_mistral import ProviderOptionsMistral
    from ..models.provider_options_modal import ProviderOptionsModal
    from ..models.provider_options_modelrun import ProviderOptionsModelrun
    from ..models.provider_options_modular import ProviderOptionsModular
    from ..models.provider_options_moonshotai import ProviderOptionsMoonshotai
    from ..models.provider_options_morph import ProviderOptionsMorph
    from ..models.provider_options_ncompass import ProviderOptionsNcompass
    from ..models.provider_options_nebius import ProviderOptionsNebius
    from ..models.provider_options_nex_agi import ProviderOptionsNexAgi
    from ..models.provider_options_nextbit import ProviderOptionsNextbit
    from ..models.provider_options_nineteen import ProviderOptionsNineteen
    from ..models.provider_options_novita import ProviderOptionsNovita
    from ..models.provider_options_nvidia import ProviderOptionsNvidia
    from ..models.provider_options_octoai import ProviderOptionsOctoai
    from ..models.provider_options_open_inference import ProviderOptionsOpenInference
    from ..models.provider_options_openai import ProviderOptionsOpenai
    from ..models.provider_options_parasail import ProviderOptionsParasail
    from ..models.provider_options_perceptron import ProviderOptionsPerceptron
    from ..models.provider_options_perplexity import ProviderOptionsPerplexity
    from ..models.provider_options_phala import ProviderOptionsPhala
    from ..models.provider_options_poolside import ProviderOptionsPoolside
    from ..models.provider_options_recraft import ProviderOptionsRecraft
    from ..models.provider_options_recursal import ProviderOptionsRecursal
    from ..models.provider_options_reflection import ProviderOptionsReflection
    from ..models.provider_options_reka import ProviderOptionsReka
    from ..models.provider_options_relace import ProviderOptionsRelace
    from ..models.provider_options_replicate import ProviderOptionsReplicate
    from ..models.provider_options_sambanova import ProviderOptionsSambanova
    from ..models.provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked
    from ..models.provider_options_seed import ProviderOptionsSeed
    from ..models.provider_options_sf_compute import ProviderOptionsSfCompute
    from ..models.provider_options_siliconflow import ProviderOptionsSiliconflow
    from ..models.provider_options_sourceful import ProviderOptionsSourceful
    from ..models.provider_options_stealth import ProviderOptionsStealth
    from ..models.provider_options_stepfun import ProviderOptionsStepfun
    from ..models.provider_options_streamlake import ProviderOptionsStreamlake
    from ..models.provider_options_switchpoint import ProviderOptionsSwitchpoint
    from ..models.provider_options_targon import ProviderOptionsTargon
    from ..models.provider_options_together import ProviderOptionsTogether
    from ..models.provider_options_together_lite import ProviderOptionsTogetherLite
    from ..models.provider_options_ubicloud import ProviderOptionsUbicloud
    from ..models.provider_options_upstage import ProviderOptionsUpstage
    from ..models.provider_options_venice import ProviderOptionsVenice
    from ..models.provider_options_wandb import ProviderOptionsWandb
    from ..models.provider_options_xai import ProviderOptionsXai
    from ..models.provider_options_xiaomi import ProviderOptionsXiaomi
    from ..models.provider_options_z_ai import ProviderOptionsZAi


@_attrs_define(repr=False, eq=False)
class ProviderOptions(_ModelBase):
    """Provider-specific options keyed by provider slug. The options for the matched provider are spread into the upstream
    request body.

    """

    field_01ai: ProviderOptions01Ai | Unset = UNSET
    ai21: ProviderOptionsAi21 | Unset = UNSET
    aion_labs: ProviderOptionsAionLabs | Unset = UNSET
    akashml: ProviderOptionsAkashml | Unset = UNSET
    alibaba: ProviderOptionsAlibaba | Unset = UNSET
    amazon_bedrock: ProviderOptionsAmazonBedrock | Unset = UNSET
    amazon_nova: ProviderOptionsAmazonNova | Unset = UNSET
    ambient: ProviderOptionsAmbient | Unset = UNSET
    anthropic: ProviderOptionsAnthropic | Unset = UNSET
    anyscale: ProviderOptionsAnyscale | Unset = UNSET
    arcee_ai: ProviderOptionsArceeAi | Unset = UNSET
    atlas_cloud: ProviderOptionsAtlasCloud | Unset = UNSET
    atoma: ProviderOptionsAtoma | Unset = UNSET
    avian: ProviderOptionsAvian | Unset = UNSET
    azure: ProviderOptionsAzure | Unset = UNSET
    baidu: ProviderOptionsBaidu | Unset = UNSET
    baseten: ProviderOptionsBaseten | Unset = UNSET
    black_forest_labs: ProviderOptionsBlackForestLabs | Unset = UNSET
    byteplus: ProviderOptionsByteplus | Unset = UNSET
    centml: ProviderOptionsCentml | Unset = UNSET
    cerebras: ProviderOptionsCerebras | Unset = UNSET
    chutes: ProviderOptionsChutes | Unset = UNSET
    cirrascale: ProviderOptionsCirrascale | Unset = UNSET
    clarifai: ProviderOptionsClarifai | Unset = UNSET
    cloudflare: ProviderOptionsCloudflare | Unset = UNSET
    cohere: ProviderOptionsCohere | Unset = UNSET
    crofai: ProviderOptionsCrofai | Unset = UNSET
    crucible: ProviderOptionsCrucible | Unset = UNSET
    crusoe: ProviderOptionsCrusoe | Unset = UNSET
    deepinfra: ProviderOptionsDeepinfra | Unset = UNSET
    deepseek: ProviderOptionsDeepseek | Unset = UNSET
    dekallm: ProviderOptionsDekallm | Unset = UNSET
    enfer: ProviderOptionsEnfer | Unset = UNSET
    fake_provider: ProviderOptionsFakeProvider | Unset = UNSET
    featherless: ProviderOptionsFeatherless | Unset = UNSET
    fireworks: ProviderOptionsFireworks | Unset = UNSET
    friendli: ProviderOptionsFriendli | Unset = UNSET
    gmicloud: ProviderOptionsGmicloud | Unset = UNSET
    google_ai_studio: ProviderOptionsGoogleAiStudio | Unset = UNSET
    google_vertex: ProviderOptionsGoogleVertex | Unset = UNSET
    gopomelo: ProviderOptionsGopomelo | Unset = UNSET
    groq: ProviderOptionsGroq | Unset = UNSET
    huggingface: ProviderOptionsHuggingface | Unset = UNSET
    hyperbolic: ProviderOptionsHyperbolic | Unset = UNSET
    hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset = UNSET
    inception: ProviderOptionsInception | Unset = UNSET
    inceptron: ProviderOptionsInceptron | Unset = UNSET
    inference_net: ProviderOptionsInferenceNet | Unset = UNSET
    infermatic: ProviderOptionsInfermatic | Unset = UNSET
    inflection: ProviderOptionsInflection | Unset = UNSET
    inocloud: ProviderOptionsInocloud | Unset = UNSET
    io_net: ProviderOptionsIoNet | Unset = UNSET
    ionstream: ProviderOptionsIonstream | Unset = UNSET
    klusterai: ProviderOptionsKlusterai | Unset = UNSET
    lambda_: ProviderOptionsLambda | Unset = UNSET
    lepton: ProviderOptionsLepton | Unset = UNSET
    liquid: ProviderOptionsLiquid | Unset = UNSET
    lynn: ProviderOptionsLynn | Unset = UNSET
    lynn_private: ProviderOptionsLynnPrivate | Unset = UNSET
    mancer: ProviderOptionsMancer | Unset = UNSET
    mancer_old: ProviderOptionsMancerOld | Unset = UNSET
    mara: ProviderOptionsMara | Unset = UNSET
    meta: ProviderOptionsMeta | Unset = UNSET
    minimax: ProviderOptionsMinimax | Unset = UNSET
    mistral: ProviderOptionsMistral | Unset = UNSET
    modal: ProviderOptionsModal | Unset = UNSET
    modelrun: ProviderOptionsModelrun | Unset = UNSET
    modular: ProviderOptionsModular | Unset = UNSET
    moonshotai: ProviderOptionsMoonshotai | Unset = UNSET
    morph: ProviderOptionsMorph | Unset = UNSET
    ncompass: ProviderOptionsNcompass | Unset = UNSET
    nebius: ProviderOptionsNebius | Unset = UNSET
    nex_agi: ProviderOptionsNexAgi | Unset = UNSET
    nextbit: ProviderOptionsNextbit | Unset = UNSET
    nineteen: ProviderOptionsNineteen | Unset = UNSET
    novita: ProviderOptionsNovita | Unset = UNSET
    nvidia: ProviderOptionsNvidia | Unset = UNSET
    octoai: ProviderOptionsOctoai | Unset = UNSET
    open_inference: ProviderOptionsOpenInference | Unset = UNSET
    openai: ProviderOptionsOpenai | Unset = UNSET
    parasail: ProviderOptionsParasail | Unset = UNSET
    perceptron: ProviderOptionsPerceptron | Unset = UNSET
    perplexity: ProviderOptionsPerplexity | Unset = UNSET
    phala: ProviderOptionsPhala | Unset = UNSET
    poolside: ProviderOptionsPoolside | Unset = UNSET
    recraft: ProviderOptionsRecraft | Unset = UNSET
    recursal: ProviderOptionsRecursal | Unset = UNSET
    reflection: ProviderOptionsReflection | Unset = UNSET
    reka: ProviderOptionsReka | Unset = UNSET
    relace: ProviderOptionsRelace | Unset = UNSET
    replicate: ProviderOptionsReplicate | Unset = UNSET
    sambanova: ProviderOptionsSambanova | Unset = UNSET
    sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset = UNSET
    seed: ProviderOptionsSeed | Unset = UNSET
    sf_compute: ProviderOptionsSfCompute | Unset = UNSET
    siliconflow: ProviderOptionsSiliconflow | Unset = UNSET
    sourceful: ProviderOptionsSourceful | Unset = UNSET
    stealth: ProviderOptionsStealth | Unset = UNSET
    stepfun: ProviderOptionsStepfun | Unset = UNSET
    streamlake: ProviderOptionsStreamlake | Unset = UNSET
    switchpoint: ProviderOptionsSwitchpoint | Unset = UNSET
    targon: ProviderOptionsTargon | Unset = UNSET
    together: ProviderOptionsTogether | Unset = UNSET
    together_lite: ProviderOptionsTogetherLite | Unset = UNSET
    ubicloud: ProviderOptionsUbicloud | Unset = UNSET
    upstage: ProviderOptionsUpstage | Unset = UNSET
    venice: ProviderOptionsVenice | Unset = UNSET
    wandb: ProviderOptionsWandb | Unset = UNSET
    xai: ProviderOptionsXai | Unset = UNSET
    xiaomi: ProviderOptionsXiaomi | Unset = UNSET
    z_ai: ProviderOptionsZAi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        ("field_01ai", "01ai"),
        "ai21",
        ("aion_labs", "aion-labs"),
        "akashml",
        "alibaba",
        ("amazon_bedrock", "amazon-bedrock"),
        ("amazon_nova", "amazon-nova"),
        "ambient",
        "anthropic",
        "anyscale",
        ("arcee_ai", "arcee-ai"),
        ("atlas_cloud", "atlas-cloud"),
        "atoma",
        "avian",
        "azure",
        "baidu",
        "baseten",
        ("black_forest_labs", "black-forest-labs"),
        "byteplus",
        "centml",
        "cerebras",
        "chutes",
        "cirrascale",
        "clarifai",
        "cloudflare",
        "cohere",
        "crofai",
        "crucible",
        "crusoe",
        "deepinfra",
        "deepseek",
        "dekallm",
        "enfer",
        ("fake_provider", "fake-provider"),
        "featherless",
        "fireworks",
        "friendli",
        "gmicloud",
        ("google_ai_studio", "google-ai-studio"),
        ("google_vertex", "google-vertex"),
        "gopomelo",
        "groq",
        "huggingface",
        "hyperbolic",
        ("hyperbolic_quantized", "hyperbolic-quantized"),
        "inception",
        "inceptron",
        ("inference_net", "inference-net"),
        "infermatic",
        "inflection",
        "inocloud",
        ("io_net", "io-net"),
        "ionstream",
        "klusterai",
        ("lambda_", "lambda"),
        "lepton",
        "liquid",
        "lynn",
        ("lynn_private", "lynn-private"),
        "mancer",
        ("mancer_old", "mancer-old"),
        "mara",
        "meta",
        "minimax",
        "mistral",
        "modal",
        "modelrun",
        "modular",
        "moonshotai",
        "morph",
        "ncompass",
        "nebius",
        ("nex_agi", "nex-agi"),
        "nextbit",
        "nineteen",
        "novita",
        "nvidia",
        "octoai",
        ("open_inference", "open-inference"),
        "openai",
        "parasail",
        "perceptron",
        "perplexity",
        "phala",
        "poolside",
        "recraft",
        "recursal",
        "reflection",
        "reka",
        "relace",
        "replicate",
        "sambanova",
        ("sambanova_cloaked", "sambanova-cloaked"),
        "seed",
        ("sf_compute", "sf-compute"),
        "siliconflow",
        "sourceful",
        "stealth",
        "stepfun",
        "streamlake",
        "switchpoint",
        "targon",
        "together",
        ("together_lite", "together-lite"),
        "ubicloud",
        "upstage",
        "venice",
        "wandb",
        "xai",
        "xiaomi",
        ("z_ai", "z-ai"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "01ai"
            _field_01ai = d.pop("01ai", UNSET)
            field_01ai: ProviderOptions01Ai | Unset
            if isinstance(_field_01ai, Unset):
                field_01ai = UNSET
            else:
                field_01ai = ProviderOptions01Ai.from_dict(_field_01ai)

            _at_field_ = "ai21"
            _ai21 = d.pop("ai21", UNSET)
            ai21: ProviderOptionsAi21 | Unset
            if isinstance(_ai21, Unset):
                ai21 = UNSET
            else:
                ai21 = ProviderOptionsAi21.from_dict(_ai21)

            _at_field_ = "aion-labs"
            _aion_labs = d.pop("aion-labs", UNSET)
            aion_labs: ProviderOptionsAionLabs | Unset
            if isinstance(_aion_labs, Unset):
                aion_labs = UNSET
            else:
                aion_labs = ProviderOptionsAionLabs.from_dict(_aion_labs)

            _at_field_ = "akashml"
            _akashml = d.pop("akashml", UNSET)
            akashml: ProviderOptionsAkashml | Unset
            if isinstance(_akashml, Unset):
                akashml = UNSET
            else:
                akashml = ProviderOptionsAkashml.from_dict(_akashml)

            _at_field_ = "alibaba"
            _alibaba = d.pop("alibaba", UNSET)
            alibaba: ProviderOptionsAlibaba | Unset
            if isinstance(_alibaba, Unset):
                alibaba = UNSET
            else:
                alibaba = ProviderOptionsAlibaba.from_dict(_alibaba)

            _at_field_ = "amazon-bedrock"
            _amazon_bedrock = d.pop("amazon-bedrock", UNSET)
            amazon_bedrock: ProviderOptionsAmazonBedrock | Unset
            if isinstance(_amazon_bedrock, Unset):
                amazon_bedrock = UNSET
            else:
                amazon_bedrock = ProviderOptionsAmazonBedrock.from_dict(_amazon_bedrock)

            _at_field_ = "amazon-nova"
            _amazon_nova = d.pop("amazon-nova", UNSET)
            amazon_nova: ProviderOptionsAmazonNova | Unset
            if isinstance(_amazon_nova, Unset):
                amazon_nova = UNSET
            else:
                amazon_nova = ProviderOptionsAmazonNova.from_dict(_amazon_nova)

            _at_field_ = "ambient"
            _ambient = d.pop("ambient", UNSET)
            ambient: ProviderOptionsAmbient | Unset
            if isinstance(_ambient, Unset):
                ambient = UNSET
            else:
                ambient = ProviderOptionsAmbient.from_dict(_ambient)

            _at_field_ = "anthropic"
            _anthropic = d.pop("anthropic", UNSET)
            anthropic: ProviderOptionsAnthropic | Unset
            if isinstance(_anthropic, Unset):
                anthropic = UNSET
            else:
                anthropic = ProviderOptionsAnthropic.from_dict(_anthropic)

            _at_field_ = "anyscale"
            _anyscale = d.pop("anyscale", UNSET)
            anyscale: ProviderOptionsAnyscale | Unset
            if isinstance(_anyscale, Unset):
                anyscale = UNSET
            else:
                anyscale = ProviderOptionsAnyscale.from_dict(_anyscale)

            _at_field_ = "arcee-ai"
            _arcee_ai = d.pop("arcee-ai", UNSET)
            arcee_ai: ProviderOptionsArceeAi | Unset
            if isinstance(_arcee_ai, Unset):
                arcee_ai = UNSET
            else:
                arcee_ai = ProviderOptionsArceeAi.from_dict(_arcee_ai)

            _at_field_ = "atlas-cloud"
            _atlas_cloud = d.pop("atlas-cloud", UNSET)
            atlas_cloud: ProviderOptionsAtlasCloud | Unset
            if isinstance(_atlas_cloud, Unset):
                atlas_cloud = UNSET
            else:
                atlas_cloud = ProviderOptionsAtlasCloud.from_dict(_atlas_cloud)

            _at_field_ = "atoma"
            _atoma = d.pop("atoma", UNSET)
            atoma: ProviderOptionsAtoma | Unset
            if isinstance(_atoma, Unset):
                atoma = UNSET
            else:
                atoma = ProviderOptionsAtoma.from_dict(_atoma)

            _at_field_ = "avian"
            _avian = d.pop("avian", UNSET)
            avian: ProviderOptionsAvian | Unset
            if isinstance(_avian, Unset):
                avian = UNSET
            else:
                avian = ProviderOptionsAvian.from_dict(_avian)

            _at_field_ = "azure"
            _azure = d.pop("azure", UNSET)
            azure: ProviderOptionsAzure | Unset
            if isinstance(_azure, Unset):
                azure = UNSET
            else:
                azure = ProviderOptionsAzure.from_dict(_azure)

            _at_field_ = "baidu"
            _baidu = d.pop("baidu", UNSET)
            baidu: ProviderOptionsBaidu | Unset
            if isinstance(_baidu, Unset):
                baidu = UNSET
            else:
                baidu = ProviderOptionsBaidu.from_dict(_baidu)

            _at_field_ = "baseten"
            _baseten = d.pop("baseten", UNSET)
            baseten: ProviderOptionsBaseten | Unset
            if isinstance(_baseten, Unset):
                baseten = UNSET
            else:
                baseten = ProviderOptionsBaseten.from_dict(_baseten)

            _at_field_ = "black-forest-labs"
            _black_forest_labs = d.pop("black-forest-labs", UNSET)
            black_forest_labs: ProviderOptionsBlackForestLabs | Unset
            if isinstance(_black_forest_labs, Unset):
                black_forest_labs = UNSET
            else:
                black_forest_labs = ProviderOptionsBlackForestLabs.from_dict(_black_forest_labs)

            _at_field_ = "byteplus"
            _byteplus = d.pop("byteplus", UNSET)
            byteplus: ProviderOptionsByteplus | Unset
            if isinstance(_byteplus, Unset):
                byteplus = UNSET
            else:
                byteplus = ProviderOptionsByteplus.from_dict(_byteplus)

            _at_field_ = "centml"
            _centml = d.pop("centml", UNSET)
            centml: ProviderOptionsCentml | Unset
            if isinstance(_centml, Unset):
                centml = UNSET
            else:
                centml = ProviderOptionsCentml.from_dict(_centml)

            _at_field_ = "cerebras"
            _cerebras = d.pop("cerebras", UNSET)
            cerebras: ProviderOptionsCerebras | Unset
            if isinstance(_cerebras, Unset):
                cerebras = UNSET
            else:
                cerebras = ProviderOptionsCerebras.from_dict(_cerebras)

            _at_field_ = "chutes"
            _chutes = d.pop("chutes", UNSET)
            chutes: ProviderOptionsChutes | Unset
            if isinstance(_chutes, Unset):
                chutes = UNSET
            else:
                chutes = ProviderOptionsChutes.from_dict(_chutes)

            _at_field_ = "cirrascale"
            _cirrascale = d.pop("cirrascale", UNSET)
            cirrascale: ProviderOptionsCirrascale | Unset
            if isinstance(_cirrascale, Unset):
                cirrascale = UNSET
            else:
                cirrascale = ProviderOptionsCirrascale.from_dict(_cirrascale)

            _at_field_ = "clarifai"
            _clarifai = d.pop("clarifai", UNSET)
            clarifai: ProviderOptionsClarifai | Unset
            if isinstance(_clarifai, Unset):
                clarifai = UNSET
            else:
                clarifai = ProviderOptionsClarifai.from_dict(_clarifai)

            _at_field_ = "cloudflare"
            _cloudflare = d.pop("cloudflare", UNSET)
            cloudflare: ProviderOptionsCloudflare | Unset
            if isinstance(_cloudflare, Unset):
                cloudflare = UNSET
            else:
                cloudflare = ProviderOptionsCloudflare.from_dict(_cloudflare)

            _at_field_ = "cohere"
            _cohere = d.pop("cohere", UNSET)
            cohere: ProviderOptionsCohere | Unset
            if isinstance(_cohere, Unset):
                cohere = UNSET
            else:
                cohere = ProviderOptionsCohere.from_dict(_cohere)

            _at_field_ = "crofai"
            _crofai = d.pop("crofai", UNSET)
            crofai: ProviderOptionsCrofai | Unset
            if isinstance(_crofai, Unset):
                crofai = UNSET
            else:
                crofai = ProviderOptionsCrofai.from_dict(_crofai)

            _at_field_ = "crucible"
            _crucible = d.pop("crucible", UNSET)
            crucible: ProviderOptionsCrucible | Unset
            if isinstance(_crucible, Unset):
                crucible = UNSET
            else:
                crucible = ProviderOptionsCrucible.from_dict(_crucible)

            _at_field_ = "crusoe"
            _crusoe = d.pop("crusoe", UNSET)
            crusoe: ProviderOptionsCrusoe | Unset
            if isinstance(_crusoe, Unset):
                crusoe = UNSET
            else:
                crusoe = ProviderOptionsCrusoe.from_dict(_crusoe)

            _at_field_ = "deepinfra"
            _deepinfra = d.pop("deepinfra", UNSET)
            deepinfra: ProviderOptionsDeepinfra | Unset
            if isinstance(_deepinfra, Unset):
                deepinfra = UNSET
            else:
                deepinfra = ProviderOptionsDeepinfra.from_dict(_deepinfra)

            _at_field_ = "deepseek"
            _deepseek = d.pop("deepseek", UNSET)
            deepseek: ProviderOptionsDeepseek | Unset
            if isinstance(_deepseek, Unset):
                deepseek = UNSET
            else:
                deepseek = ProviderOptionsDeepseek.from_dict(_deepseek)

            _at_field_ = "dekallm"
            _dekallm = d.pop("dekallm", UNSET)
            dekallm: ProviderOptionsDekallm | Unset
            if isinstance(_dekallm, Unset):
                dekallm = UNSET
            else:
                dekallm = ProviderOptionsDekallm.from_dict(_dekallm)

            _at_field_ = "enfer"
            _enfer = d.pop("enfer", UNSET)
            enfer: ProviderOptionsEnfer | Unset
            if isinstance(_enfer, Unset):
                enfer = UNSET
            else:
                enfer = ProviderOptionsEnfer.from_dict(_enfer)

            _at_field_ = "fake-provider"
            _fake_provider = d.pop("fake-provider", UNSET)
            fake_provider: ProviderOptionsFakeProvider | Unset
            if isinstance(_fake_provider, Unset):
                fake_provider = UNSET
            else:
                fake_provider = ProviderOptionsFakeProvider.from_dict(_fake_provider)

            _at_field_ = "featherless"
            _featherless = d.pop("featherless", UNSET)
            featherless: ProviderOptionsFeatherless | Unset
            if isinstance(_featherless, Unset):
                featherless = UNSET
            else:
                featherless = ProviderOptionsFeatherless.from_dict(_featherless)

            _at_field_ = "fireworks"
            _fireworks = d.pop("fireworks", UNSET)
            fireworks: ProviderOptionsFireworks | Unset
            if isinstance(_fireworks, Unset):
                fireworks = UNSET
            else:
                fireworks = ProviderOptionsFireworks.from_dict(_fireworks)

            _at_field_ = "friendli"
            _friendli = d.pop("friendli", UNSET)
            friendli: ProviderOptionsFriendli | Unset
            if isinstance(_friendli, Unset):
                friendli = UNSET
            else:
                friendli = ProviderOptionsFriendli.from_dict(_friendli)

            _at_field_ = "gmicloud"
            _gmicloud = d.pop("gmicloud", UNSET)
            gmicloud: ProviderOptionsGmicloud | Unset
            if isinstance(_gmicloud, Unset):
                gmicloud = UNSET
            else:
                gmicloud = ProviderOptionsGmicloud.from_dict(_gmicloud)

            _at_field_ = "google-ai-studio"
            _google_ai_studio = d.pop("google-ai-studio", UNSET)
            google_ai_studio: ProviderOptionsGoogleAiStudio | Unset
            if isinstance(_google_ai_studio, Unset):
                google_ai_studio = UNSET
            else:
                google_ai_studio = ProviderOptionsGoogleAiStudio.from_dict(_google_ai_studio)

            _at_field_ = "google-vertex"
            _google_vertex = d.pop("google-vertex", UNSET)
            google_vertex: ProviderOptionsGoogleVertex | Unset
            if isinstance(_google_vertex, Unset):
                google_vertex = UNSET
            else:
                google_vertex = ProviderOptionsGoogleVertex.from_dict(_google_vertex)

            _at_field_ = "gopomelo"
            _gopomelo = d.pop("gopomelo", UNSET)
            gopomelo: ProviderOptionsGopomelo | Unset
            if isinstance(_gopomelo, Unset):
                gopomelo = UNSET
            else:
                gopomelo = ProviderOptionsGopomelo.from_dict(_gopomelo)

            _at_field_ = "groq"
            _groq = d.pop("groq", UNSET)
            groq: ProviderOptionsGroq | Unset
            if isinstance(_groq, Unset):
                groq = UNSET
            else:
                groq = ProviderOptionsGroq.from_dict(_groq)

            _at_field_ = "huggingface"
            _huggingface = d.pop("huggingface", UNSET)
            huggingface: ProviderOptionsHuggingface | Unset
            if isinstance(_huggingface, Unset):
                huggingface = UNSET
            else:
                huggingface = ProviderOptionsHuggingface.from_dict(_huggingface)

            _at_field_ = "hyperbolic"
            _hyperbolic = d.pop("hyperbolic", UNSET)
            hyperbolic: ProviderOptionsHyperbolic | Unset
            if isinstance(_hyperbolic, Unset):
                hyperbolic = UNSET
            else:
                hyperbolic = ProviderOptionsHyperbolic.from_dict(_hyperbolic)

            _at_field_ = "hyperbolic-quantized"
            _hyperbolic_quantized = d.pop("hyperbolic-quantized", UNSET)
            hyperbolic_quantized: ProviderOptionsHyperbolicQuantized | Unset
            if isinstance(_hyperbolic_quantized, Unset):
                hyperbolic_quantized = UNSET
            else:
                hyperbolic_quantized = ProviderOptionsHyperbolicQuantized.from_dict(_hyperbolic_quantized)

            _at_field_ = "inception"
            _inception = d.pop("inception", UNSET)
            inception: ProviderOptionsInception | Unset
            if isinstance(_inception, Unset):
                inception = UNSET
            else:
                inception = ProviderOptionsInception.from_dict(_inception)

            _at_field_ = "inceptron"
            _inceptron = d.pop("inceptron", UNSET)
            inceptron: ProviderOptionsInceptron | Unset
            if isinstance(_inceptron, Unset):
                inceptron = UNSET
            else:
                inceptron = ProviderOptionsInceptron.from_dict(_inceptron)

            _at_field_ = "inference-net"
            _inference_net = d.pop("inference-net", UNSET)
            inference_net: ProviderOptionsInferenceNet | Unset
            if isinstance(_inference_net, Unset):
                inference_net = UNSET
            else:
                inference_net = ProviderOptionsInferenceNet.from_dict(_inference_net)

            _at_field_ = "infermatic"
            _infermatic = d.pop("infermatic", UNSET)
            infermatic: ProviderOptionsInfermatic | Unset
            if isinstance(_infermatic, Unset):
                infermatic = UNSET
            else:
                infermatic = ProviderOptionsInfermatic.from_dict(_infermatic)

            _at_field_ = "inflection"
            _inflection = d.pop("inflection", UNSET)
            inflection: ProviderOptionsInflection | Unset
            if isinstance(_inflection, Unset):
                inflection = UNSET
            else:
                inflection = ProviderOptionsInflection.from_dict(_inflection)

            _at_field_ = "inocloud"
            _inocloud = d.pop("inocloud", UNSET)
            inocloud: ProviderOptionsInocloud | Unset
            if isinstance(_inocloud, Unset):
                inocloud = UNSET
            else:
                inocloud = ProviderOptionsInocloud.from_dict(_inocloud)

            _at_field_ = "io-net"
            _io_net = d.pop("io-net", UNSET)
            io_net: ProviderOptionsIoNet | Unset
            if isinstance(_io_net, Unset):
                io_net = UNSET
            else:
                io_net = ProviderOptionsIoNet.from_dict(_io_net)

            _at_field_ = "ionstream"
            _ionstream = d.pop("ionstream", UNSET)
            ionstream: ProviderOptionsIonstream | Unset
            if isinstance(_ionstream, Unset):
                ionstream = UNSET
            else:
                ionstream = ProviderOptionsIonstream.from_dict(_ionstream)

            _at_field_ = "klusterai"
            _klusterai = d.pop("klusterai", UNSET)
            klusterai: ProviderOptionsKlusterai | Unset
            if isinstance(_klusterai, Unset):
                klusterai = UNSET
            else:
                klusterai = ProviderOptionsKlusterai.from_dict(_klusterai)

            _at_field_ = "lambda"
            _lambda_ = d.pop("lambda", UNSET)
            lambda_: ProviderOptionsLambda | Unset
            if isinstance(_lambda_, Unset):
                lambda_ = UNSET
            else:
                lambda_ = ProviderOptionsLambda.from_dict(_lambda_)

            _at_field_ = "lepton"
            _lepton = d.pop("lepton", UNSET)
            lepton: ProviderOptionsLepton | Unset
            if isinstance(_lepton, Unset):
                lepton = UNSET
            else:
                lepton = ProviderOptionsLepton.from_dict(_lepton)

            _at_field_ = "liquid"
            _liquid = d.pop("liquid", UNSET)
            liquid: ProviderOptionsLiquid | Unset
            if isinstance(_liquid, Unset):
                liquid = UNSET
            else:
                liquid = ProviderOptionsLiquid.from_dict(_liquid)

            _at_field_ = "lynn"
            _lynn = d.pop("lynn", UNSET)
            lynn: ProviderOptionsLynn | Unset
            if isinstance(_lynn, Unset):
                lynn = UNSET
            else:
                lynn = ProviderOptionsLynn.from_dict(_lynn)

            _at_field_ = "lynn-private"
            _lynn_private = d.pop("lynn-private", UNSET)
            lynn_private: ProviderOptionsLynnPrivate | Unset
            if isinstance(_lynn_private, Unset):
                lynn_private = UNSET
            else:
                lynn_private = ProviderOptionsLynnPrivate.from_dict(_lynn_private)

            _at_field_ = "mancer"
            _mancer = d.pop("mancer", UNSET)
            mancer: ProviderOptionsMancer | Unset
            if isinstance(_mancer, Unset):
                mancer = UNSET
            else:
                mancer = ProviderOptionsMancer.from_dict(_mancer)

            _at_field_ = "mancer-old"
            _mancer_old = d.pop("mancer-old", UNSET)
            mancer_old: ProviderOptionsMancerOld | Unset
            if isinstance(_mancer_old, Unset):
                mancer_old = UNSET
            else:
                mancer_old = ProviderOptionsMancerOld.from_dict(_mancer_old)

            _at_field_ = "mara"
            _mara = d.pop("mara", UNSET)
            mara: ProviderOptionsMara | Unset
            if isinstance(_mara, Unset):
                mara = UNSET
            else:
                mara = ProviderOptionsMara.from_dict(_mara)

            _at_field_ = "meta"
            _meta = d.pop("meta", UNSET)
            meta: ProviderOptionsMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ProviderOptionsMeta.from_dict(_meta)

            _at_field_ = "minimax"
            _minimax = d.pop("minimax", UNSET)
            minimax: ProviderOptionsMinimax | Unset
            if isinstance(_minimax, Unset):
                minimax = UNSET
            else:
                minimax = ProviderOptionsMinimax.from_dict(_minimax)

            _at_field_ = "mistral"
            _mistral = d.pop("mistral", UNSET)
            mistral: ProviderOptionsMistral | Unset
            if isinstance(_mistral, Unset):
                mistral = UNSET
            else:
                mistral = ProviderOptionsMistral.from_dict(_mistral)

            _at_field_ = "modal"
            _modal = d.pop("modal", UNSET)
            modal: ProviderOptionsModal | Unset
            if isinstance(_modal, Unset):
                modal = UNSET
            else:
                modal = ProviderOptionsModal.from_dict(_modal)

            _at_field_ = "modelrun"
            _modelrun = d.pop("modelrun", UNSET)
            modelrun: ProviderOptionsModelrun | Unset
            if isinstance(_modelrun, Unset):
                modelrun = UNSET
            else:
                modelrun = ProviderOptionsModelrun.from_dict(_modelrun)

            _at_field_ = "modular"
            _modular = d.pop("modular", UNSET)
            modular: ProviderOptionsModular | Unset
            if isinstance(_modular, Unset):
                modular = UNSET
            else:
                modular = ProviderOptionsModular.from_dict(_modular)

            _at_field_ = "moonshotai"
            _moonshotai = d.pop("moonshotai", UNSET)
            moonshotai: ProviderOptionsMoonshotai | Unset
            if isinstance(_moonshotai, Unset):
                moonshotai = UNSET
            else:
                moonshotai = ProviderOptionsMoonshotai.from_dict(_moonshotai)

            _at_field_ = "morph"
            _morph = d.pop("morph", UNSET)
            morph: ProviderOptionsMorph | Unset
            if isinstance(_morph, Unset):
                morph = UNSET
            else:
                morph = ProviderOptionsMorph.from_dict(_morph)

            _at_field_ = "ncompass"
            _ncompass = d.pop("ncompass", UNSET)
            ncompass: ProviderOptionsNcompass | Unset
            if isinstance(_ncompass, Unset):
                ncompass = UNSET
            else:
                ncompass = ProviderOptionsNcompass.from_dict(_ncompass)

            _at_field_ = "nebius"
            _nebius = d.pop("nebius", UNSET)
            nebius: ProviderOptionsNebius | Unset
            if isinstance(_nebius, Unset):
                nebius = UNSET
            else:
                nebius = ProviderOptionsNebius.from_dict(_nebius)

            _at_field_ = "nex-agi"
            _nex_agi = d.pop("nex-agi", UNSET)
            nex_agi: ProviderOptionsNexAgi | Unset
            if isinstance(_nex_agi, Unset):
                nex_agi = UNSET
            else:
                nex_agi = ProviderOptionsNexAgi.from_dict(_nex_agi)

            _at_field_ = "nextbit"
            _nextbit = d.pop("nextbit", UNSET)
            nextbit: ProviderOptionsNextbit | Unset
            if isinstance(_nextbit, Unset):
                nextbit = UNSET
            else:
                nextbit = ProviderOptionsNextbit.from_dict(_nextbit)

            _at_field_ = "nineteen"
            _nineteen = d.pop("nineteen", UNSET)
            nineteen: ProviderOptionsNineteen | Unset
            if isinstance(_nineteen, Unset):
                nineteen = UNSET
            else:
                nineteen = ProviderOptionsNineteen.from_dict(_nineteen)

            _at_field_ = "novita"
            _novita = d.pop("novita", UNSET)
            novita: ProviderOptionsNovita | Unset
            if isinstance(_novita, Unset):
                novita = UNSET
            else:
                novita = ProviderOptionsNovita.from_dict(_novita)

            _at_field_ = "nvidia"
            _nvidia = d.pop("nvidia", UNSET)
            nvidia: ProviderOptionsNvidia | Unset
            if isinstance(_nvidia, Unset):
                nvidia = UNSET
            else:
                nvidia = ProviderOptionsNvidia.from_dict(_nvidia)

            _at_field_ = "octoai"
            _octoai = d.pop("octoai", UNSET)
            octoai: ProviderOptionsOctoai | Unset
            if isinstance(_octoai, Unset):
                octoai = UNSET
            else:
                octoai = ProviderOptionsOctoai.from_dict(_octoai)

            _at_field_ = "open-inference"
            _open_inference = d.pop("open-inference", UNSET)
            open_inference: ProviderOptionsOpenInference | Unset
            if isinstance(_open_inference, Unset):
                open_inference = UNSET
            else:
                open_inference = ProviderOptionsOpenInference.from_dict(_open_inference)

            _at_field_ = "openai"
            _openai = d.pop("openai", UNSET)
            openai: ProviderOptionsOpenai | Unset
            if isinstance(_openai, Unset):
                openai = UNSET
            else:
                openai = ProviderOptionsOpenai.from_dict(_openai)

            _at_field_ = "parasail"
            _parasail = d.pop("parasail", UNSET)
            parasail: ProviderOptionsParasail | Unset
            if isinstance(_parasail, Unset):
                parasail = UNSET
            else:
                parasail = ProviderOptionsParasail.from_dict(_parasail)

            _at_field_ = "perceptron"
            _perceptron = d.pop("perceptron", UNSET)
            perceptron: ProviderOptionsPerceptron | Unset
            if isinstance(_perceptron, Unset):
                perceptron = UNSET
            else:
                perceptron = ProviderOptionsPerceptron.from_dict(_perceptron)

            _at_field_ = "perplexity"
            _perplexity = d.pop("perplexity", UNSET)
            perplexity: ProviderOptionsPerplexity | Unset
            if isinstance(_perplexity, Unset):
                perplexity = UNSET
            else:
                perplexity = ProviderOptionsPerplexity.from_dict(_perplexity)

            _at_field_ = "phala"
            _phala = d.pop("phala", UNSET)
            phala: ProviderOptionsPhala | Unset
            if isinstance(_phala, Unset):
                phala = UNSET
            else:
                phala = ProviderOptionsPhala.from_dict(_phala)

            _at_field_ = "poolside"
            _poolside = d.pop("poolside", UNSET)
            poolside: ProviderOptionsPoolside | Unset
            if isinstance(_poolside, Unset):
                poolside = UNSET
            else:
                poolside = ProviderOptionsPoolside.from_dict(_poolside)

            _at_field_ = "recraft"
            _recraft = d.pop("recraft", UNSET)
            recraft: ProviderOptionsRecraft | Unset
            if isinstance(_recraft, Unset):
                recraft = UNSET
            else:
                recraft = ProviderOptionsRecraft.from_dict(_recraft)

            _at_field_ = "recursal"
            _recursal = d.pop("recursal", UNSET)
            recursal: ProviderOptionsRecursal | Unset
            if isinstance(_recursal, Unset):
                recursal = UNSET
            else:
                recursal = ProviderOptionsRecursal.from_dict(_recursal)

            _at_field_ = "reflection"
            _reflection = d.pop("reflection", UNSET)
            reflection: ProviderOptionsReflection | Unset
            if isinstance(_reflection, Unset):
                reflection = UNSET
            else:
                reflection = ProviderOptionsReflection.from_dict(_reflection)

            _at_field_ = "reka"
            _reka = d.pop("reka", UNSET)
            reka: ProviderOptionsReka | Unset
            if isinstance(_reka, Unset):
                reka = UNSET
            else:
                reka = ProviderOptionsReka.from_dict(_reka)

            _at_field_ = "relace"
            _relace = d.pop("relace", UNSET)
            relace: ProviderOptionsRelace | Unset
            if isinstance(_relace, Unset):
                relace = UNSET
            else:
                relace = ProviderOptionsRelace.from_dict(_relace)

            _at_field_ = "replicate"
            _replicate = d.pop("replicate", UNSET)
            replicate: ProviderOptionsReplicate | Unset
            if isinstance(_replicate, Unset):
                replicate = UNSET
            else:
                replicate = ProviderOptionsReplicate.from_dict(_replicate)

            _at_field_ = "sambanova"
            _sambanova = d.pop("sambanova", UNSET)
            sambanova: ProviderOptionsSambanova | Unset
            if isinstance(_sambanova, Unset):
                sambanova = UNSET
            else:
                sambanova = ProviderOptionsSambanova.from_dict(_sambanova)

            _at_field_ = "sambanova-cloaked"
            _sambanova_cloaked = d.pop("sambanova-cloaked", UNSET)
            sambanova_cloaked: ProviderOptionsSambanovaCloaked | Unset
            if isinstance(_sambanova_cloaked, Unset):
                sambanova_cloaked = UNSET
            else:
                sambanova_cloaked = ProviderOptionsSambanovaCloaked.from_dict(_sambanova_cloaked)

            _at_field_ = "seed"
            _seed = d.pop("seed", UNSET)
            seed: ProviderOptionsSeed | Unset
            if isinstance(_seed, Unset):
                seed = UNSET
            else:
                seed = ProviderOptionsSeed.from_dict(_seed)

            _at_field_ = "sf-compute"
            _sf_compute = d.pop("sf-compute", UNSET)
            sf_compute: ProviderOptionsSfCompute | Unset
            if isinstance(_sf_compute, Unset):
                sf_compute = UNSET
            else:
                sf_compute = ProviderOptionsSfCompute.from_dict(_sf_compute)

            _at_field_ = "siliconflow"
            _siliconflow = d.pop("siliconflow", UNSET)
            siliconflow: ProviderOptionsSiliconflow | Unset
            if isinstance(_siliconflow, Unset):
                siliconflow = UNSET
            else:
                siliconflow = ProviderOptionsSiliconflow.from_dict(_siliconflow)

            _at_field_ = "sourceful"
            _sourceful = d.pop("sourceful", UNSET)
            sourceful: ProviderOptionsSourceful | Unset
            if isinstance(_sourceful, Unset):
                sourceful = UNSET
            else:
                sourceful = ProviderOptionsSourceful.from_dict(_sourceful)

            _at_field_ = "stealth"
            _stealth = d.pop("stealth", UNSET)
            stealth: ProviderOptionsStealth | Unset
            if isinstance(_stealth, Unset):
                stealth = UNSET
            else:
                stealth = ProviderOptionsStealth.from_dict(_stealth)

            _at_field_ = "stepfun"
            _stepfun = d.pop("stepfun", UNSET)
            stepfun: ProviderOptionsStepfun | Unset
            if isinstance(_stepfun, Unset):
                stepfun = UNSET
            else:
                stepfun = ProviderOptionsStepfun.from_dict(_stepfun)

            _at_field_ = "streamlake"
            _streamlake = d.pop("streamlake", UNSET)
            streamlake: ProviderOptionsStreamlake | Unset
            if isinstance(_streamlake, Unset):
                streamlake = UNSET
            else:
                streamlake = ProviderOptionsStreamlake.from_dict(_streamlake)

            _at_field_ = "switchpoint"
            _switchpoint = d.pop("switchpoint", UNSET)
            switchpoint: ProviderOptionsSwitchpoint | Unset
            if isinstance(_switchpoint, Unset):
                switchpoint = UNSET
            else:
                switchpoint = ProviderOptionsSwitchpoint.from_dict(_switchpoint)

            _at_field_ = "targon"
            _targon = d.pop("targon", UNSET)
            targon: ProviderOptionsTargon | Unset
            if isinstance(_targon, Unset):
                targon = UNSET
            else:
                targon = ProviderOptionsTargon.from_dict(_targon)

            _at_field_ = "together"
            _together = d.pop("together", UNSET)
            together: ProviderOptionsTogether | Unset
            if isinstance(_together, Unset):
                together = UNSET
            else:
                together = ProviderOptionsTogether.from_dict(_together)

            _at_field_ = "together-lite"
            _together_lite = d.pop("together-lite", UNSET)
            together_lite: ProviderOptionsTogetherLite | Unset
            if isinstance(_together_lite, Unset):
                together_lite = UNSET
            else:
                together_lite = ProviderOptionsTogetherLite.from_dict(_together_lite)

            _at_field_ = "ubicloud"
            _ubicloud = d.pop("ubicloud", UNSET)
            ubicloud: ProviderOptionsUbicloud | Unset
            if isinstance(_ubicloud, Unset):
                ubicloud = UNSET
            else:
                ubicloud = ProviderOptionsUbicloud.from_dict(_ubicloud)

            _at_field_ = "upstage"
            _upstage = d.pop("upstage", UNSET)
            upstage: ProviderOptionsUpstage | Unset
            if isinstance(_upstage, Unset):
                upstage = UNSET
            else:
                upstage = ProviderOptionsUpstage.from_dict(_upstage)

            _at_field_ = "venice"
            _venice = d.pop("venice", UNSET)
            venice: ProviderOptionsVenice | Unset
            if isinstance(_venice, Unset):
                venice = UNSET
            else:
                venice = ProviderOptionsVenice.from_dict(_venice)

            _at_field_ = "wandb"
            _wandb = d.pop("wandb", UNSET)
            wandb: ProviderOptionsWandb | Unset
            if isinstance(_wandb, Unset):
                wandb = UNSET
            else:
                wandb = ProviderOptionsWandb.from_dict(_wandb)

            _at_field_ = "xai"
            _xai = d.pop("xai", UNSET)
            xai: ProviderOptionsXai | Unset
            if isinstance(_xai, Unset):
                xai = UNSET
            else:
                xai = ProviderOptionsXai.from_dict(_xai)

            _at_field_ = "xiaomi"
            _xiaomi = d.pop("xiaomi", UNSET)
            xiaomi: ProviderOptionsXiaomi | Unset
            if isinstance(_xiaomi, Unset):
                xiaomi = UNSET
            else:
                xiaomi = ProviderOptionsXiaomi.from_dict(_xiaomi)

            _at_field_ = "z-ai"
            _z_ai = d.pop("z-ai", UNSET)
            z_ai: ProviderOptionsZAi | Unset
            if isinstance(_z_ai, Unset):
                z_ai = UNSET
            else:
                z_ai = ProviderOptionsZAi.from_dict(_z_ai)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        provider_options = cls(
            field_01ai=field_01ai,
            ai21=ai21,
            aion_labs=aion_labs,
            akashml=akashml,
            alibaba=alibaba,
            amazon_bedrock=amazon_bedrock,
            amazon_nova=amazon_nova,
            ambient=ambient,
            anthropic=anthropic,
            anyscale=anyscale,
            arcee_ai=arcee_ai,
            atlas_cloud=atlas_cloud,
            atoma=atoma,
            avian=avian,
            azure=azure,
            baidu=baidu,
            baseten=baseten,
            black_forest_labs=black_forest_labs,
            byteplus=byteplus,
            centml=centml,
            cerebras=cerebras,
            chutes=chutes,
            cirrascale=cirrascale,
            clarifai=clarifai,
            cloudflare=cloudflare,
            cohere=cohere,
            crofai=crofai,
            crucible=crucible,
            crusoe=crusoe,
            deepinfra=deepinfra,
            deepseek=deepseek,
            dekallm=dekallm,
            enfer=enfer,
            fake_provider=fake_provider,
            featherless=featherless,
            fireworks=fireworks,
            friendli=friendli,
            gmicloud=gmicloud,
            google_ai_studio=google_ai_studio,
            google_vertex=google_vertex,
            gopomelo=gopomelo,
            groq=groq,
            huggingface=huggingface,
            hyperbolic=hyperbolic,
            hyperbolic_quantized=hyperbolic_quantized,
            inception=inception,
            inceptron=inceptron,
            inference_net=inference_net,
            infermatic=infermatic,
            inflection=inflection,
            inocloud=inocloud,
            io_net=io_net,
            ionstream=ionstream,
            klusterai=klusterai,
            lambda_=lambda_,
            lepton=lepton,
            liquid=liquid,
            lynn=lynn,
            lynn_private=lynn_private,
            mancer=mancer,
            mancer_old=mancer_old,
            mara=mara,
            meta=meta,
            minimax=minimax,
            mistral=mistral,
            modal=modal,
            modelrun=modelrun,
            modular=modular,
            moonshotai=moonshotai,
            morph=morph,
            ncompass=ncompass,
            nebius=nebius,
            nex_agi=nex_agi,
            nextbit=nextbit,
            nineteen=nineteen,
            novita=novita,
            nvidia=nvidia,
            octoai=octoai,
            open_inference=open_inference,
            openai=openai,
            parasail=parasail,
            perceptron=perceptron,
            perplexity=perplexity,
            phala=phala,
            poolside=poolside,
            recraft=recraft,
            recursal=recursal,
            reflection=reflection,
            reka=reka,
            relace=relace,
            replicate=replicate,
            sambanova=sambanova,
            sambanova_cloaked=sambanova_cloaked,
            seed=seed,
            sf_compute=sf_compute,
            siliconflow=siliconflow,
            sourceful=sourceful,
            stealth=stealth,
            stepfun=stepfun,
            streamlake=streamlake,
            switchpoint=switchpoint,
            targon=targon,
            together=together,
            together_lite=together_lite,
            ubicloud=ubicloud,
            upstage=upstage,
            venice=venice,
            wandb=wandb,
            xai=xai,
            xiaomi=xiaomi,
            z_ai=z_ai,
        )

        provider_options.additional_properties = d
        return provider_options


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ProviderOptions01Ai = _LazyModel(globals(), "modelgates_api.models.provider_options_01_ai", "ProviderOptions01Ai")
    ProviderOptionsAi21 = _LazyModel(globals(), "modelgates_api.models.provider_options_ai_21", "ProviderOptionsAi21")
    ProviderOptionsAionLabs = _LazyModel(
        globals(), "modelgates_api.models.provider_options_aion_labs", "ProviderOptionsAionLabs"
    )
    ProviderOptionsAkashml = _LazyModel(
        globals(), "modelgates_api.models.provider_options_akashml", "ProviderOptionsAkashml"
    )
    ProviderOptionsAlibaba = _LazyModel(
        globals(), "modelgates_api.models.provider_options_alibaba", "ProviderOptionsAlibaba"
    )
    ProviderOptionsAmazonBedrock = _LazyModel(
        globals(), "modelgates_api.models.provider_options_amazon_bedrock", "ProviderOptionsAmazonBedrock"
    )
    ProviderOptionsAmazonNova = _LazyModel(
        globals(), "modelgates_api.models.provider_options_amazon_nova", "ProviderOptionsAmazonNova"
    )
    ProviderOptionsAmbient = _LazyModel(
        globals(), "modelgates_api.models.provider_options_ambient", "ProviderOptionsAmbient"
    )
    ProviderOptionsAnthropic = _LazyModel(
        globals(), "modelgates_api.models.provider_options_anthropic", "ProviderOptionsAnthropic"
    )
    ProviderOptionsAnyscale = _LazyModel(
        globals(), "modelgates_api.models.provider_options_anyscale", "ProviderOptionsAnyscale"
    )
    ProviderOptionsArceeAi = _LazyModel(
        globals(), "modelgates_api.models.provider_options_arcee_ai", "ProviderOptionsArceeAi"
    )
    ProviderOptionsAtlasCloud = _LazyModel(
        globals(), "modelgates_api.models.provider_options_atlas_cloud", "ProviderOptionsAtlasCloud"
    )
    ProviderOptionsAtoma = _LazyModel(globals(), "modelgates_api.models.provider_options_atoma", "ProviderOptionsAtoma")
    ProviderOptionsAvian = _LazyModel(globals(), "modelgates_api.models.provider_options_avian", "ProviderOptionsAvian")
    ProviderOptionsAzure = _LazyModel(globals(), "modelgates_api.models.provider_options_azure", "ProviderOptionsAzure")
    ProviderOptionsBaidu = _LazyModel(globals(), "modelgates_api.models.provider_options_baidu", "ProviderOptionsBaidu")
    ProviderOptionsBaseten = _LazyModel(
        globals(), "modelgates_api.models.provider_options_baseten", "ProviderOptionsBaseten"
    )
    ProviderOptionsBlackForestLabs = _LazyModel(
        globals(), "modelgates_api.models.provider_options_black_forest_labs", "ProviderOptionsBlackForestLabs"
    )
    ProviderOptionsByteplus = _LazyModel(
        globals(), "modelgates_api.models.provider_options_byteplus", "ProviderOptionsByteplus"
    )
    ProviderOptionsCentml = _LazyModel(
        globals(), "modelgates_api.models.provider_options_centml", "ProviderOptionsCentml"
    )
    ProviderOptionsCerebras = _LazyModel(
        globals(), "modelgates_api.models.provider_options_cerebras", "ProviderOptionsCerebras"
    )
    ProviderOptionsChutes = _LazyModel(
        globals(), "modelgates_api.models.provider_options_chutes", "ProviderOptionsChutes"
    )
    ProviderOptionsCirrascale = _LazyModel(
        globals(), "modelgates_api.models.provider_options_cirrascale", "ProviderOptionsCirrascale"
    )
    ProviderOptionsClarifai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_clarifai", "ProviderOptionsClarifai"
    )
    ProviderOptionsCloudflare = _LazyModel(
        globals(), "modelgates_api.models.provider_options_cloudflare", "ProviderOptionsCloudflare"
    )
    ProviderOptionsCohere = _LazyModel(
        globals(), "modelgates_api.models.provider_options_cohere", "ProviderOptionsCohere"
    )
    ProviderOptionsCrofai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_crofai", "ProviderOptionsCrofai"
    )
    ProviderOptionsCrucible = _LazyModel(
        globals(), "modelgates_api.models.provider_options_crucible", "ProviderOptionsCrucible"
    )
    ProviderOptionsCrusoe = _LazyModel(
        globals(), "modelgates_api.models.provider_options_crusoe", "ProviderOptionsCrusoe"
    )
    ProviderOptionsDeepinfra = _LazyModel(
        globals(), "modelgates_api.models.provider_options_deepinfra", "ProviderOptionsDeepinfra"
    )
    ProviderOptionsDeepseek = _LazyModel(
        globals(), "modelgates_api.models.provider_options_deepseek", "ProviderOptionsDeepseek"
    )
    ProviderOptionsDekallm = _LazyModel(
        globals(), "modelgates_api.models.provider_options_dekallm", "ProviderOptionsDekallm"
    )
    ProviderOptionsEnfer = _LazyModel(globals(), "modelgates_api.models.provider_options_enfer", "ProviderOptionsEnfer")
    ProviderOptionsFakeProvider = _LazyModel(
        globals(), "modelgates_api.models.provider_options_fake_provider", "ProviderOptionsFakeProvider"
    )
    ProviderOptionsFeatherless = _LazyModel(
        globals(), "modelgates_api.models.provider_options_featherless", "ProviderOptionsFeatherless"
    )
    ProviderOptionsFireworks = _LazyModel(
        globals(), "modelgates_api.models.provider_options_fireworks", "ProviderOptionsFireworks"
    )
    ProviderOptionsFriendli = _LazyModel(
        globals(), "modelgates_api.models.provider_options_friendli", "ProviderOptionsFriendli"
    )
    ProviderOptionsGmicloud = _LazyModel(
        globals(), "modelgates_api.models.provider_options_gmicloud", "ProviderOptionsGmicloud"
    )
    ProviderOptionsGoogleAiStudio = _LazyModel(
        globals(), "modelgates_api.models.provider_options_google_ai_studio", "ProviderOptionsGoogleAiStudio"
    )
    ProviderOptionsGoogleVertex = _LazyModel(
        globals(), "modelgates_api.models.provider_options_google_vertex", "ProviderOptionsGoogleVertex"
    )
    ProviderOptionsGopomelo = _LazyModel(
        globals(), "modelgates_api.models.provider_options_gopomelo", "ProviderOptionsGopomelo"
    )
    ProviderOptionsGroq = _LazyModel(globals(), "modelgates_api.models.provider_options_groq", "ProviderOptionsGroq")
    ProviderOptionsHuggingface = _LazyModel(
        globals(), "modelgates_api.models.provider_options_huggingface", "ProviderOptionsHuggingface"
    )
    ProviderOptionsHyperbolic = _LazyModel(
        globals(), "modelgates_api.models.provider_options_hyperbolic", "ProviderOptionsHyperbolic"
    )
    ProviderOptionsHyperbolicQuantized = _LazyModel(
        globals(), "modelgates_api.models.provider_options_hyperbolic_quantized", "ProviderOptionsHyperbolicQuantized"
    )
    ProviderOptionsInception = _LazyModel(
        globals(), "modelgates_api.models.provider_options_inception", "ProviderOptionsInception"
    )
    ProviderOptionsInceptron = _LazyModel(
        globals(), "modelgates_api.models.provider_options_inceptron", "ProviderOptionsInceptron"
    )
    ProviderOptionsInferenceNet = _LazyModel(
        globals(), "modelgates_api.models.provider_options_inference_net", "ProviderOptionsInferenceNet"
    )
    ProviderOptionsInfermatic = _LazyModel(
        globals(), "modelgates_api.models.provider_options_infermatic", "ProviderOptionsInfermatic"
    )
    ProviderOptionsInflection = _LazyModel(
        globals(), "modelgates_api.models.provider_options_inflection", "ProviderOptionsInflection"
    )
    ProviderOptionsInocloud = _LazyModel(
        globals(), "modelgates_api.models.provider_options_inocloud", "ProviderOptionsInocloud"
    )
    ProviderOptionsIoNet = _LazyModel(
        globals(), "modelgates_api.models.provider_options_io_net", "ProviderOptionsIoNet"
    )
    ProviderOptionsIonstream = _LazyModel(
        globals(), "modelgates_api.models.provider_options_ionstream", "ProviderOptionsIonstream"
    )
    ProviderOptionsKlusterai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_klusterai", "ProviderOptionsKlusterai"
    )
    ProviderOptionsLambda = _LazyModel(
        globals(), "modelgates_api.models.provider_options_lambda", "ProviderOptionsLambda"
    )
    ProviderOptionsLepton = _LazyModel(
        globals(), "modelgates_api.models.provider_options_lepton", "ProviderOptionsLepton"
    )
    ProviderOptionsLiquid = _LazyModel(
        globals(), "modelgates_api.models.provider_options_liquid", "ProviderOptionsLiquid"
    )
    ProviderOptionsLynn = _LazyModel(globals(), "modelgates_api.models.provider_options_lynn", "ProviderOptionsLynn")
    ProviderOptionsLynnPrivate = _LazyModel(
        globals(), "modelgates_api.models.provider_options_lynn_private", "ProviderOptionsLynnPrivate"
    )
    ProviderOptionsMancer = _LazyModel(
        globals(), "modelgates_api.models.provider_options_mancer", "ProviderOptionsMancer"
    )
    ProviderOptionsMancerOld = _LazyModel(
        globals(), "modelgates_api.models.provider_options_mancer_old", "ProviderOptionsMancerOld"
    )
    ProviderOptionsMara = _LazyModel(globals(), "modelgates_api.models.provider_options_mara", "ProviderOptionsMara")
    ProviderOptionsMeta = _LazyModel(globals(), "modelgates_api.models.provider_options_meta", "ProviderOptionsMeta")
    ProviderOptionsMinimax = _LazyModel(
        globals(), "modelgates_api.models.provider_options_minimax", "ProviderOptionsMinimax"
    )
    ProviderOptionsMistral = _LazyModel(
        globals(), "modelgates_api.models.provider_options_mistral", "ProviderOptionsMistral"
    )
    ProviderOptionsModal = _LazyModel(globals(), "modelgates_api.models.provider_options_modal", "ProviderOptionsModal")
    ProviderOptionsModelrun = _LazyModel(
        globals(), "modelgates_api.models.provider_options_modelrun", "ProviderOptionsModelrun"
    )
    ProviderOptionsModular = _LazyModel(
        globals(), "modelgates_api.models.provider_options_modular", "ProviderOptionsModular"
    )
    ProviderOptionsMoonshotai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_moonshotai", "ProviderOptionsMoonshotai"
    )
    ProviderOptionsMorph = _LazyModel(globals(), "modelgates_api.models.provider_options_morph", "ProviderOptionsMorph")
    ProviderOptionsNcompass = _LazyModel(
        globals(), "modelgates_api.models.provider_options_ncompass", "ProviderOptionsNcompass"
    )
    ProviderOptionsNebius = _LazyModel(
        globals(), "modelgates_api.models.provider_options_nebius", "ProviderOptionsNebius"
    )
    ProviderOptionsNexAgi = _LazyModel(
        globals(), "modelgates_api.models.provider_options_nex_agi", "ProviderOptionsNexAgi"
    )
    ProviderOptionsNextbit = _LazyModel(
        globals(), "modelgates_api.models.provider_options_nextbit", "ProviderOptionsNextbit"
    )
    ProviderOptionsNineteen = _LazyModel(
        globals(), "modelgates_api.models.provider_options_nineteen", "ProviderOptionsNineteen"
    )
    ProviderOptionsNovita = _LazyModel(
        globals(), "modelgates_api.models.provider_options_novita", "ProviderOptionsNovita"
    )
    ProviderOptionsNvidia = _LazyModel(
        globals(), "modelgates_api.models.provider_options_nvidia", "ProviderOptionsNvidia"
    )
    ProviderOptionsOctoai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_octoai", "ProviderOptionsOctoai"
    )
    ProviderOptionsOpenInference = _LazyModel(
        globals(), "modelgates_api.models.provider_options_open_inference", "ProviderOptionsOpenInference"
    )
    ProviderOptionsOpenai = _LazyModel(
        globals(), "modelgates_api.models.provider_options_openai", "ProviderOptionsOpenai"
    )
    ProviderOptionsParasail = _LazyModel(
        globals(), "modelgates_api.models.provider_options_parasail", "ProviderOptionsParasail"
    )
    ProviderOptionsPerceptron = _LazyModel(
        globals(), "modelgates_api.models.provider_options_perceptron", "ProviderOptionsPerceptron"
    )
    ProviderOptionsPerplexity = _LazyModel(
        globals(), "modelgates_api.models.provider_options_perplexity", "ProviderOptionsPerplexity"
    )
    ProviderOptionsPhala = _LazyModel(globals(), "modelgates_api.models.provider_options_phala", "ProviderOptionsPhala")
    ProviderOptionsPoolside = _LazyModel(
        globals(), "modelgates_api.models.provider_options_poolside", "ProviderOptionsPoolside"
    )
    ProviderOptionsRecraft = _LazyModel(
        globals(), "modelgates_api.models.provider_options_recraft", "ProviderOptionsRecraft"
    )
    ProviderOptionsRecursal = _LazyModel(
        globals(), "modelgates_api.models.provider_options_recursal", "ProviderOptionsRecursal"
    )
    ProviderOptionsReflection = _LazyModel(
        globals(), "modelgates_api.models.provider_options_reflection", "ProviderOptionsReflection"
    )
    ProviderOptionsReka = _LazyModel(globals(), "modelgates_api.models.provider_options_reka", "ProviderOptionsReka")
    ProviderOptionsRelace = _LazyModel(
        globals(), "modelgates_api.models.provider_options_relace", "ProviderOptionsRelace"
    )
    ProviderOptionsReplicate = _LazyModel(
        globals(), "modelgates_api.models.provider_options_replicate", "ProviderOptionsReplicate"
    )
    ProviderOptionsSambanova = _LazyModel(
        globals(), "modelgates_api.models.provider_options_sambanova", "ProviderOptionsSambanova"
    )
    ProviderOptionsSambanovaCloaked = _LazyModel(
        globals(), "modelgates_api.models.provider_options_sambanova_cloaked", "ProviderOptionsSambanovaCloaked"
    )
    ProviderOptionsSeed = _LazyModel(globals(), "modelgates_api.models.provider_options_seed", "ProviderOptionsSeed")
    ProviderOptionsSfCompute = _LazyModel(
        globals(), "modelgates_api.models.provider_options_sf_compute", "ProviderOptionsSfCompute"
    )
    ProviderOptionsSiliconflow = _LazyModel(
        globals(), "modelgates_api.models.provider_options_siliconflow", "ProviderOptionsSiliconflow"
    )
    ProviderOptionsSourceful = _LazyModel(
        globals(), "modelgates_api.models.provider_options_sourceful", "ProviderOptionsSourceful"
    )
    ProviderOptionsStealth = _LazyModel(
        globals(), "modelgates_api.models.provider_options_stealth", "ProviderOptionsStealth"
    )
    ProviderOptionsStepfun = _LazyModel(
        globals(), "modelgates_api.models.provider_options_stepfun", "ProviderOptionsStepfun"
    )
    ProviderOptionsStreamlake = _LazyModel(
        globals(), "modelgates_api.models.provider_options_streamlake", "ProviderOptionsStreamlake"
    )
    ProviderOptionsSwitchpoint = _LazyModel(
        globals(), "modelgates_api.models.provider_options_switchpoint", "ProviderOptionsSwitchpoint"
    )
    ProviderOptionsTargon = _LazyModel(
        globals(), "modelgates_api.models.provider_options_targon", "ProviderOptionsTargon"
    )
    ProviderOptionsTogether = _LazyModel(
        globals(), "modelgates_api.models.provider_options_together", "ProviderOptionsTogether"
    )
    ProviderOptionsTogetherLite = _LazyModel(
        globals(), "modelgates_api.models.provider_options_together_lite", "ProviderOptionsTogetherLite"
    )
    ProviderOptionsUbicloud = _LazyModel(
        globals(), "modelgates_api.models.provider_options_ubicloud", "ProviderOptionsUbicloud"
    )
    ProviderOptionsUpstage = _LazyModel(
        globals(), "modelgates_api.models.provider_options_upstage", "ProviderOptionsUpstage"
    )
    ProviderOptionsVenice = _LazyModel(
        globals(), "modelgates_api.models.provider_options_venice", "ProviderOptionsVenice"
    )
    ProviderOptionsWandb = _LazyModel(globals(), "modelgates_api.models.provider_options_wandb", "ProviderOptionsWandb")
    ProviderOptionsXai = _LazyModel(globals(), "modelgates_api.models.provider_options_xai", "ProviderOptionsXai")
    ProviderOptionsXiaomi = _LazyModel(
        globals(), "modelgates_api.models.provider_options_xiaomi", "ProviderOptionsXiaomi"
    )
    ProviderOptionsZAi = _LazyModel(globals(), "modelgates_api.models.provider_options_z_ai", "ProviderOptionsZAi")
