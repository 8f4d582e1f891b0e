"""The resource groups of the client, generated from the spec by scripts/sdk_layer.py. Do not edit.

Each group's module loads on first access (``client.models``), so ``ModelGates()`` costs the same
whatever the size of the API.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from modelgates._operation import Caller

    from .analytics import Analytics
    from .api_keys import ApiKeys
    from .benchmarks import Benchmarks
    from .byok import Byok
    from .chat import Chat
    from .classifications import Classifications
    from .credits import Credits
    from .datasets import Datasets
    from .embeddings import Embeddings
    from .endpoints import Endpoints
    from .files import Files
    from .generations import Generations
    from .guardrails import Guardrails
    from .images import Images
    from .messages import Messages
    from .models import Models
    from .o_auth import OAuth
    from .observability import Observability
    from .organization import Organization
    from .presets import Presets
    from .providers import Providers
    from .rerank import Rerank
    from .responses import Responses
    from .scim import Scim
    from .stt import Stt
    from .tts import Tts
    from .video_generation import VideoGeneration
    from .workspaces import Workspaces

__all__ = ["OPERATIONS", "Resources"]

# Every operation as "<group>.<method>": "<METHOD> <path>".
OPERATIONS = {
    "analytics.get_user_activity": "GET /activity",
    "analytics.get_analytics_meta": "GET /analytics/meta",
    "analytics.query_analytics": "POST /analytics/query",
    "api_keys.get_current_key_metadata": "GET /key",
    "api_keys.list": "GET /keys",
    "api_keys.create": "POST /keys",
    "api_keys.delete": "DELETE /keys/{hash}",
    "api_keys.get": "GET /keys/{hash}",
    "api_keys.update": "PATCH /keys/{hash}",
    "benchmarks.get_benchmarks": "GET /benchmarks",
    "byok.list": "GET /byok",
    "byok.create": "POST /byok",
    "byok.delete": "DELETE /byok/{id}",
    "byok.get": "GET /byok/{id}",
    "byok.update": "PATCH /byok/{id}",
    "chat.send": "POST /chat/completions",
    "classifications.get_task_classifications": "GET /classifications/task",
    "credits.get_credits": "GET /credits",
    "credits.create_coinbase_charge": "POST /credits/coinbase",
    "datasets.get_app_rankings": "GET /datasets/app-rankings",
    "datasets.get_rankings_daily": "GET /datasets/rankings-daily",
    "datasets.get_session_cost": "GET /datasets/session-cost",
    "embeddings.generate": "POST /embeddings",
    "embeddings.list_models": "GET /embeddings/models",
    "endpoints.list_zdr_endpoints": "GET /endpoints/zdr",
    "endpoints.list": "GET /models/{author}/{slug}/endpoints",
    "files.list": "GET /files",
    "files.upload": "POST /files",
    "files.delete": "DELETE /files/{file_id}",
    "files.retrieve": "GET /files/{file_id}",
    "files.download": "GET /files/{file_id}/content",
    "generations.get_generation": "GET /generation",
    "generations.list_generation_content": "GET /generation/content",
    "generations.submit_feedback": "POST /generation/feedback",
    "guardrails.list": "GET /guardrails",
    "guardrails.create": "POST /guardrails",
    "guardrails.delete": "DELETE /guardrails/{id}",
    "guardrails.get": "GET /guardrails/{id}",
    "guardrails.update": "PATCH /guardrails/{id}",
    "guardrails.list_guardrail_key_assignments": "GET /guardrails/{id}/assignments/keys",
    "guardrails.bulk_assign_keys": "POST /guardrails/{id}/assignments/keys",
    "guardrails.bulk_unassign_keys": "POST /guardrails/{id}/assignments/keys/remove",
    "guardrails.list_guardrail_member_assignments": "GET /guardrails/{id}/assignments/members",
    "guardrails.bulk_assign_members": "POST /guardrails/{id}/assignments/members",
    "guardrails.bulk_unassign_members": "POST /guardrails/{id}/assignments/members/remove",
    "guardrails.list_key_assignments": "GET /guardrails/assignments/keys",
    "guardrails.list_member_assignments": "GET /guardrails/assignments/members",
    "images.generate": "POST /images",
    "images.list_models": "GET /images/models",
    "images.list_model_endpoints": "GET /images/models/{author}/{slug}/endpoints",
    "messages.create": "POST /messages",
    "models.get": "GET /model/{author}/{slug}",
    "models.list": "GET /models",
    "models.count": "GET /models/count",
    "models.list_for_user": "GET /models/user",
    "o_auth.exchange_auth_code_for_api_key": "POST /auth/keys",
    "o_auth.create_auth_code": "POST /auth/keys/code",
    "observability.list": "GET /observability/destinations",
    "observability.create": "POST /observability/destinations",
    "observability.delete": "DELETE /observability/destinations/{id}",
    "observability.get": "GET /observability/destinations/{id}",
    "observability.update": "PATCH /observability/destinations/{id}",
    "organization.list_members": "GET /organization/members",
    "presets.list": "GET /presets",
    "presets.get": "GET /presets/{slug}",
    "presets.create_presets_chat_completions": "POST /presets/{slug}/chat/completions",
    "presets.create_presets_messages": "POST /presets/{slug}/messages",
    "presets.create_presets_responses": "POST /presets/{slug}/responses",
    "presets.list_versions": "GET /presets/{slug}/versions",
    "presets.get_version": "GET /presets/{slug}/versions/{version}",
    "providers.list": "GET /providers",
    "rerank.rerank": "POST /rerank",
    "responses.send": "POST /responses",
    "scim.list_mappings": "GET /scim/group-mappings",
    "scim.create": "POST /scim/group-mappings",
    "scim.delete": "DELETE /scim/group-mappings/{id}",
    "scim.read": "GET /scim/group-mappings/{id}",
    "scim.update": "PATCH /scim/group-mappings/{id}",
    "scim.list_groups": "GET /scim/groups",
    "stt.create_transcription": "POST /audio/transcriptions",
    "tts.create_speech": "POST /audio/speech",
    "video_generation.generate": "POST /videos",
    "video_generation.get_generation": "GET /videos/{jobId}",
    "video_generation.get_video_content": "GET /videos/{jobId}/content",
    "video_generation.list_videos_models": "GET /videos/models",
    "workspaces.list": "GET /workspaces",
    "workspaces.create": "POST /workspaces",
    "workspaces.delete": "DELETE /workspaces/{id}",
    "workspaces.get": "GET /workspaces/{id}",
    "workspaces.update": "PATCH /workspaces/{id}",
    "workspaces.list_budgets": "GET /workspaces/{id}/budgets",
    "workspaces.delete_budget": "DELETE /workspaces/{id}/budgets/{interval}",
    "workspaces.get_budget": "GET /workspaces/{id}/budgets/{interval}",
    "workspaces.set_budget": "PUT /workspaces/{id}/budgets/{interval}",
    "workspaces.list_members": "GET /workspaces/{id}/members",
    "workspaces.bulk_add_members": "POST /workspaces/{id}/members/add",
    "workspaces.bulk_remove_members": "POST /workspaces/{id}/members/remove",
}


class Resources:
    """The groups of operations, one attribute each."""

    _core: Caller

    @cached_property
    def analytics(self) -> Analytics:
        """``analytics``: get_user_activity, get_analytics_meta, query_analytics."""
        from .analytics import Analytics

        return Analytics(self._core)

    @cached_property
    def api_keys(self) -> ApiKeys:
        """``api_keys``: get_current_key_metadata, list, create, delete, get, update."""
        from .api_keys import ApiKeys

        return ApiKeys(self._core)

    @cached_property
    def benchmarks(self) -> Benchmarks:
        """``benchmarks``: get_benchmarks."""
        from .benchmarks import Benchmarks

        return Benchmarks(self._core)

    @cached_property
    def byok(self) -> Byok:
        """``byok``: list, create, delete, get, update."""
        from .byok import Byok

        return Byok(self._core)

    @cached_property
    def chat(self) -> Chat:
        """``chat``: send."""
        from .chat import Chat

        return Chat(self._core)

    @cached_property
    def classifications(self) -> Classifications:
        """``classifications``: get_task_classifications."""
        from .classifications import Classifications

        return Classifications(self._core)

    @cached_property
    def credits(self) -> Credits:
        """``credits``: get_credits, create_coinbase_charge."""
        from .credits import Credits

        return Credits(self._core)

    @cached_property
    def datasets(self) -> Datasets:
        """``datasets``: get_app_rankings, get_rankings_daily, get_session_cost."""
        from .datasets import Datasets

        return Datasets(self._core)

    @cached_property
    def embeddings(self) -> Embeddings:
        """``embeddings``: generate, list_models."""
        from .embeddings import Embeddings

        return Embeddings(self._core)

    @cached_property
    def endpoints(self) -> Endpoints:
        """``endpoints``: list_zdr_endpoints, list."""
        from .endpoints import Endpoints

        return Endpoints(self._core)

    @cached_property
    def files(self) -> Files:
        """``files``: list, upload, delete, retrieve, download."""
        from .files import Files

        return Files(self._core)

    @cached_property
    def generations(self) -> Generations:
        """``generations``: get_generation, list_generation_content, submit_feedback."""
        from .generations import Generations

        return Generations(self._core)

    @cached_property
    def guardrails(self) -> Guardrails:
        """``guardrails``: list, create, delete, get, update, list_guardrail_key_assignments, bulk_assign_keys, bulk_unassign_keys, list_guardrail_member_assignments, bulk_assign_members, bulk_unassign_members, list_key_assignments, list_member_assignments."""
        from .guardrails import Guardrails

        return Guardrails(self._core)

    @cached_property
    def images(self) -> Images:
        """``images``: generate, list_models, list_model_endpoints."""
        from .images import Images

        return Images(self._core)

    @cached_property
    def messages(self) -> Messages:
        """``messages``: create."""
        from .messages import Messages

        return Messages(self._core)

    @cached_property
    def models(self) -> Models:
        """``models``: get, list, count, list_for_user."""
        from .models import Models

        return Models(self._core)

    @cached_property
    def o_auth(self) -> OAuth:
        """``o_auth``: exchange_auth_code_for_api_key, create_auth_code."""
        from .o_auth import OAuth

        return OAuth(self._core)

    @cached_property
    def observability(self) -> Observability:
        """``observability``: list, create, delete, get, update."""
        from .observability import Observability

        return Observability(self._core)

    @cached_property
    def organization(self) -> Organization:
        """``organization``: list_members."""
        from .organization import Organization

        return Organization(self._core)

    @cached_property
    def presets(self) -> Presets:
        """``presets``: list, get, create_presets_chat_completions, create_presets_messages, create_presets_responses, list_versions, get_version."""
        from .presets import Presets

        return Presets(self._core)

    @cached_property
    def providers(self) -> Providers:
        """``providers``: list."""
        from .providers import Providers

        return Providers(self._core)

    @cached_property
    def rerank(self) -> Rerank:
        """``rerank``: rerank."""
        from .rerank import Rerank

        return Rerank(self._core)

    @cached_property
    def responses(self) -> Responses:
        """``responses``: send."""
        from .responses import Responses

        return Responses(self._core)

    @cached_property
    def scim(self) -> Scim:
        """``scim``: list_mappings, create, delete, read, update, list_groups."""
        from .scim import Scim

        return Scim(self._core)

    @cached_property
    def stt(self) -> Stt:
        """``stt``: create_transcription."""
        from .stt import Stt

        return Stt(self._core)

    @cached_property
    def tts(self) -> Tts:
        """``tts``: create_speech."""
        from .tts import Tts

        return Tts(self._core)

    @cached_property
    def video_generation(self) -> VideoGeneration:
        """``video_generation``: generate, get_generation, get_video_content, list_videos_models."""
        from .video_generation import VideoGeneration

        return VideoGeneration(self._core)

    @cached_property
    def workspaces(self) -> Workspaces:
        """``workspaces``: list, create, delete, get, update, list_budgets, delete_budget, get_budget, set_budget, list_members, bulk_add_members, bulk_remove_members."""
        from .workspaces import Workspaces

        return Workspaces(self._core)
