"""A data dir opened for work: the core's services, the recovered journal and the job engine,
wired once for the GUI and the CLI alike."""

from __future__ import annotations

import asyncio
from pathlib import Path

from nbp_desktop.core.jobs.engine import JobEngine
from nbp_desktop.core.jobs.journal import Journal
from nbp_desktop.core.jobs.process_lock import ProcessLock
from nbp_desktop.core.recovery import RecoveryReport, check_library, open_journal, open_library
from nbp_desktop.core.services import Services


class Workspace:
    """``async with Workspace(data_dir) as ws:`` opens, recovers and starts; leaving it stops
    the engine (running jobs become interrupted), closes the HTTP client and the journal.

    ``check_library_later``: entering returns once the journal is open; the library check
    (``check_library``, which walks every file) and the engine's start follow in the
    background, and ``ready`` is set when they are done. The GUI paints its window meanwhile."""

    def __init__(self, data_dir: Path, *, wait_for_daily_quota: bool = True,
                 start_engine: bool = True, run_only_own_jobs: bool = False,
                 check_library_later: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.services = Services(self.data_dir)
        self.wait_for_daily_quota = wait_for_daily_quota
        self.start_engine = start_engine
        self.run_only_own_jobs = run_only_own_jobs
        self.lock: ProcessLock | None = None
        self._journal: Journal | None = None
        self._engine: JobEngine | None = None
        self.report = RecoveryReport()
        self.check_library_later = check_library_later
        self.ready = asyncio.Event()  # the library is checked and the engine started
        self._checking: asyncio.Task[None] | None = None

    @property
    def journal(self) -> Journal:
        """The recovered journal and library index (inside ``async with``)."""
        if self._journal is None:
            raise RuntimeError("the workspace is not open")
        return self._journal

    @property
    def engine(self) -> JobEngine:
        """The job engine (inside ``async with``)."""
        if self._engine is None:
            raise RuntimeError("the workspace is not open")
        return self._engine

    async def __aenter__(self) -> Workspace:
        self.lock = ProcessLock(self.data_dir)
        opening = (asyncio.to_thread(open_journal, self.data_dir) if self.check_library_later
                   else asyncio.to_thread(open_library, self.data_dir, self.lock))
        # Recovery and the HTTP client's set-up (the trust store) overlap: both are start-up time.
        opened, services = await asyncio.gather(opening, self.services.__aenter__(),
                                                return_exceptions=True)
        for failure in (opened, services):
            if isinstance(failure, BaseException):
                await self.services.__aexit__(None, None, None)
                if not isinstance(opened, BaseException):
                    opened[0].close()
                self.lock.release()
                raise failure
        assert not isinstance(opened, BaseException)  # raised just above
        self._journal, self.report = opened
        self._engine = JobEngine(self.services, self._journal, self.lock,
                                 wait_for_daily_quota=self.wait_for_daily_quota,
                                 run_only_own_jobs=self.run_only_own_jobs)
        if self.check_library_later:
            self._checking = asyncio.ensure_future(self._check_then_start())
        else:
            await self._check_then_start(checked=True)
        return self

    async def _check_then_start(self, checked: bool = False) -> None:
        if not checked:
            await asyncio.to_thread(check_library, self.journal, self.data_dir, self.lock, self.report)
        if self.start_engine:
            await self.engine.start()
        self.ready.set()

    async def until_ready(self) -> None:
        """Wait for the background check and the engine's start; raises what they raised."""
        if self._checking is not None:
            await asyncio.shield(self._checking)
        await self.ready.wait()

    async def __aexit__(self, *exc: object) -> None:
        try:
            if self._checking is not None:
                # The check runs in a thread and cannot be cut short; let it finish.
                await asyncio.gather(self._checking, return_exceptions=True)
            if self._engine is not None and self.start_engine:
                await self._engine.stop()
        finally:
            await self.services.__aexit__(*exc)
            if self._journal is not None:
                await asyncio.to_thread(self._journal.close)
            if self.lock is not None:
                self.lock.release()
