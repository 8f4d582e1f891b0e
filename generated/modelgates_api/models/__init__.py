"""Contains all the data models used in inputs/outputs.

Each model is imported on first use (PEP 562): scripts/lazy_models.py rewrote the generator's
eager version of this file, so importing one model does not import them all.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_cache_control_directive import AnthropicCacheControlDirective
    from .anthropic_cache_control_directive_type import (
        AnthropicCacheControlDirectiveType,
    )
    from .anthropic_cache_control_ttl import AnthropicCacheControlTtl
    from .bad_gateway_response import BadGatewayResponse
    from .bad_gateway_response_error_data import BadGatewayResponseErrorData
    from .bad_gateway_response_error_data_metadata_type_0 import (
        BadGatewayResponseErrorDataMetadataType0,
    )
    from .bad_gateway_response_modelgates_metadata_type_0 import (
        BadGatewayResponseModelgatesMetadataType0,
    )
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_error_data import BadRequestResponseErrorData
    from .bad_request_response_error_data_metadata_type_0 import (
        BadRequestResponseErrorDataMetadataType0,
    )
    from .bad_request_response_modelgates_metadata_type_0 import (
        BadRequestResponseModelgatesMetadataType0,
    )
    from .chat_assistant_message import ChatAssistantMessage
    from .chat_assistant_message_role import ChatAssistantMessageRole
    from .chat_assistant_response_message import ChatAssistantResponseMessage
    from .chat_assistant_response_message_role import ChatAssistantResponseMessageRole
    from .chat_choice import ChatChoice
    from .chat_choice_logprobs_type_0 import ChatChoiceLogprobsType0
    from .chat_completion_tokens_details import ChatCompletionTokensDetails
    from .chat_content_audio import ChatContentAudio
    from .chat_content_audio_type import ChatContentAudioType
    from .chat_content_file import ChatContentFile
    from .chat_content_file_type import ChatContentFileType
    from .chat_content_image import ChatContentImage
    from .chat_content_image_type import ChatContentImageType
    from .chat_content_text import ChatContentText
    from .chat_content_text_type import ChatContentTextType
    from .chat_content_video import ChatContentVideo
    from .chat_content_video_type import ChatContentVideoType
    from .chat_debug_options import ChatDebugOptions
    from .chat_developer_message import ChatDeveloperMessage
    from .chat_developer_message_role import ChatDeveloperMessageRole
    from .chat_file_data import ChatFileData
    from .chat_finish_reason import ChatFinishReason
    from .chat_function_definition import ChatFunctionDefinition
    from .chat_function_definition_parameters import ChatFunctionDefinitionParameters
    from .chat_function_tool import ChatFunctionTool
    from .chat_function_tool_type import ChatFunctionToolType
    from .chat_image_url import ChatImageUrl
    from .chat_image_url_detail import ChatImageUrlDetail
    from .chat_input_audio import ChatInputAudio
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_named_tool_choice_type import ChatNamedToolChoiceType
    from .chat_prompt_tokens_details import ChatPromptTokensDetails
    from .chat_reasoning_detail import ChatReasoningDetail
    from .chat_request import ChatRequest
    from .chat_request_image_config import ChatRequestImageConfig
    from .chat_request_logit_bias import ChatRequestLogitBias
    from .chat_request_metadata import ChatRequestMetadata
    from .chat_request_plugin_context_compression import (
        ChatRequestPluginContextCompression,
    )
    from .chat_request_plugin_context_compression_engine import (
        ChatRequestPluginContextCompressionEngine,
    )
    from .chat_request_plugin_context_compression_id import (
        ChatRequestPluginContextCompressionId,
    )
    from .chat_request_plugin_file_parser import ChatRequestPluginFileParser
    from .chat_request_plugin_file_parser_id import ChatRequestPluginFileParserId
    from .chat_request_plugin_moderation import ChatRequestPluginModeration
    from .chat_request_plugin_moderation_id import ChatRequestPluginModerationId
    from .chat_request_plugin_response_healing import ChatRequestPluginResponseHealing
    from .chat_request_plugin_response_healing_id import (
        ChatRequestPluginResponseHealingId,
    )
    from .chat_request_plugin_web import ChatRequestPluginWeb
    from .chat_request_plugin_web_id import ChatRequestPluginWebId
    from .chat_request_service_tier import ChatRequestServiceTier
    from .chat_response_audio import ChatResponseAudio
    from .chat_response_image import ChatResponseImage
    from .chat_result import ChatResult
    from .chat_result_modelgates_metadata_type_0 import (
        ChatResultModelgatesMetadataType0,
    )
    from .chat_stream_choice import ChatStreamChoice
    from .chat_stream_choice_logprobs_type_0 import ChatStreamChoiceLogprobsType0
    from .chat_stream_chunk import ChatStreamChunk
    from .chat_stream_chunk_modelgates_metadata_type_0 import (
        ChatStreamChunkModelgatesMetadataType0,
    )
    from .chat_stream_delta import ChatStreamDelta
    from .chat_stream_error import ChatStreamError
    from .chat_stream_error_metadata_type_0 import ChatStreamErrorMetadataType0
    from .chat_stream_options import ChatStreamOptions
    from .chat_stream_tool_call_delta import ChatStreamToolCallDelta
    from .chat_stream_tool_call_function_delta import ChatStreamToolCallFunctionDelta
    from .chat_system_message import ChatSystemMessage
    from .chat_system_message_role import ChatSystemMessageRole
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_call_type import ChatToolCallType
    from .chat_tool_choice_mode import ChatToolChoiceMode
    from .chat_tool_message import ChatToolMessage
    from .chat_tool_message_role import ChatToolMessageRole
    from .chat_usage import ChatUsage
    from .chat_user_message import ChatUserMessage
    from .chat_user_message_role import ChatUserMessageRole
    from .chat_video_url import ChatVideoUrl
    from .data_collection import DataCollection
    from .edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )
    from .edge_network_timeout_response_error_data_metadata_type_0 import (
        EdgeNetworkTimeoutResponseErrorDataMetadataType0,
    )
    from .edge_network_timeout_response_modelgates_metadata_type_0 import (
        EdgeNetworkTimeoutResponseModelgatesMetadataType0,
    )
    from .file_parser_pdf_options import FileParserPdfOptions
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_error_data import ForbiddenResponseErrorData
    from .forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0,
    )
    from .forbidden_response_modelgates_metadata_type_0 import (
        ForbiddenResponseModelgatesMetadataType0,
    )
    from .internal_server_response import InternalServerResponse
    from .internal_server_response_error_data import InternalServerResponseErrorData
    from .internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0,
    )
    from .internal_server_response_modelgates_metadata_type_0 import (
        InternalServerResponseModelgatesMetadataType0,
    )
    from .json_schema_config import JsonSchemaConfig
    from .json_schema_config_schema import JsonSchemaConfigSchema
    from .metadata_level import MetadataLevel
    from .modality import Modality
    from .not_found_response import NotFoundResponse
    from .not_found_response_error_data import NotFoundResponseErrorData
    from .not_found_response_error_data_metadata_type_0 import (
        NotFoundResponseErrorDataMetadataType0,
    )
    from .not_found_response_modelgates_metadata_type_0 import (
        NotFoundResponseModelgatesMetadataType0,
    )
    from .payload_too_large_response import PayloadTooLargeResponse
    from .payload_too_large_response_error_data import PayloadTooLargeResponseErrorData
    from .payload_too_large_response_error_data_metadata_type_0 import (
        PayloadTooLargeResponseErrorDataMetadataType0,
    )
    from .payload_too_large_response_modelgates_metadata_type_0 import (
        PayloadTooLargeResponseModelgatesMetadataType0,
    )
    from .payment_required_response import PaymentRequiredResponse
    from .payment_required_response_error_data import PaymentRequiredResponseErrorData
    from .payment_required_response_error_data_metadata_type_0 import (
        PaymentRequiredResponseErrorDataMetadataType0,
    )
    from .payment_required_response_modelgates_metadata_type_0 import (
        PaymentRequiredResponseModelgatesMetadataType0,
    )
    from .pdf_parser_engine import PdfParserEngine
    from .provider_max_price import ProviderMaxPrice
    from .provider_options import ProviderOptions
    from .provider_options_01_ai import ProviderOptions01Ai
    from .provider_options_ai_21 import ProviderOptionsAi21
    from .provider_options_aion_labs import ProviderOptionsAionLabs
    from .provider_options_akashml import ProviderOptionsAkashml
    from .provider_options_alibaba import ProviderOptionsAlibaba
    from .provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from .provider_options_amazon_nova import ProviderOptionsAmazonNova
    from .provider_options_ambient import ProviderOptionsAmbient
    from .provider_options_anthropic import ProviderOptionsAnthropic
    from .provider_options_anyscale import ProviderOptionsAnyscale
    from .provider_options_arcee_ai import ProviderOptionsArceeAi
    from .provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from .provider_options_atoma import ProviderOptionsAtoma
    from .provider_options_avian import ProviderOptionsAvian
    from .provider_options_azure import ProviderOptionsAzure
    from .provider_options_baidu import ProviderOptionsBaidu
    from .provider_options_baseten import ProviderOptionsBaseten
    from .provider_options_black_forest_labs import ProviderOptionsBlackForestLabs
    from .provider_options_byteplus import ProviderOptionsByteplus
    from .provider_options_centml import ProviderOptionsCentml
    from .provider_options_cerebras import ProviderOptionsCerebras
    from .provider_options_chutes import ProviderOptionsChutes
    from .provider_options_cirrascale import ProviderOptionsCirrascale
    from .provider_options_clarifai import ProviderOptionsClarifai
    from .provider_options_cloudflare import ProviderOptionsCloudflare
    from .provider_options_cohere import ProviderOptionsCohere
    from .provider_options_crofai import ProviderOptionsCrofai
    from .provider_options_crucible import ProviderOptionsCrucible
    from .provider_options_crusoe import ProviderOptionsCrusoe
    from .provider_options_deepinfra import ProviderOptionsDeepinfra
    from .provider_options_deepseek import ProviderOptionsDeepseek
    from .provider_options_dekallm import ProviderOptionsDekallm
    from .provider_options_enfer import ProviderOptionsEnfer
    from .provider_options_fake_provider import ProviderOptionsFakeProvider
    from .provider_options_featherless import ProviderOptionsFeatherless
    from .provider_options_fireworks import ProviderOptionsFireworks
    from .provider_options_friendli import ProviderOptionsFriendli
    from .provider_options_gmicloud import ProviderOptionsGmicloud
    from .provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from .provider_options_google_vertex import ProviderOptionsGoogleVertex
    from .provider_options_gopomelo import ProviderOptionsGopomelo
    from .provider_options_groq import ProviderOptionsGroq
    from .provider_options_huggingface import ProviderOptionsHuggingface
    from .provider_options_hyperbolic import ProviderOptionsHyperbolic
    from .provider_options_hyperbolic_quantized import (
        ProviderOptionsHyperbolicQuantized,
    )
    from .provider_options_inception import ProviderOptionsInception
    from .provider_options_inceptron import ProviderOptionsInceptron
    from .provider_options_inference_net import ProviderOptionsInferenceNet
    from .provider_options_infermatic import ProviderOptionsInfermatic
    from .provider_options_inflection import ProviderOptionsInflection
    from .provider_options_inocloud import ProviderOptionsInocloud
    from .provider_options_io_net import ProviderOptionsIoNet
    from .provider_options_ionstream import ProviderOptionsIonstream
    from .provider_options_klusterai import ProviderOptionsKlusterai
    from .provider_options_lambda import ProviderOptionsLambda
    from .provider_options_lepton import ProviderOptionsLepton
    from .provider_options_liquid import ProviderOptionsLiquid
    from .provider_options_lynn import ProviderOptionsLynn
    from .provider_options_lynn_private import ProviderOptionsLynnPrivate
    from .provider_options_mancer import ProviderOptionsMancer
    from .provider_options_mancer_old import ProviderOptionsMancerOld
    from .provider_options_mara import ProviderOptionsMara
    from .provider_options_meta import ProviderOptionsMeta
    from .provider_options_minimax import ProviderOptionsMinimax
    from .provider_options_mistral import ProviderOptionsMistral
    from .provider_options_modal import ProviderOptionsModal
    from .provider_options_modelrun import ProviderOptionsModelrun
    from .provider_options_modular import ProviderOptionsModular
    from .provider_options_moonshotai import ProviderOptionsMoonshotai
    from .provider_options_morph import ProviderOptionsMorph
    from .provider_options_ncompass import ProviderOptionsNcompass
    from .provider_options_nebius import ProviderOptionsNebius
    from .provider_options_nex_agi import ProviderOptionsNexAgi
    from .provider_options_nextbit import ProviderOptionsNextbit
    from .provider_options_nineteen import ProviderOptionsNineteen
    from .provider_options_novita import ProviderOptionsNovita
    from .provider_options_nvidia import ProviderOptionsNvidia
    from .provider_options_octoai import ProviderOptionsOctoai
    from .provider_options_open_inference import ProviderOptionsOpenInference
    from .provider_options_openai import ProviderOptionsOpenai
    from .provider_options_parasail import ProviderOptionsParasail
    from .provider_options_perceptron import ProviderOptionsPerceptron
    from .provider_options_perplexity import ProviderOptionsPerplexity
    from .provider_options_phala import ProviderOptionsPhala
    from .provider_options_poolside import ProviderOptionsPoolside
    from .provider_options_recraft import ProviderOptionsRecraft
    from .provider_options_recursal import ProviderOptionsRecursal
    from .provider_options_reflection import ProviderOptionsReflection
    from .provider_options_reka import ProviderOptionsReka
    from .provider_options_relace import ProviderOptionsRelace
    from .provider_options_replicate import ProviderOptionsReplicate
    from .provider_options_sambanova import ProviderOptionsSambanova
    from .provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked
    from .provider_options_seed import ProviderOptionsSeed
    from .provider_options_sf_compute import ProviderOptionsSfCompute
    from .provider_options_siliconflow import ProviderOptionsSiliconflow
    from .provider_options_sourceful import ProviderOptionsSourceful
    from .provider_options_stealth import ProviderOptionsStealth
    from .provider_options_stepfun import ProviderOptionsStepfun
    from .provider_options_streamlake import ProviderOptionsStreamlake
    from .provider_options_switchpoint import ProviderOptionsSwitchpoint
    from .provider_options_targon import ProviderOptionsTargon
    from .provider_options_together import ProviderOptionsTogether
    from .provider_options_together_lite import ProviderOptionsTogetherLite
    from .provider_options_ubicloud import ProviderOptionsUbicloud
    from .provider_options_upstage import ProviderOptionsUpstage
    from .provider_options_venice import ProviderOptionsVenice
    from .provider_options_wandb import ProviderOptionsWandb
    from .provider_options_xai import ProviderOptionsXai
    from .provider_options_xiaomi import ProviderOptionsXiaomi
    from .provider_options_z_ai import ProviderOptionsZAi
    from .provider_overloaded_response import ProviderOverloadedResponse
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )
    from .provider_overloaded_response_error_data_metadata_type_0 import (
        ProviderOverloadedResponseErrorDataMetadataType0,
    )
    from .provider_overloaded_response_modelgates_metadata_type_0 import (
        ProviderOverloadedResponseModelgatesMetadataType0,
    )
    from .provider_preferences import ProviderPreferences
    from .provider_sort import ProviderSort
    from .quantization import Quantization
    from .reasoning import Reasoning
    from .reasoning_effort import ReasoningEffort
    from .reasoning_summary import ReasoningSummary
    from .request_timeout_response import RequestTimeoutResponse
    from .request_timeout_response_error_data import RequestTimeoutResponseErrorData
    from .request_timeout_response_error_data_metadata_type_0 import (
        RequestTimeoutResponseErrorDataMetadataType0,
    )
    from .request_timeout_response_modelgates_metadata_type_0 import (
        RequestTimeoutResponseModelgatesMetadataType0,
    )
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_object_type import ResponseFormatJsonObjectType
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .response_format_text import ResponseFormatText
    from .response_format_text_type import ResponseFormatTextType
    from .service_unavailable_response import ServiceUnavailableResponse
    from .service_unavailable_response_error_data import (
        ServiceUnavailableResponseErrorData,
    )
    from .service_unavailable_response_error_data_metadata_type_0 import (
        ServiceUnavailableResponseErrorDataMetadataType0,
    )
    from .service_unavailable_response_modelgates_metadata_type_0 import (
        ServiceUnavailableResponseModelgatesMetadataType0,
    )
    from .speech_request import SpeechRequest
    from .speech_request_provider import SpeechRequestProvider
    from .speech_request_response_format import SpeechRequestResponseFormat
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_error_data import TooManyRequestsResponseErrorData
    from .too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )
    from .too_many_requests_response_modelgates_metadata_type_0 import (
        TooManyRequestsResponseModelgatesMetadataType0,
    )
    from .trace_config import TraceConfig
    from .unauthorized_response import UnauthorizedResponse
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData
    from .unauthorized_response_error_data_metadata_type_0 import (
        UnauthorizedResponseErrorDataMetadataType0,
    )
    from .unauthorized_response_modelgates_metadata_type_0 import (
        UnauthorizedResponseModelgatesMetadataType0,
    )
    from .unprocessable_entity_response import UnprocessableEntityResponse
    from .unprocessable_entity_response_error_data import (
        UnprocessableEntityResponseErrorData,
    )
    from .unprocessable_entity_response_error_data_metadata_type_0 import (
        UnprocessableEntityResponseErrorDataMetadataType0,
    )
    from .unprocessable_entity_response_modelgates_metadata_type_0 import (
        UnprocessableEntityResponseModelgatesMetadataType0,
    )
    from .web_search_engine import WebSearchEngine

_MODULE_OF = {
    "AnthropicCacheControlDirective": "anthropic_cache_control_directive",
    "AnthropicCacheControlDirectiveType": "anthropic_cache_control_directive_type",
    "AnthropicCacheControlTtl": "anthropic_cache_control_ttl",
    "BadGatewayResponse": "bad_gateway_response",
    "BadGatewayResponseErrorData": "bad_gateway_response_error_data",
    "BadGatewayResponseErrorDataMetadataType0": "bad_gateway_response_error_data_metadata_type_0",
    "BadGatewayResponseModelgatesMetadataType0": "bad_gateway_response_modelgates_metadata_type_0",
    "BadRequestResponse": "bad_request_response",
    "BadRequestResponseErrorData": "bad_request_response_error_data",
    "BadRequestResponseErrorDataMetadataType0": "bad_request_response_error_data_metadata_type_0",
    "BadRequestResponseModelgatesMetadataType0": "bad_request_response_modelgates_metadata_type_0",
    "ChatAssistantMessage": "chat_assistant_message",
    "ChatAssistantMessageRole": "chat_assistant_message_role",
    "ChatAssistantResponseMessage": "chat_assistant_response_message",
    "ChatAssistantResponseMessageRole": "chat_assistant_response_message_role",
    "ChatChoice": "chat_choice",
    "ChatChoiceLogprobsType0": "chat_choice_logprobs_type_0",
    "ChatCompletionTokensDetails": "chat_completion_tokens_details",
    "ChatContentAudio": "chat_content_audio",
    "ChatContentAudioType": "chat_content_audio_type",
    "ChatContentFile": "chat_content_file",
    "ChatContentFileType": "chat_content_file_type",
    "ChatContentImage": "chat_content_image",
    "ChatContentImageType": "chat_content_image_type",
    "ChatContentText": "chat_content_text",
    "ChatContentTextType": "chat_content_text_type",
    "ChatContentVideo": "chat_content_video",
    "ChatContentVideoType": "chat_content_video_type",
    "ChatDebugOptions": "chat_debug_options",
    "ChatDeveloperMessage": "chat_developer_message",
    "ChatDeveloperMessageRole": "chat_developer_message_role",
    "ChatFileData": "chat_file_data",
    "ChatFinishReason": "chat_finish_reason",
    "ChatFunctionDefinition": "chat_function_definition",
    "ChatFunctionDefinitionParameters": "chat_function_definition_parameters",
    "ChatFunctionTool": "chat_function_tool",
    "ChatFunctionToolType": "chat_function_tool_type",
    "ChatImageUrl": "chat_image_url",
    "ChatImageUrlDetail": "chat_image_url_detail",
    "ChatInputAudio": "chat_input_audio",
    "ChatNamedToolChoice": "chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": "chat_named_tool_choice_function",
    "ChatNamedToolChoiceType": "chat_named_tool_choice_type",
    "ChatPromptTokensDetails": "chat_prompt_tokens_details",
    "ChatReasoningDetail": "chat_reasoning_detail",
    "ChatRequest": "chat_request",
    "ChatRequestImageConfig": "chat_request_image_config",
    "ChatRequestLogitBias": "chat_request_logit_bias",
    "ChatRequestMetadata": "chat_request_metadata",
    "ChatRequestPluginContextCompression": "chat_request_plugin_context_compression",
    "ChatRequestPluginContextCompressionEngine": "chat_request_plugin_context_compression_engine",
    "ChatRequestPluginContextCompressionId": "chat_request_plugin_context_compression_id",
    "ChatRequestPluginFileParser": "chat_request_plugin_file_parser",
    "ChatRequestPluginFileParserId": "chat_request_plugin_file_parser_id",
    "ChatRequestPluginModeration": "chat_request_plugin_moderation",
    "ChatRequestPluginModerationId": "chat_request_plugin_moderation_id",
    "ChatRequestPluginResponseHealing": "chat_request_plugin_response_healing",
    "ChatRequestPluginResponseHealingId": "chat_request_plugin_response_healing_id",
    "ChatRequestPluginWeb": "chat_request_plugin_web",
    "ChatRequestPluginWebId": "chat_request_plugin_web_id",
    "ChatRequestServiceTier": "chat_request_service_tier",
    "ChatResponseAudio": "chat_response_audio",
    "ChatResponseImage": "chat_response_image",
    "ChatResult": "chat_result",
    "ChatResultModelgatesMetadataType0": "chat_result_modelgates_metadata_type_0",
    "ChatStreamChoice": "chat_stream_choice",
    "ChatStreamChoiceLogprobsType0": "chat_stream_choice_logprobs_type_0",
    "ChatStreamChunk": "chat_stream_chunk",
    "ChatStreamChunkModelgatesMetadataType0": "chat_stream_chunk_modelgates_metadata_type_0",
    "ChatStreamDelta": "chat_stream_delta",
    "ChatStreamError": "chat_stream_error",
    "ChatStreamErrorMetadataType0": "chat_stream_error_metadata_type_0",
    "ChatStreamOptions": "chat_stream_options",
    "ChatStreamToolCallDelta": "chat_stream_tool_call_delta",
    "ChatStreamToolCallFunctionDelta": "chat_stream_tool_call_function_delta",
    "ChatSystemMessage": "chat_system_message",
    "ChatSystemMessageRole": "chat_system_message_role",
    "ChatToolCall": "chat_tool_call",
    "ChatToolCallFunction": "chat_tool_call_function",
    "ChatToolCallType": "chat_tool_call_type",
    "ChatToolChoiceMode": "chat_tool_choice_mode",
    "ChatToolMessage": "chat_tool_message",
    "ChatToolMessageRole": "chat_tool_message_role",
    "ChatUsage": "chat_usage",
    "ChatUserMessage": "chat_user_message",
    "ChatUserMessageRole": "chat_user_message_role",
    "ChatVideoUrl": "chat_video_url",
    "DataCollection": "data_collection",
    "EdgeNetworkTimeoutResponse": "edge_network_timeout_response",
    "EdgeNetworkTimeoutResponseErrorData": "edge_network_timeout_response_error_data",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0": "edge_network_timeout_response_error_data_metadata_type_0",
    "EdgeNetworkTimeoutResponseModelgatesMetadataType0": "edge_network_timeout_response_modelgates_metadata_type_0",
    "FileParserPdfOptions": "file_parser_pdf_options",
    "ForbiddenResponse": "forbidden_response",
    "ForbiddenResponseErrorData": "forbidden_response_error_data",
    "ForbiddenResponseErrorDataMetadataType0": "forbidden_response_error_data_metadata_type_0",
    "ForbiddenResponseModelgatesMetadataType0": "forbidden_response_modelgates_metadata_type_0",
    "InternalServerResponse": "internal_server_response",
    "InternalServerResponseErrorData": "internal_server_response_error_data",
    "InternalServerResponseErrorDataMetadataType0": "internal_server_response_error_data_metadata_type_0",
    "InternalServerResponseModelgatesMetadataType0": "internal_server_response_modelgates_metadata_type_0",
    "JsonSchemaConfig": "json_schema_config",
    "JsonSchemaConfigSchema": "json_schema_config_schema",
    "MetadataLevel": "metadata_level",
    "Modality": "modality",
    "NotFoundResponse": "not_found_response",
    "NotFoundResponseErrorData": "not_found_response_error_data",
    "NotFoundResponseErrorDataMetadataType0": "not_found_response_error_data_metadata_type_0",
    "NotFoundResponseModelgatesMetadataType0": "not_found_response_modelgates_metadata_type_0",
    "PayloadTooLargeResponse": "payload_too_large_response",
    "PayloadTooLargeResponseErrorData": "payload_too_large_response_error_data",
    "PayloadTooLargeResponseErrorDataMetadataType0": "payload_too_large_response_error_data_metadata_type_0",
    "PayloadTooLargeResponseModelgatesMetadataType0": "payload_too_large_response_modelgates_metadata_type_0",
    "PaymentRequiredResponse": "payment_required_response",
    "PaymentRequiredResponseErrorData": "payment_required_response_error_data",
    "PaymentRequiredResponseErrorDataMetadataType0": "payment_required_response_error_data_metadata_type_0",
    "PaymentRequiredResponseModelgatesMetadataType0": "payment_required_response_modelgates_metadata_type_0",
    "PdfParserEngine": "pdf_parser_engine",
    "ProviderMaxPrice": "provider_max_price",
    "ProviderOptions": "provider_options",
    "ProviderOptions01Ai": "provider_options_01_ai",
    "ProviderOptionsAi21": "provider_options_ai_21",
    "ProviderOptionsAionLabs": "provider_options_aion_labs",
    "ProviderOptionsAkashml": "provider_options_akashml",
    "ProviderOptionsAlibaba": "provider_options_alibaba",
    "ProviderOptionsAmazonBedrock": "provider_options_amazon_bedrock",
    "ProviderOptionsAmazonNova": "provider_options_amazon_nova",
    "ProviderOptionsAmbient": "provider_options_ambient",
    "ProviderOptionsAnthropic": "provider_options_anthropic",
    "ProviderOptionsAnyscale": "provider_options_anyscale",
    "ProviderOptionsArceeAi": "provider_options_arcee_ai",
    "ProviderOptionsAtlasCloud": "provider_options_atlas_cloud",
    "ProviderOptionsAtoma": "provider_options_atoma",
    "ProviderOptionsAvian": "provider_options_avian",
    "ProviderOptionsAzure": "provider_options_azure",
    "ProviderOptionsBaidu": "provider_options_baidu",
    "ProviderOptionsBaseten": "provider_options_baseten",
    "ProviderOptionsBlackForestLabs": "provider_options_black_forest_labs",
    "ProviderOptionsByteplus": "provider_options_byteplus",
    "ProviderOptionsCentml": "provider_options_centml",
    "ProviderOptionsCerebras": "provider_options_cerebras",
    "ProviderOptionsChutes": "provider_options_chutes",
    "ProviderOptionsCirrascale": "provider_options_cirrascale",
    "ProviderOptionsClarifai": "provider_options_clarifai",
    "ProviderOptionsCloudflare": "provider_options_cloudflare",
    "ProviderOptionsCohere": "provider_options_cohere",
    "ProviderOptionsCrofai": "provider_options_crofai",
    "ProviderOptionsCrucible": "provider_options_crucible",
    "ProviderOptionsCrusoe": "provider_options_crusoe",
    "ProviderOptionsDeepinfra": "provider_options_deepinfra",
    "ProviderOptionsDeepseek": "provider_options_deepseek",
    "ProviderOptionsDekallm": "provider_options_dekallm",
    "ProviderOptionsEnfer": "provider_options_enfer",
    "ProviderOptionsFakeProvider": "provider_options_fake_provider",
    "ProviderOptionsFeatherless": "provider_options_featherless",
    "ProviderOptionsFireworks": "provider_options_fireworks",
    "ProviderOptionsFriendli": "provider_options_friendli",
    "ProviderOptionsGmicloud": "provider_options_gmicloud",
    "ProviderOptionsGoogleAiStudio": "provider_options_google_ai_studio",
    "ProviderOptionsGoogleVertex": "provider_options_google_vertex",
    "ProviderOptionsGopomelo": "provider_options_gopomelo",
    "ProviderOptionsGroq": "provider_options_groq",
    "ProviderOptionsHuggingface": "provider_options_huggingface",
    "ProviderOptionsHyperbolic": "provider_options_hyperbolic",
    "ProviderOptionsHyperbolicQuantized": "provider_options_hyperbolic_quantized",
    "ProviderOptionsInception": "provider_options_inception",
    "ProviderOptionsInceptron": "provider_options_inceptron",
    "ProviderOptionsInferenceNet": "provider_options_inference_net",
    "ProviderOptionsInfermatic": "provider_options_infermatic",
    "ProviderOptionsInflection": "provider_options_inflection",
    "ProviderOptionsInocloud": "provider_options_inocloud",
    "ProviderOptionsIoNet": "provider_options_io_net",
    "ProviderOptionsIonstream": "provider_options_ionstream",
    "ProviderOptionsKlusterai": "provider_options_klusterai",
    "ProviderOptionsLambda": "provider_options_lambda",
    "ProviderOptionsLepton": "provider_options_lepton",
    "ProviderOptionsLiquid": "provider_options_liquid",
    "ProviderOptionsLynn": "provider_options_lynn",
    "ProviderOptionsLynnPrivate": "provider_options_lynn_private",
    "ProviderOptionsMancer": "provider_options_mancer",
    "ProviderOptionsMancerOld": "provider_options_mancer_old",
    "ProviderOptionsMara": "provider_options_mara",
    "ProviderOptionsMeta": "provider_options_meta",
    "ProviderOptionsMinimax": "provider_options_minimax",
    "ProviderOptionsMistral": "provider_options_mistral",
    "ProviderOptionsModal": "provider_options_modal",
    "ProviderOptionsModelrun": "provider_options_modelrun",
    "ProviderOptionsModular": "provider_options_modular",
    "ProviderOptionsMoonshotai": "provider_options_moonshotai",
    "ProviderOptionsMorph": "provider_options_morph",
    "ProviderOptionsNcompass": "provider_options_ncompass",
    "ProviderOptionsNebius": "provider_options_nebius",
    "ProviderOptionsNexAgi": "provider_options_nex_agi",
    "ProviderOptionsNextbit": "provider_options_nextbit",
    "ProviderOptionsNineteen": "provider_options_nineteen",
    "ProviderOptionsNovita": "provider_options_novita",
    "ProviderOptionsNvidia": "provider_options_nvidia",
    "ProviderOptionsOctoai": "provider_options_octoai",
    "ProviderOptionsOpenInference": "provider_options_open_inference",
    "ProviderOptionsOpenai": "provider_options_openai",
    "ProviderOptionsParasail": "provider_options_parasail",
    "ProviderOptionsPerceptron": "provider_options_perceptron",
    "ProviderOptionsPerplexity": "provider_options_perplexity",
    "ProviderOptionsPhala": "provider_options_phala",
    "ProviderOptionsPoolside": "provider_options_poolside",
    "ProviderOptionsRecraft": "provider_options_recraft",
    "ProviderOptionsRecursal": "provider_options_recursal",
    "ProviderOptionsReflection": "provider_options_reflection",
    "ProviderOptionsReka": "provider_options_reka",
    "ProviderOptionsRelace": "provider_options_relace",
    "ProviderOptionsReplicate": "provider_options_replicate",
    "ProviderOptionsSambanova": "provider_options_sambanova",
    "ProviderOptionsSambanovaCloaked": "provider_options_sambanova_cloaked",
    "ProviderOptionsSeed": "provider_options_seed",
    "ProviderOptionsSfCompute": "provider_options_sf_compute",
    "ProviderOptionsSiliconflow": "provider_options_siliconflow",
    "ProviderOptionsSourceful": "provider_options_sourceful",
    "ProviderOptionsStealth": "provider_options_stealth",
    "ProviderOptionsStepfun": "provider_options_stepfun",
    "ProviderOptionsStreamlake": "provider_options_streamlake",
    "ProviderOptionsSwitchpoint": "provider_options_switchpoint",
    "ProviderOptionsTargon": "provider_options_targon",
    "ProviderOptionsTogether": "provider_options_together",
    "ProviderOptionsTogetherLite": "provider_options_together_lite",
    "ProviderOptionsUbicloud": "provider_options_ubicloud",
    "ProviderOptionsUpstage": "provider_options_upstage",
    "ProviderOptionsVenice": "provider_options_venice",
    "ProviderOptionsWandb": "provider_options_wandb",
    "ProviderOptionsXai": "provider_options_xai",
    "ProviderOptionsXiaomi": "provider_options_xiaomi",
    "ProviderOptionsZAi": "provider_options_z_ai",
    "ProviderOverloadedResponse": "provider_overloaded_response",
    "ProviderOverloadedResponseErrorData": "provider_overloaded_response_error_data",
    "ProviderOverloadedResponseErrorDataMetadataType0": "provider_overloaded_response_error_data_metadata_type_0",
    "ProviderOverloadedResponseModelgatesMetadataType0": "provider_overloaded_response_modelgates_metadata_type_0",
    "ProviderPreferences": "provider_preferences",
    "ProviderSort": "provider_sort",
    "Quantization": "quantization",
    "Reasoning": "reasoning",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningSummary": "reasoning_summary",
    "RequestTimeoutResponse": "request_timeout_response",
    "RequestTimeoutResponseErrorData": "request_timeout_response_error_data",
    "RequestTimeoutResponseErrorDataMetadataType0": "request_timeout_response_error_data_metadata_type_0",
    "RequestTimeoutResponseModelgatesMetadataType0": "request_timeout_response_modelgates_metadata_type_0",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectType": "response_format_json_object_type",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaType": "response_format_json_schema_type",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextType": "response_format_text_type",
    "ServiceUnavailableResponse": "service_unavailable_response",
    "ServiceUnavailableResponseErrorData": "service_unavailable_response_error_data",
    "ServiceUnavailableResponseErrorDataMetadataType0": "service_unavailable_response_error_data_metadata_type_0",
    "ServiceUnavailableResponseModelgatesMetadataType0": "service_unavailable_response_modelgates_metadata_type_0",
    "SpeechRequest": "speech_request",
    "SpeechRequestProvider": "speech_request_provider",
    "SpeechRequestResponseFormat": "speech_request_response_format",
    "TooManyRequestsResponse": "too_many_requests_response",
    "TooManyRequestsResponseErrorData": "too_many_requests_response_error_data",
    "TooManyRequestsResponseErrorDataMetadataType0": "too_many_requests_response_error_data_metadata_type_0",
    "TooManyRequestsResponseModelgatesMetadataType0": "too_many_requests_response_modelgates_metadata_type_0",
    "TraceConfig": "trace_config",
    "UnauthorizedResponse": "unauthorized_response",
    "UnauthorizedResponseErrorData": "unauthorized_response_error_data",
    "UnauthorizedResponseErrorDataMetadataType0": "unauthorized_response_error_data_metadata_type_0",
    "UnauthorizedResponseModelgatesMetadataType0": "unauthorized_response_modelgates_metadata_type_0",
    "UnprocessableEntityResponse": "unprocessable_entity_response",
    "UnprocessableEntityResponseErrorData": "unprocessable_entity_response_error_data",
    "UnprocessableEntityResponseErrorDataMetadataType0": "unprocessable_entity_response_error_data_metadata_type_0",
    "UnprocessableEntityResponseModelgatesMetadataType0": "unprocessable_entity_response_modelgates_metadata_type_0",
    "WebSearchEngine": "web_search_engine",
}

__all__ = (
    "AnthropicCacheControlDirective",
    "AnthropicCacheControlDirectiveType",
    "AnthropicCacheControlTtl",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "BadGatewayResponseErrorDataMetadataType0",
    "BadGatewayResponseModelgatesMetadataType0",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "BadRequestResponseErrorDataMetadataType0",
    "BadRequestResponseModelgatesMetadataType0",
    "ChatAssistantMessage",
    "ChatAssistantMessageRole",
    "ChatAssistantResponseMessage",
    "ChatAssistantResponseMessageRole",
    "ChatChoice",
    "ChatChoiceLogprobsType0",
    "ChatCompletionTokensDetails",
    "ChatContentAudio",
    "ChatContentAudioType",
    "ChatContentFile",
    "ChatContentFileType",
    "ChatContentImage",
    "ChatContentImageType",
    "ChatContentText",
    "ChatContentTextType",
    "ChatContentVideo",
    "ChatContentVideoType",
    "ChatDebugOptions",
    "ChatDeveloperMessage",
    "ChatDeveloperMessageRole",
    "ChatFileData",
    "ChatFinishReason",
    "ChatFunctionDefinition",
    "ChatFunctionDefinitionParameters",
    "ChatFunctionTool",
    "ChatFunctionToolType",
    "ChatImageUrl",
    "ChatImageUrlDetail",
    "ChatInputAudio",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatNamedToolChoiceType",
    "ChatPromptTokensDetails",
    "ChatReasoningDetail",
    "ChatRequest",
    "ChatRequestImageConfig",
    "ChatRequestLogitBias",
    "ChatRequestMetadata",
    "ChatRequestPluginContextCompression",
    "ChatRequestPluginContextCompressionEngine",
    "ChatRequestPluginContextCompressionId",
    "ChatRequestPluginFileParser",
    "ChatRequestPluginFileParserId",
    "ChatRequestPluginModeration",
    "ChatRequestPluginModerationId",
    "ChatRequestPluginResponseHealing",
    "ChatRequestPluginResponseHealingId",
    "ChatRequestPluginWeb",
    "ChatRequestPluginWebId",
    "ChatRequestServiceTier",
    "ChatResponseAudio",
    "ChatResponseImage",
    "ChatResult",
    "ChatResultModelgatesMetadataType0",
    "ChatStreamChoice",
    "ChatStreamChoiceLogprobsType0",
    "ChatStreamChunk",
    "ChatStreamChunkModelgatesMetadataType0",
    "ChatStreamDelta",
    "ChatStreamError",
    "ChatStreamErrorMetadataType0",
    "ChatStreamOptions",
    "ChatStreamToolCallDelta",
    "ChatStreamToolCallFunctionDelta",
    "ChatSystemMessage",
    "ChatSystemMessageRole",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolChoiceMode",
    "ChatToolMessage",
    "ChatToolMessageRole",
    "ChatUsage",
    "ChatUserMessage",
    "ChatUserMessageRole",
    "ChatVideoUrl",
    "DataCollection",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0",
    "EdgeNetworkTimeoutResponseModelgatesMetadataType0",
    "FileParserPdfOptions",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "ForbiddenResponseModelgatesMetadataType0",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataMetadataType0",
    "InternalServerResponseModelgatesMetadataType0",
    "JsonSchemaConfig",
    "JsonSchemaConfigSchema",
    "MetadataLevel",
    "Modality",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "NotFoundResponseErrorDataMetadataType0",
    "NotFoundResponseModelgatesMetadataType0",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "PayloadTooLargeResponseErrorDataMetadataType0",
    "PayloadTooLargeResponseModelgatesMetadataType0",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "PaymentRequiredResponseErrorDataMetadataType0",
    "PaymentRequiredResponseModelgatesMetadataType0",
    "PdfParserEngine",
    "ProviderMaxPrice",
    "ProviderOptions",
    "ProviderOptions01Ai",
    "ProviderOptionsAi21",
    "ProviderOptionsAionLabs",
    "ProviderOptionsAkashml",
    "ProviderOptionsAlibaba",
    "ProviderOptionsAmazonBedrock",
    "ProviderOptionsAmazonNova",
    "ProviderOptionsAmbient",
    "ProviderOptionsAnthropic",
    "ProviderOptionsAnyscale",
    "ProviderOptionsArceeAi",
    "ProviderOptionsAtlasCloud",
    "ProviderOptionsAtoma",
    "ProviderOptionsAvian",
    "ProviderOptionsAzure",
    "ProviderOptionsBaidu",
    "ProviderOptionsBaseten",
    "ProviderOptionsBlackForestLabs",
    "ProviderOptionsByteplus",
    "ProviderOptionsCentml",
    "ProviderOptionsCerebras",
    "ProviderOptionsChutes",
    "ProviderOptionsCirrascale",
    "ProviderOptionsClarifai",
    "ProviderOptionsCloudflare",
    "ProviderOptionsCohere",
    "ProviderOptionsCrofai",
    "ProviderOptionsCrucible",
    "ProviderOptionsCrusoe",
    "ProviderOptionsDeepinfra",
    "ProviderOptionsDeepseek",
    "ProviderOptionsDekallm",
    "ProviderOptionsEnfer",
    "ProviderOptionsFakeProvider",
    "ProviderOptionsFeatherless",
    "ProviderOptionsFireworks",
    "ProviderOptionsFriendli",
    "ProviderOptionsGmicloud",
    "ProviderOptionsGoogleAiStudio",
    "ProviderOptionsGoogleVertex",
    "ProviderOptionsGopomelo",
    "ProviderOptionsGroq",
    "ProviderOptionsHuggingface",
    "ProviderOptionsHyperbolic",
    "ProviderOptionsHyperbolicQuantized",
    "ProviderOptionsInception",
    "ProviderOptionsInceptron",
    "ProviderOptionsInferenceNet",
    "ProviderOptionsInfermatic",
    "ProviderOptionsInflection",
    "ProviderOptionsInocloud",
    "ProviderOptionsIoNet",
    "ProviderOptionsIonstream",
    "ProviderOptionsKlusterai",
    "ProviderOptionsLambda",
    "ProviderOptionsLepton",
    "ProviderOptionsLiquid",
    "ProviderOptionsLynn",
    "ProviderOptionsLynnPrivate",
    "ProviderOptionsMancer",
    "ProviderOptionsMancerOld",
    "ProviderOptionsMara",
    "ProviderOptionsMeta",
    "ProviderOptionsMinimax",
    "ProviderOptionsMistral",
    "ProviderOptionsModal",
    "ProviderOptionsModelrun",
    "ProviderOptionsModular",
    "ProviderOptionsMoonshotai",
    "ProviderOptionsMorph",
    "ProviderOptionsNcompass",
    "ProviderOptionsNebius",
    "ProviderOptionsNexAgi",
    "ProviderOptionsNextbit",
    "ProviderOptionsNineteen",
    "ProviderOptionsNovita",
    "ProviderOptionsNvidia",
    "ProviderOptionsOctoai",
    "ProviderOptionsOpenInference",
    "ProviderOptionsOpenai",
    "ProviderOptionsParasail",
    "ProviderOptionsPerceptron",
    "ProviderOptionsPerplexity",
    "ProviderOptionsPhala",
    "ProviderOptionsPoolside",
    "ProviderOptionsRecraft",
    "ProviderOptionsRecursal",
    "ProviderOptionsReflection",
    "ProviderOptionsReka",
    "ProviderOptionsRelace",
    "ProviderOptionsReplicate",
    "ProviderOptionsSambanova",
    "ProviderOptionsSambanovaCloaked",
    "ProviderOptionsSeed",
    "ProviderOptionsSfCompute",
    "ProviderOptionsSiliconflow",
    "ProviderOptionsSourceful",
    "ProviderOptionsStealth",
    "ProviderOptionsStepfun",
    "ProviderOptionsStreamlake",
    "ProviderOptionsSwitchpoint",
    "ProviderOptionsTargon",
    "ProviderOptionsTogether",
    "ProviderOptionsTogetherLite",
    "ProviderOptionsUbicloud",
    "ProviderOptionsUpstage",
    "ProviderOptionsVenice",
    "ProviderOptionsWandb",
    "ProviderOptionsXai",
    "ProviderOptionsXiaomi",
    "ProviderOptionsZAi",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ProviderOverloadedResponseErrorDataMetadataType0",
    "ProviderOverloadedResponseModelgatesMetadataType0",
    "ProviderPreferences",
    "ProviderSort",
    "Quantization",
    "Reasoning",
    "ReasoningEffort",
    "ReasoningSummary",
    "RequestTimeoutResponse",
    "RequestTimeoutResponseErrorData",
    "RequestTimeoutResponseErrorDataMetadataType0",
    "RequestTimeoutResponseModelgatesMetadataType0",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "ServiceUnavailableResponse",
    "ServiceUnavailableResponseErrorData",
    "ServiceUnavailableResponseErrorDataMetadataType0",
    "ServiceUnavailableResponseModelgatesMetadataType0",
    "SpeechRequest",
    "SpeechRequestProvider",
    "SpeechRequestResponseFormat",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "TooManyRequestsResponseErrorDataMetadataType0",
    "TooManyRequestsResponseModelgatesMetadataType0",
    "TraceConfig",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnauthorizedResponseModelgatesMetadataType0",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseErrorData",
    "UnprocessableEntityResponseErrorDataMetadataType0",
    "UnprocessableEntityResponseModelgatesMetadataType0",
    "WebSearchEngine",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
