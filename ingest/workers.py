"""Extraction in worker processes with a wall-clock limit and an address-space cap.

A hostile or broken file can make a PDF library spin for minutes or exhaust memory
(DESIGN.md section 10). Each worker is a separate process that sets RLIMIT_AS on
itself; the parent kills a worker that overruns the time limit, records the file as
failed and starts a fresh worker, so the run goes on.
"""
from __future__ import annotations

import gc
import importlib
import logging
import multiprocessing as mp
import os
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator

from .extract import FAILED, Extraction
from .extract.ocr import OcrProgress, OcrSettings

log = logging.getLogger(__name__)

DEFAULT_EXTRACTOR = "ingest.extract:extract_document"
PREFETCH = 2  # tasks handed to a worker at once
GC_THRESHOLD = 10_000  # allocations between young-generation collections (Python's default: 700)


def settle_heap() -> None:
    """Stop the cyclic garbage collector from re-scanning a one-shot process's fixed heap.

    Call it once the modules and tables a batch process needs are loaded. Python's
    collector walks every tracked object on each full collection, and a worker's heap
    after its first file is mostly langdetect's profiles and our vocabularies (120,000
    objects that live as long as the process): measured, collections took 8 % of a
    worker's pypdf time and 16 % of the import parent's time. Freezing moves what is
    alive now out of the collector's sight (it is never freed, which a process that
    exits at the end of its batch does not mind), and a higher first threshold lets
    pypdf's short-lived objects die by reference counting before a collection looks at
    them. Only for batch processes (workers, `import`, `ingest run`): a long-running web
    server keeps Python's defaults.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


WITHDRAW = "withdraw"  # parent -> worker: (WITHDRAW, key): give that prefetched task back if not started


class Withdrawn:
    """Worker -> parent: the task was given back unstarted (answer to WITHDRAW)."""


@dataclass
class Task:
    key: Any
    data: bytes
    name: str
    passwords: tuple[str, ...] = ()
    metadata: dict[str, Any] | None = None


def _resolve(spec: str) -> Callable[..., Extraction]:
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]


def background_priority(nice: int) -> None:
    """Ingest is background work: the calling thread (on Linux a thread has a priority of
    its own; elsewhere the process) and the extraction processes it starts run at
    niceness `nice` (HRARCHIVE_INGEST_NICE; 0 leaves it as it is), so that searches served
    from the same machine get the processor first. Never raises."""
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        if os.getpriority(os.PRIO_PROCESS, 0) < nice:
            os.setpriority(os.PRIO_PROCESS, 0, min(nice, 19))
    except OSError as exc:
        log.warning("could not lower the priority of ingest work: %s", exc)


def _worker_main(conn: Connection, extractor: str, memory_mb: int, ocr_settings: OcrSettings | None = None) -> None:
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from .extract import ocr

    current: list[Any] = [None]  # the key of the file being extracted
    sending = threading.Lock()  # the main thread and the reader thread both answer the parent

    def send(message: tuple[Any, Any]) -> None:
        with sending:
            conn.send(message)

    if ocr_settings is not None:
        ocr.configure(ocr_settings)
    # A scan is read page by page: each page read tells the parent, which extends the
    # file's time limit (the limit is then per page), shows progress, and takes back the
    # files it prefetched to this worker (WITHDRAW) for workers that are free.
    ocr.progress_hook = lambda done, total: send((current[0], OcrProgress(done, total)))
    extract = _resolve(extractor)
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    # A reader thread takes tasks off the pipe as soon as they arrive, so the parent's
    # send of a prefetched file never waits for the current extraction to finish.
    inbox: queue.Queue = queue.Queue()

    def read() -> None:
        while True:
            try:
                task = conn.recv()
            except (EOFError, OSError):
                task = None
            if isinstance(task, tuple) and len(task) == 2 and task[0] == WITHDRAW:
                with inbox.mutex:  # still waiting here (not started): give it back
                    waiting = [t for t in inbox.queue if t is not None and t[0] == task[1]]
                    for t in waiting:
                        inbox.queue.remove(t)
                if waiting:
                    send((task[1], Withdrawn()))
                continue
            inbox.put(task)
            if task is None:
                return

    threading.Thread(target=read, daemon=True).start()
    settled = False
    while True:
        task = inbox.get()
        if task is None:
            return
        key, data, name, passwords, metadata = task
        current[0] = key
        try:
            result = extract(data, name, passwords, metadata)
        except MemoryError:
            result = Extraction(status=FAILED, error=f"extraction needed more than {memory_mb} MB of memory")
        except Exception as exc:  # the extractor promises not to raise; if it does, record it
            result = Extraction(status=FAILED, error=f"extractor error: {type(exc).__name__}: {exc}")
        del task, data
        try:
            send((key, result))
        except MemoryError:
            send((key, Extraction(status=FAILED, error="the extracted text is too large")))
        if not settled:  # the first file has loaded every module and table the worker uses
            settle_heap()
            settled = True


class _Worker:
    def __init__(self, ctx: Any, extractor: str, memory_mb: int, ocr: OcrSettings | None = None) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, extractor, memory_mb, ocr), daemon=True)
        self.proc.start()
        child.close()
        self.queue: deque[Task] = deque()
        self.started = 0.0
        self.progress_logged = 0.0
        self.reading_scan = False  # its head file is being read by OCR: prefetch nothing more

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class ExtractionPool:
    """Runs tasks on `workers` processes; yields (key, Extraction) as they finish."""

    def __init__(self, workers: int = 1, timeout: float = 120.0, memory_mb: int = 2048,
                 extractor: str = DEFAULT_EXTRACTOR, ocr: OcrSettings | None = None) -> None:
        self.size = max(1, workers)
        self.ocr = ocr
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.extractor = extractor
        # forkserver: workers do not inherit the parent's database connections or threads.
        self.ctx = mp.get_context("forkserver")
        self.workers: list[_Worker] = []

    def __enter__(self) -> "ExtractionPool":
        self.workers = [self._spawn() for _ in range(self.size)]
        return self

    def __exit__(self, *exc: object) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        for w in self.workers:
            w.proc.join(2)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(2)
            w.conn.close()
        self.workers = []

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.extractor, self.memory_mb, self.ocr)

    def _send(self, i: int, task: Task) -> None:
        w = self.workers[i]
        message = (task.key, task.data, task.name, task.passwords, task.metadata)
        try:
            w.conn.send(message)
        except (OSError, ValueError):
            if w.queue:
                # It died on the file it was working on: `run` sees the closed pipe, records
                # that file as crashed and hands this one (still queued) to a new worker.
                w.queue.append(task)
                return
            # It died while idle: replace it and send again.
            w.kill()
            self.workers[i] = w = self._spawn()
            w.conn.send(message)
        if not w.queue:
            w.started = time.monotonic()
        w.queue.append(task)

    def _replace(self, i: int) -> None:
        """Kill worker i after its head task failed; hand its queued tasks to a new worker."""
        w = self.workers[i]
        rest = list(w.queue)[1:]
        w.kill()
        self.workers[i] = self._spawn()
        for t in rest:
            self._send(i, t)

    @staticmethod
    def _scanning(w: _Worker) -> None:
        """Its head file is a scan being read page by page: ask for the files queued
        behind it back, so that free workers take them (digital files keep flowing)."""
        if w.reading_scan:
            return
        w.reading_scan = True
        for t in list(w.queue)[1:]:
            try:
                w.conn.send((WITHDRAW, t.key))
            except (OSError, ValueError):
                return  # it died: `run` sees the closed pipe and hands them on

    @staticmethod
    def _log_progress(w: _Worker, head: Task, progress: OcrProgress) -> None:
        now = time.monotonic()
        if progress.total >= 5 and (now - w.progress_logged >= 5 or progress.done == progress.total):
            w.progress_logged = now
            log.info("OCR of %s: page %d of %d read", head.name, progress.done, progress.total)

    def run(self, tasks: Iterator[Task], idle: Callable[[], None] | None = None,
            tick: float = 1.0) -> Iterator[tuple[Any, Extraction]]:
        """Feed `tasks` to the workers; yield results in completion order.

        Each worker holds up to PREFETCH tasks, so it starts the next file while the
        parent is busy writing results; a worker reading a scan by OCR gives its
        prefetched tasks back (WITHDRAW) to the others and takes no new ones. The time limit runs from when a worker starts a
        file (when it returned the previous one). `idle` is called every `tick` seconds
        while no result arrives (a long file must not hold up what the caller has
        waiting, such as results to store).
        """
        pending = iter(tasks)
        given_back: deque[Task] = deque()  # withdrawn from a worker reading a scan
        exhausted = False
        while True:
            for i in range(len(self.workers)):
                while len(self.workers[i].queue) < (1 if self.workers[i].reading_scan else PREFETCH):
                    task = given_back.popleft() if given_back else None if exhausted else next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    try:
                        self._send(i, task)
                    except (OSError, ValueError) as exc:
                        # even a fresh worker cannot take it (it dies on start-up): the file
                        # still gets an outcome, and so will the rest
                        log.error("no extraction worker could take %s: %s", task.name, exc)
                        self.workers[i].queue = deque(t for t in self.workers[i].queue if t is not task)
                        yield task.key, Extraction(status=FAILED, error=(
                            f"no extraction worker could be started ({type(exc).__name__}); see the log"))
            busy = [w for w in self.workers if w.queue]
            if not busy and not given_back:
                return
            next_deadline = min(w.started + self.timeout for w in busy)
            timeout = max(0.0, next_deadline - time.monotonic())
            ready = wait([w.conn for w in busy], timeout=min(timeout, tick) if idle else timeout)
            if not ready and idle is not None:
                idle()
            for i, w in enumerate(self.workers):
                if not w.queue:
                    continue
                head = w.queue[0]
                if w.conn in ready:
                    try:
                        key, result = w.conn.recv()
                    except (EOFError, OSError):
                        key = head.key
                        result = Extraction(status=FAILED, error=(
                            "the extractor crashed (exit code %s); the file may be hostile or need more "
                            "memory than HRARCHIVE_EXTRACT_MEMORY_MB allows" % w.proc.exitcode))
                        self._replace(i)
                    else:
                        if isinstance(result, OcrProgress):  # a scan's page was read: more time
                            w.started = time.monotonic()
                            self._log_progress(w, head, result)
                            self._scanning(w)
                            continue
                        if isinstance(result, Withdrawn):  # given back unstarted: to a free worker
                            back = [t for t in list(w.queue)[1:] if t.key == key]
                            for t in back:
                                w.queue.remove(t)
                            given_back.extend(back)
                            continue
                        w.queue.popleft()
                        w.reading_scan = False
                        w.started = time.monotonic()
                    yield key, result
                elif time.monotonic() - w.started >= self.timeout:
                    log.warning("extraction of %s exceeded %.0f s; killing its worker", head.name, self.timeout)
                    self._replace(i)
                    yield head.key, Extraction(status=FAILED, error=(
                        f"extraction took longer than {self.timeout:.0f} s and was stopped "
                        "(raise the limit with --timeout if the file is just large)"))
