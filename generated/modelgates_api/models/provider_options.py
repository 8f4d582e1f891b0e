from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, LazyModel as _LazyModel, ModelBase as _ModelBase, Unset, model_field as _model_field

if TYPE_CHECKING:
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
else:
    ProviderOptions01Ai = _LazyModel(globals(), "provider_options_01_ai", "ProviderOptions01Ai")
    ProviderOptionsAi21 = _LazyModel(globals(), "provider_options_ai_21", "ProviderOptionsAi21")
    ProviderOptionsAionLabs = _LazyModel(globals(), "provider_options_aion_labs", "ProviderOptionsAionLabs")
    ProviderOptionsAkashml = _LazyModel(globals(), "provider_options_akashml", "ProviderOptionsAkashml")
    ProviderOptionsAlibaba = _LazyModel(globals(), "provider_options_alibaba", "ProviderOptionsAlibaba")
    ProviderOptionsAmazonBedrock = _LazyModel(
        globals(), "provider_options_amazon_bedrock", "ProviderOptionsAmazonBedrock"
    )
    ProviderOptionsAmazonNova = _LazyModel(globals(), "provider_options_amazon_nova", "ProviderOptionsAmazonNova")
    ProviderOptionsAmbient = _LazyModel(globals(), "provider_options_ambient", "ProviderOptionsAmbient")
    ProviderOptionsAnthropic = _LazyModel(globals(), "provider_options_anthropic", "ProviderOptionsAnthropic")
    ProviderOptionsAnyscale = _LazyModel(globals(), "provider_options_anyscale", "ProviderOptionsAnyscale")
    ProviderOptionsArceeAi = _LazyModel(globals(), "provider_options_arcee_ai", "ProviderOptionsArceeAi")
    ProviderOptionsAtlasCloud = _LazyModel(globals(), "provider_options_atlas_cloud", "ProviderOptionsAtlasCloud")
    ProviderOptionsAtoma = _LazyModel(globals(), "provider_options_atoma", "ProviderOptionsAtoma")
    ProviderOptionsAvian = _LazyModel(globals(), "provider_options_avian", "ProviderOptionsAvian")
    ProviderOptionsAzure = _LazyModel(globals(), "provider_options_azure", "ProviderOptionsAzure")
    ProviderOptionsBaidu = _LazyModel(globals(), "provider_options_baidu", "ProviderOptionsBaidu")
    ProviderOptionsBaseten = _LazyModel(globals(), "provider_options_baseten", "ProviderOptionsBaseten")
    ProviderOptionsBlackForestLabs = _LazyModel(
        globals(), "provider_options_black_forest_labs", "ProviderOptionsBlackForestLabs"
    )
    ProviderOptionsByteplus = _LazyModel(globals(), "provider_options_byteplus", "ProviderOptionsByteplus")
    ProviderOptionsCentml = _LazyModel(globals(), "provider_options_centml", "ProviderOptionsCentml")
    ProviderOptionsCerebras = _LazyModel(globals(), "provider_options_cerebras", "ProviderOptionsCerebras")
    ProviderOptionsChutes = _LazyModel(globals(), "provider_options_chutes", "ProviderOptionsChutes")
    ProviderOptionsCirrascale = _LazyModel(globals(), "provider_options_cirrascale", "ProviderOptionsCirrascale")
    ProviderOptionsClarifai = _LazyModel(globals(), "provider_options_clarifai", "ProviderOptionsClarifai")
    ProviderOptionsCloudflare = _LazyModel(globals(), "provider_options_cloudflare", "ProviderOptionsCloudflare")
    ProviderOptionsCohere = _LazyModel(globals(), "provider_options_cohere", "ProviderOptionsCohere")
    ProviderOptionsCrofai = _LazyModel(globals(), "provider_options_crofai", "ProviderOptionsCrofai")
    ProviderOptionsCrucible = _LazyModel(globals(), "provider_options_crucible", "ProviderOptionsCrucible")
    ProviderOptionsCrusoe = _LazyModel(globals(), "provider_options_crusoe", "ProviderOptionsCrusoe")
    ProviderOptionsDeepinfra = _LazyModel(globals(), "provider_options_deepinfra", "ProviderOptionsDeepinfra")
    ProviderOptionsDeepseek = _LazyModel(globals(), "provider_options_deepseek", "ProviderOptionsDeepseek")
    ProviderOptionsDekallm = _LazyModel(globals(), "provider_options_dekallm", "ProviderOptionsDekallm")
    ProviderOptionsEnfer = _LazyModel(globals(), "provider_options_enfer", "ProviderOptionsEnfer")
    ProviderOptionsFakeProvider = _LazyModel(globals(), "provider_options_fake_provider", "ProviderOptionsFakeProvider")
    ProviderOptionsFeatherless = _LazyModel(globals(), "provider_options_featherless", "ProviderOptionsFeatherless")
    ProviderOptionsFireworks = _LazyModel(globals(), "provider_options_fireworks", "ProviderOptionsFireworks")
    ProviderOptionsFriendli = _LazyModel(globals(), "provider_options_friendli", "ProviderOptionsFriendli")
    ProviderOptionsGmicloud = _LazyModel(globals(), "provider_options_gmicloud", "ProviderOptionsGmicloud")
    ProviderOptionsGoogleAiStudio = _LazyModel(
        globals(), "provider_options_google_ai_studio", "ProviderOptionsGoogleAiStudio"
    )
    ProviderOptionsGoogleVertex = _LazyModel(globals(), "provider_options_google_vertex", "ProviderOptionsGoogleVertex")
    ProviderOptionsGopomelo = _LazyModel(globals(), "provider_options_gopomelo", "ProviderOptionsGopomelo")
    ProviderOptionsGroq = _LazyModel(globals(), "provider_options_groq", "ProviderOptionsGroq")
    ProviderOptionsHuggingface = _LazyModel(globals(), "provider_options_huggingface", "ProviderOptionsHuggingface")
    ProviderOptionsHyperbolic = _LazyModel(globals(), "provider_options_hyperbolic", "ProviderOptionsHyperbolic")
    ProviderOptionsHyperbolicQuantized = _LazyModel(
        globals(), "provider_options_hyperbolic_quantized", "ProviderOptionsHyperbolicQuantized"
    )
    ProviderOptionsInception = _LazyModel(globals(), "provider_options_inception", "ProviderOptionsInception")
    ProviderOptionsInceptron = _LazyModel(globals(), "provider_options_inceptron", "ProviderOptionsInceptron")
    ProviderOptionsInferenceNet = _LazyModel(globals(), "provider_options_inference_net", "ProviderOptionsInferenceNet")
    ProviderOptionsInfermatic = _LazyModel(globals(), "provider_options_infermatic", "ProviderOptionsInfermatic")
    ProviderOptionsInflection = _LazyModel(globals(), "provider_options_inflection", "ProviderOptionsInflection")
    ProviderOptionsInocloud = _LazyModel(globals(), "provider_options_inocloud", "ProviderOptionsInocloud")
    ProviderOptionsIoNet = _LazyModel(globals(), "provider_options_io_net", "ProviderOptionsIoNet")
    ProviderOptionsIonstream = _LazyModel(globals(), "provider_options_ionstream", "ProviderOptionsIonstream")
    ProviderOptionsKlusterai = _LazyModel(globals(), "provider_options_klusterai", "ProviderOptionsKlusterai")
    ProviderOptionsLambda = _LazyModel(globals(), "provider_options_lambda", "ProviderOptionsLambda")
    ProviderOptionsLepton = _LazyModel(globals(), "provider_options_lepton", "ProviderOptionsLepton")
    ProviderOptionsLiquid = _LazyModel(globals(), "provider_options_liquid", "ProviderOptionsLiquid")
    ProviderOptionsLynn = _LazyModel(globals(), "provider_options_lynn", "ProviderOptionsLynn")
    ProviderOptionsLynnPrivate = _LazyModel(globals(), "provider_options_lynn_private", "ProviderOptionsLynnPrivate")
    ProviderOptionsMancer = _LazyModel(globals(), "provider_options_mancer", "ProviderOptionsMancer")
    ProviderOptionsMancerOld = _LazyModel(globals(), "provider_options_mancer_old", "ProviderOptionsMancerOld")
    ProviderOptionsMara = _LazyModel(globals(), "provider_options_mara", "ProviderOptionsMara")
    ProviderOptionsMeta = _LazyModel(globals(), "provider_options_meta", "ProviderOptionsMeta")
    ProviderOptionsMinimax = _LazyModel(globals(), "provider_options_minimax", "ProviderOptionsMinimax")
    ProviderOptionsMistral = _LazyModel(globals(), "provider_options_mistral", "ProviderOptionsMistral")
    ProviderOptionsModal = _LazyModel(globals(), "provider_options_modal", "ProviderOptionsModal")
    ProviderOptionsModelrun = _LazyModel(globals(), "provider_options_modelrun", "ProviderOptionsModelrun")
    ProviderOptionsModular = _LazyModel(globals(), "provider_options_modular", "ProviderOptionsModular")
    ProviderOptionsMoonshotai = _LazyModel(globals(), "provider_options_moonshotai", "ProviderOptionsMoonshotai")
    ProviderOptionsMorph = _LazyModel(globals(), "provider_options_morph", "ProviderOptionsMorph")
    ProviderOptionsNcompass = _LazyModel(globals(), "provider_options_ncompass", "ProviderOptionsNcompass")
    ProviderOptionsNebius = _LazyModel(globals(), "provider_options_nebius", "ProviderOptionsNebius")
    ProviderOptionsNexAgi = _LazyModel(globals(), "provider_options_nex_agi", "ProviderOptionsNexAgi")
    ProviderOptionsNextbit = _LazyModel(globals(), "provider_options_nextbit", "ProviderOptionsNextbit")
    ProviderOptionsNineteen = _LazyModel(globals(), "provider_options_nineteen", "ProviderOptionsNineteen")
    ProviderOptionsNovita = _LazyModel(globals(), "provider_options_novita", "ProviderOptionsNovita")
    ProviderOptionsNvidia = _LazyModel(globals(), "provider_options_nvidia", "ProviderOptionsNvidia")
    ProviderOptionsOctoai = _LazyModel(globals(), "provider_options_octoai", "ProviderOptionsOctoai")
    ProviderOptionsOpenInference = _LazyModel(
        globals(), "provider_options_open_inference", "ProviderOptionsOpenInference"
    )
    ProviderOptionsOpenai = _LazyModel(globals(), "provider_options_openai", "ProviderOptionsOpenai")
    ProviderOptionsParasail = _LazyModel(globals(), "provider_options_parasail", "ProviderOptionsParasail")
    ProviderOptionsPerceptron = _LazyModel(globals(), "provider_options_perceptron", "ProviderOptionsPerceptron")
    ProviderOptionsPerplexity = _LazyModel(globals(), "provider_options_perplexity", "ProviderOptionsPerplexity")
    ProviderOptionsPhala = _LazyModel(globals(), "provider_options_phala", "ProviderOptionsPhala")
    ProviderOptionsPoolside = _LazyModel(globals(), "provider_options_poolside", "ProviderOptionsPoolside")
    ProviderOptionsRecraft = _LazyModel(globals(), "provider_options_recraft", "ProviderOptionsRecraft")
    ProviderOptionsRecursal = _LazyModel(globals(), "provider_options_recursal", "ProviderOptionsRecursal")
    ProviderOptionsReflection = _LazyModel(globals(), "provider_options_reflection", "ProviderOptionsReflection")
    ProviderOptionsReka = _LazyModel(globals(), "provider_options_reka", "ProviderOptionsReka")
    ProviderOptionsRelace = _LazyModel(globals(), "provider_options_relace", "ProviderOptionsRelace")
    ProviderOptionsReplicate = _LazyModel(globals(), "provider_options_replicate", "ProviderOptionsReplicate")
    ProviderOptionsSambanova = _LazyModel(globals(), "provider_options_sambanova", "ProviderOptionsSambanova")
    ProviderOptionsSambanovaCloaked = _LazyModel(
        globals(), "provider_options_sambanova_cloaked", "ProviderOptionsSambanovaCloaked"
    )
    ProviderOptionsSeed = _LazyModel(globals(), "provider_options_seed", "ProviderOptionsSeed")
    ProviderOptionsSfCompute = _LazyModel(globals(), "provider_options_sf_compute", "ProviderOptionsSfCompute")
    ProviderOptionsSiliconflow = _LazyModel(globals(), "provider_options_siliconflow", "ProviderOptionsSiliconflow")
    ProviderOptionsSourceful = _LazyModel(globals(), "provider_options_sourceful", "ProviderOptionsSourceful")
    ProviderOptionsStealth = _LazyModel(globals(), "provider_options_stealth", "ProviderOptionsStealth")
    ProviderOptionsStepfun = _LazyModel(globals(), "provider_options_stepfun", "ProviderOptionsStepfun")
    ProviderOptionsStreamlake = _LazyModel(globals(), "provider_options_streamlake", "ProviderOptionsStreamlake")
    ProviderOptionsSwitchpoint = _LazyModel(globals(), "provider_options_switchpoint", "ProviderOptionsSwitchpoint")
    ProviderOptionsTargon = _LazyModel(globals(), "provider_options_targon", "ProviderOptionsTargon")
    ProviderOptionsTogether = _LazyModel(globals(), "provider_options_together", "ProviderOptionsTogether")
    ProviderOptionsTogetherLite = _LazyModel(globals(), "provider_options_together_lite", "ProviderOptionsTogetherLite")
    ProviderOptionsUbicloud = _LazyModel(globals(), "provider_options_ubicloud", "ProviderOptionsUbicloud")
    ProviderOptionsUpstage = _LazyModel(globals(), "provider_options_upstage", "ProviderOptionsUpstage")
    ProviderOptionsVenice = _LazyModel(globals(), "provider_options_venice", "ProviderOptionsVenice")
    ProviderOptionsWandb = _LazyModel(globals(), "provider_options_wandb", "ProviderOptionsWandb")
    ProviderOptionsXai = _LazyModel(globals(), "provider_options_xai", "ProviderOptionsXai")
    ProviderOptionsXiaomi = _LazyModel(globals(), "provider_options_xiaomi", "ProviderOptionsXiaomi")
    ProviderOptionsZAi = _LazyModel(globals(), "provider_options_z_ai", "ProviderOptionsZAi")


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

    _optional_ = (
        ("01ai", _model_field(ProviderOptions01Ai), "field_01ai"),
        ("ai21", _model_field(ProviderOptionsAi21)),
        ("aion-labs", _model_field(ProviderOptionsAionLabs), "aion_labs"),
        ("akashml", _model_field(ProviderOptionsAkashml)),
        ("alibaba", _model_field(ProviderOptionsAlibaba)),
        ("amazon-bedrock", _model_field(ProviderOptionsAmazonBedrock), "amazon_bedrock"),
        ("amazon-nova", _model_field(ProviderOptionsAmazonNova), "amazon_nova"),
        ("ambient", _model_field(ProviderOptionsAmbient)),
        ("anthropic", _model_field(ProviderOptionsAnthropic)),
        ("anyscale", _model_field(ProviderOptionsAnyscale)),
        ("arcee-ai", _model_field(ProviderOptionsArceeAi), "arcee_ai"),
        ("atlas-cloud", _model_field(ProviderOptionsAtlasCloud), "atlas_cloud"),
        ("atoma", _model_field(ProviderOptionsAtoma)),
        ("avian", _model_field(ProviderOptionsAvian)),
        ("azure", _model_field(ProviderOptionsAzure)),
        ("baidu", _model_field(ProviderOptionsBaidu)),
        ("baseten", _model_field(ProviderOptionsBaseten)),
        ("black-forest-labs", _model_field(ProviderOptionsBlackForestLabs), "black_forest_labs"),
        ("byteplus", _model_field(ProviderOptionsByteplus)),
        ("centml", _model_field(ProviderOptionsCentml)),
        ("cerebras", _model_field(ProviderOptionsCerebras)),
        ("chutes", _model_field(ProviderOptionsChutes)),
        ("cirrascale", _model_field(ProviderOptionsCirrascale)),
        ("clarifai", _model_field(ProviderOptionsClarifai)),
        ("cloudflare", _model_field(ProviderOptionsCloudflare)),
        ("cohere", _model_field(ProviderOptionsCohere)),
        ("crofai", _model_field(ProviderOptionsCrofai)),
        ("crucible", _model_field(ProviderOptionsCrucible)),
        ("crusoe", _model_field(ProviderOptionsCrusoe)),
        ("deepinfra", _model_field(ProviderOptionsDeepinfra)),
        ("deepseek", _model_field(ProviderOptionsDeepseek)),
        ("dekallm", _model_field(ProviderOptionsDekallm)),
        ("enfer", _model_field(ProviderOptionsEnfer)),
        ("fake-provider", _model_field(ProviderOptionsFakeProvider), "fake_provider"),
        ("featherless", _model_field(ProviderOptionsFeatherless)),
        ("fireworks", _model_field(ProviderOptionsFireworks)),
        ("friendli", _model_field(ProviderOptionsFriendli)),
        ("gmicloud", _model_field(ProviderOptionsGmicloud)),
        ("google-ai-studio", _model_field(ProviderOptionsGoogleAiStudio), "google_ai_studio"),
        ("google-vertex", _model_field(ProviderOptionsGoogleVertex), "google_vertex"),
        ("gopomelo", _model_field(ProviderOptionsGopomelo)),
        ("groq", _model_field(ProviderOptionsGroq)),
        ("huggingface", _model_field(ProviderOptionsHuggingface)),
        ("hyperbolic", _model_field(ProviderOptionsHyperbolic)),
        ("hyperbolic-quantized", _model_field(ProviderOptionsHyperbolicQuantized), "hyperbolic_quantized"),
        ("inception", _model_field(ProviderOptionsInception)),
        ("inceptron", _model_field(ProviderOptionsInceptron)),
        ("inference-net", _model_field(ProviderOptionsInferenceNet), "inference_net"),
        ("infermatic", _model_field(ProviderOptionsInfermatic)),
        ("inflection", _model_field(ProviderOptionsInflection)),
        ("inocloud", _model_field(ProviderOptionsInocloud)),
        ("io-net", _model_field(ProviderOptionsIoNet), "io_net"),
        ("ionstream", _model_field(ProviderOptionsIonstream)),
        ("klusterai", _model_field(ProviderOptionsKlusterai)),
        ("lambda", _model_field(ProviderOptionsLambda), "lambda_"),
        ("lepton", _model_field(ProviderOptionsLepton)),
        ("liquid", _model_field(ProviderOptionsLiquid)),
        ("lynn", _model_field(ProviderOptionsLynn)),
        ("lynn-private", _model_field(ProviderOptionsLynnPrivate), "lynn_private"),
        ("mancer", _model_field(ProviderOptionsMancer)),
        ("mancer-old", _model_field(ProviderOptionsMancerOld), "mancer_old"),
        ("mara", _model_field(ProviderOptionsMara)),
        ("meta", _model_field(ProviderOptionsMeta)),
        ("minimax", _model_field(ProviderOptionsMinimax)),
        ("mistral", _model_field(ProviderOptionsMistral)),
        ("modal", _model_field(ProviderOptionsModal)),
        ("modelrun", _model_field(ProviderOptionsModelrun)),
        ("modular", _model_field(ProviderOptionsModular)),
        ("moonshotai", _model_field(ProviderOptionsMoonshotai)),
        ("morph", _model_field(ProviderOptionsMorph)),
        ("ncompass", _model_field(ProviderOptionsNcompass)),
        ("nebius", _model_field(ProviderOptionsNebius)),
        ("nex-agi", _model_field(ProviderOptionsNexAgi), "nex_agi"),
        ("nextbit", _model_field(ProviderOptionsNextbit)),
        ("nineteen", _model_field(ProviderOptionsNineteen)),
        ("novita", _model_field(ProviderOptionsNovita)),
        ("nvidia", _model_field(ProviderOptionsNvidia)),
        ("octoai", _model_field(ProviderOptionsOctoai)),
        ("open-inference", _model_field(ProviderOptionsOpenInference), "open_inference"),
        ("openai", _model_field(ProviderOptionsOpenai)),
        ("parasail", _model_field(ProviderOptionsParasail)),
        ("perceptron", _model_field(ProviderOptionsPerceptron)),
        ("perplexity", _model_field(ProviderOptionsPerplexity)),
        ("phala", _model_field(ProviderOptionsPhala)),
        ("poolside", _model_field(ProviderOptionsPoolside)),
        ("recraft", _model_field(ProviderOptionsRecraft)),
        ("recursal", _model_field(ProviderOptionsRecursal)),
        ("reflection", _model_field(ProviderOptionsReflection)),
        ("reka", _model_field(ProviderOptionsReka)),
        ("relace", _model_field(ProviderOptionsRelace)),
        ("replicate", _model_field(ProviderOptionsReplicate)),
        ("sambanova", _model_field(ProviderOptionsSambanova)),
        ("sambanova-cloaked", _model_field(ProviderOptionsSambanovaCloaked), "sambanova_cloaked"),
        ("seed", _model_field(ProviderOptionsSeed)),
        ("sf-compute", _model_field(ProviderOptionsSfCompute), "sf_compute"),
        ("siliconflow", _model_field(ProviderOptionsSiliconflow)),
        ("sourceful", _model_field(ProviderOptionsSourceful)),
        ("stealth", _model_field(ProviderOptionsStealth)),
        ("stepfun", _model_field(ProviderOptionsStepfun)),
        ("streamlake", _model_field(ProviderOptionsStreamlake)),
        ("switchpoint", _model_field(ProviderOptionsSwitchpoint)),
        ("targon", _model_field(ProviderOptionsTargon)),
        ("together", _model_field(ProviderOptionsTogether)),
        ("together-lite", _model_field(ProviderOptionsTogetherLite), "together_lite"),
        ("ubicloud", _model_field(ProviderOptionsUbicloud)),
        ("upstage", _model_field(ProviderOptionsUpstage)),
        ("venice", _model_field(ProviderOptionsVenice)),
        ("wandb", _model_field(ProviderOptionsWandb)),
        ("xai", _model_field(ProviderOptionsXai)),
        ("xiaomi", _model_field(ProviderOptionsXiaomi)),
        ("z-ai", _model_field(ProviderOptionsZAi), "z_ai"),
    )
