"""Generate N images through one connection and store each as it arrives.

The job engine (queue, journal, recovery) builds on this; until then the CLI and the GUI
both call :func:`generate_images`.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from nbp_desktop.core.catalog import actual_cost, estimate_cost
from nbp_desktop.core.connections.config import ConnectionConfig
from nbp_desktop.core.errors import ErrorKind, NbpError
from nbp_desktop.core.generation.request import GenerationRequest
from nbp_desktop.core.generation.result import GenerationResult
from nbp_desktop.core.google.image_client import Progress
from nbp_desktop.core.library.image_store import StoredImage
from nbp_desktop.core.services import Services


@dataclass
class GenerationOutcome:
    job_id: str
    status: str = "queued"  # succeeded | failed | canceled
    stored: list[StoredImage] = field(default_factory=list)
    result: GenerationResult | None = None
    error: NbpError | None = None
    estimated_cost: float = 0.0

    def to_json(self) -> dict:
        data: dict = {"job_id": self.job_id, "status": self.status,
                      "estimated_cost_usd": self.estimated_cost}
        first = self.stored[0] if self.stored else None
        data.update(image_path=str(first.image_path) if first else None,
                    sha256=first.sha256 if first else None,
                    width=first.width if first else None,
                    height=first.height if first else None,
                    mime=first.mime if first else None)
        if len(self.stored) > 1:
            data["images"] = [{"image_path": str(s.image_path), "sha256": s.sha256,
                               "width": s.width, "height": s.height, "mime": s.mime}
                              for s in self.stored]
        if self.result is not None:
            data.update(text=self.result.text, cost_usd=actual_cost(self.result.model_version or "",
                                                                    self.result.usage),
                        usage=self.result.usage, timings=self.result.timings.to_json(),
                        model_version=self.result.model_version, response_id=self.result.response_id)
        if self.error is not None:
            data["error"] = self.error.to_json()
        return data


def new_job_id() -> str:
    return "job-" + secrets.token_hex(6)


async def generate_images(services: Services, config: ConnectionConfig, request: GenerationRequest,
                          count: int = 1, concurrency: int = 4,
                          on_progress: Callable[[str, Progress], None] | None = None,
                          ) -> list[GenerationOutcome]:
    """Run ``count`` generations (at most ``concurrency`` at once) and store every image.
    Never raises for a single job's failure: each outcome carries its own error."""
    auth = await services.authenticator(config)
    limiter = asyncio.Semaphore(max(1, concurrency))
    outcomes = [GenerationOutcome(job_id=new_job_id(),
                                  estimated_cost=estimate_cost(request.model, request.size, 1,
                                                               len(request.references)))
                for _ in range(max(1, count))]

    async def run(outcome: GenerationOutcome) -> None:
        async with limiter:
            notify = (lambda p: on_progress(outcome.job_id, p)) if on_progress else None
            try:
                result = await services.client.generate(config, auth, request, notify)
                outcome.result = result
                metadata = image_metadata(config, request, result, outcome.job_id)
                for image in result.images:
                    stored = await asyncio.to_thread(services.store.save, image, metadata)
                    outcome.stored.append(stored)
                outcome.status = "succeeded"
            except NbpError as error:
                outcome.status = "failed"
                outcome.error = error
            except asyncio.CancelledError:
                outcome.status = "canceled"
                outcome.error = NbpError(ErrorKind.CANCELED, "The job was canceled.")
                raise

    await asyncio.gather(*(run(o) for o in outcomes), return_exceptions=False)
    return outcomes


def image_metadata(config: ConnectionConfig, request: GenerationRequest, result: GenerationResult,
                   job_id: str) -> dict:
    """The sidecar content besides the file facts: never a secret, never image bytes."""
    return {
        "job_id": job_id,
        "request": request.to_metadata(),
        "connection": {"name": config.name, "kind": str(config.kind), "model": request.model,
                       "location": config.location, "project": config.project},
        "result": {
            "text": result.text,
            "finish_reason": result.finish_reason,
            "model_version": result.model_version,
            "response_id": result.response_id,
            "thought_signatures": result.thought_signatures,
            "thought_parts_skipped": result.thought_count,
            "revised_prompt": result.revised_prompt,
            "http_version": result.http_version,
        },
        "usage": result.usage,
        "cost_usd": actual_cost(request.model, result.usage),
        "estimated_cost_usd": estimate_cost(request.model, request.size, 1, len(request.references)),
        "timings": result.timings.to_json(),
    }
