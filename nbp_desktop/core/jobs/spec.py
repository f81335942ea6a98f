"""The job spec and status live with the generation types (the library reads them from
sidecars without depending on the job engine); imported here for the engine's modules."""

from nbp_desktop.core.generation.job_spec import INTERRUPTED_MESSAGE, JobSpec, JobStatus

__all__ = ["INTERRUPTED_MESSAGE", "JobSpec", "JobStatus"]
