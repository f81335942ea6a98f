"""A data dir opened for work: the core's services, the recovered journal and the job engine,
wired once for the GUI and the CLI alike."""

from __future__ import annotations

import asyncio
from pathlib import Path

from nbp_desktop.core.jobs.engine import JobEngine
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.process_lock import ProcessLock
from nbp_desktop.core.recovery import RecoveryReport, open_library
from nbp_desktop.core.services import Services


class Workspace:
    """``async with Workspace(data_dir) as ws:`` opens, recovers and starts; leaving it stops
    the engine (running jobs become interrupted), closes the HTTP client and the journal."""

    def __init__(self, data_dir: Path, *, wait_for_daily_quota: bool = True,
                 start_engine: bool = True, run_only_own_jobs: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.services = Services(self.data_dir)
        self.wait_for_daily_quota = wait_for_daily_quota
        self.start_engine = start_engine
        self.run_only_own_jobs = run_only_own_jobs
        self.lock: ProcessLock | None = None
        self.journal: Journal | None = None
        self.engine: JobEngine | None = None
        self.report = RecoveryReport()

    async def __aenter__(self) -> Workspace:
        self.lock = ProcessLock(self.data_dir)
        # Recovery and the HTTP client's set-up (the trust store) overlap: both are start-up time.
        opened, services = await asyncio.gather(
            asyncio.to_thread(open_library, self.data_dir, self.lock), self.services.__aenter__(),
            return_exceptions=True)
        for failure in (opened, services):
            if isinstance(failure, BaseException):
                await self.services.__aexit__(None, None, None)
                if not isinstance(opened, BaseException):
                    opened[0].close()
                self.lock.release()
                raise failure
        self.journal, self.report = opened
        self.engine = JobEngine(self.services, self.journal, self.lock,
                                wait_for_daily_quota=self.wait_for_daily_quota,
                                run_only_own_jobs=self.run_only_own_jobs)
        if self.start_engine:
            await self.engine.start()
        return self

    async def __aexit__(self, *exc) -> None:
        try:
            if self.engine is not None and self.start_engine:
                await self.engine.stop()
        finally:
            await self.services.__aexit__(*exc)
            if self.journal is not None:
                await asyncio.to_thread(self.journal.close)
            if self.lock is not None:
                self.lock.release()
