"""Folding the write-ahead log into the archive on a thread of its own while an import stores.

In WAL mode every committed page is written twice: to the log, then (at a checkpoint) into the
archive file, with a sync of each.  SQLite runs that checkpoint in the committing writer, so an
import's single writer would wait, batch after batch, for the disk.  During an import the
writer's connection leaves checkpoints to a second connection on a thread of its own (SQLite
releases the GIL while it copies), which folds in each batch while the writer stores the next.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from types import TracebackType

# SQLite's default: a writer checkpoints once the log holds this many pages.
DEFAULT_AUTOCHECKPOINT = 1000


class BackgroundCheckpoints:
    """While active, the archive's batches are checkpointed on a thread of their own.

    The writer calls `wait` before each batch and `committed` after it.  Waiting for the last
    batch's checkpoint before writing the next keeps the log from growing without end (SQLite
    restarts the log only when a writer finds it fully checkpointed), and costs nothing while
    checkpoints keep up, as they do when cleaning pages takes longer than storing them.
    """

    def __init__(self, path: Path, writer: sqlite3.Connection, busy_timeout_ms: int) -> None:
        self.path, self.writer, self.busy_timeout_ms = path, writer, busy_timeout_ms
        self.cpu_seconds = 0.0  # the thread's CPU time: part of the cost of storing
        self._wanted = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._stopping = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="clipper-checkpoint", daemon=True)

    def __enter__(self) -> BackgroundCheckpoints:
        self.writer.execute("PRAGMA wal_autocheckpoint = 0")
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping = True
        self._wanted.set()
        self._thread.join()
        self.writer.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_AUTOCHECKPOINT:d}")

    def wait(self) -> None:
        """Wait until the last batch is folded into the archive (usually long done)."""
        self._idle.wait()

    def committed(self) -> None:
        """A batch was committed: fold it into the archive while the writer goes on."""
        if self._error is not None:
            # The thread could not checkpoint (a disk error, say): the writer takes over, as
            # SQLite would do without us, and meets the error itself.
            self.writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return
        self._idle.clear()
        self._wanted.set()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(str(self.path), timeout=self.busy_timeout_ms / 1000)
            while True:
                self._wanted.wait()
                self._wanted.clear()
                if self._stopping:
                    return
                started = time.thread_time()
                try:
                    # PASSIVE: never waits for readers (a search in progress) or the writer.
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                finally:
                    self.cpu_seconds += time.thread_time() - started
                    self._idle.set()
        except sqlite3.Error as e:
            self._error = e
        finally:
            self._idle.set()
            if conn is not None:
                conn.close()
