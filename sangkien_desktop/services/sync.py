"""SyncService: the desktop's sync with the central server, for the app and the CLI (SYNC.md §4, §8).

All methods block and are thread-safe (the app calls them on worker lanes). ``run`` is single
flight per store: a second caller in this process waits for the running run and gets its outcome;
another process holding the lease row gets ``SyncOutcome(skipped=True)``. Every write is a short
transaction; nothing holds the database while waiting on the network.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import (
    AckFileSummary,
    AttentionItem,
    AuthRequired,
    ConnectionState,
    ServerReview,
    SyncBadge,
    SyncLogEntry,
    SyncOutcome,
    SyncProgress,
    SyncStatus,
    SyncTrigger,
)
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.persistence.sync_device import (
    DeviceState,
    read_log,
    release_lease,
    take_lease,
    update_device,
)
from sangkien_desktop.persistence.sync_pull import review_states
from sangkien_desktop.persistence.sync_resend import resend as resend_op
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory
from sangkien_desktop.sync.classify import SyncFailure
from sangkien_desktop.sync.client import DeviceAuth, SyncClient
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.sync.credentials import Credentials, CredentialStore
from sangkien_desktop.sync.lease import holder_is_gone, new_owner
from sangkien_desktop.sync.transport import TransportFactory, TransportSettings, requests_transport

from . import submission, sync_ackfile, sync_enrol, sync_export, sync_views
from .sync_outcome import (
    failure_state,
    finish_failure,
    finish_stopped,
    finish_success,
    outcome_of,
    plain_outcome,
)
from .sync_run import ServerChanged, execute
from .sync_support import INFO, RunContext, RunStopped, SyncDeps, WriteGuard, no_guard
from .sync_views import connection_state

Clock = Callable[[], datetime]
AUTOMATIC = (SyncTrigger.STARTUP, SyncTrigger.TIMER, SyncTrigger.SAVE, SyncTrigger.CLOSE)


class SyncService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        blobs: BlobStore,
        data_dir: Path,
        clock: Clock,
        config: SyncConfig | None = None,
        transport_factory: TransportFactory | None = None,
        *,
        public_key: Callable[[], str | None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._deps = SyncDeps(
            uow.engine,
            blobs,
            CredentialStore(data_dir),
            config or SyncConfig(),
            clock,
            transport_factory or requests_transport,
            no_guard,
            rng or random.Random(),
            partial(submission.settle, uow),
        )
        self._public_key = public_key or (lambda: None)
        self._owner = new_owner()
        self._mutex = threading.Lock()
        self._current: Future[SyncOutcome] | None = None
        self._exclusive = threading.RLock()  # run, enrol and export never overlap in this process

    @property
    def config(self) -> SyncConfig:
        return self._deps.config

    def use_write_lock(self, guard: WriteGuard) -> None:
        """Hold ``guard`` (the store's writer lock) around each write transaction: the CLI's way of
        writing without keeping the lock while it waits on the network."""
        self._deps.write_guard = guard

    # -- reads -----------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        return sync_views.status(self._deps, running=self._current is not None)

    def next_attempt_at(self) -> datetime | None:
        device = self._deps.device()
        due = device.next_attempt_at
        return due if due is not None and due > self._deps.clock() else None

    def attention_items(self) -> list[AttentionItem]:
        return sync_views.attention_items(self._deps)

    def badges(self, entity_ids: Sequence[str]) -> dict[str, SyncBadge]:
        return sync_views.badges(self._deps, entity_ids)

    def review_states(self, entity_ids: Sequence[str]) -> dict[str, ServerReview]:
        """The upper union's reviews of these records, as last pulled (one query)."""
        with self._deps.read() as conn:
            found = review_states(conn, entity_ids)
        return {entity_id: ServerReview(state, message) for entity_id, (state, message) in found.items()}

    def log(self, limit: int = 200) -> list[SyncLogEntry]:
        with self._deps.read() as conn:
            return [SyncLogEntry(at, level, message) for at, level, message in read_log(conn, limit)]

    # -- writes ----------------------------------------------------------------------------------------

    def enroll(self, server_url: str, code: str, ca_bundle: Path | None = None) -> SyncStatus:
        with self._exclusive:
            sync_enrol.enroll(self._deps, server_url, code, ca_bundle, self._public_key)
        return self.status()

    def resend(self, op_id: str) -> None:
        with self._deps.write() as conn:
            resend_op(conn, op_id, self._deps.clock())
        self._deps.log(INFO, "Đã xếp lại một mục cần xử lý để gửi ở lần đồng bộ tới.")

    def export_file(self, path: Path) -> int:
        with self._exclusive:
            device = self._deps.device()
            credentials = self._credentials(device)
            if credentials is None:
                raise AuthRequired(
                    "Máy này chưa đăng ký với máy chủ trung tâm; hãy đăng ký trước khi xuất tệp."
                )
            return sync_export.export_file(self._deps, credentials, path)

    def load_ack_file(self, path: Path) -> AckFileSummary:
        """Acknowledge the batches answered in a ``.skack`` file from the upper union (SYNC.md §9)."""
        with self._exclusive:
            device = self._deps.device()
            credentials = self._credentials(device)
            if credentials is None:
                raise AuthRequired("Máy này chưa đăng ký với máy chủ trung tâm; không có gì để xác nhận.")
            summary = sync_ackfile.load_ack_file(self._deps, credentials, path)
            self._deps.settle()  # submissions the file acknowledges reach «Đã tải lên» as over the network
            return summary

    def run(
        self,
        trigger: SyncTrigger,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
        budget_s: float | None = None,
    ) -> SyncOutcome:
        with self._mutex:
            running = self._current
            if running is None:
                future: Future[SyncOutcome] = Future()
                self._current = future
        if running is not None:
            return running.result()  # "Đồng bộ ngay" joins the running sync
        try:
            outcome = self._run_alone(trigger, progress, cancel, budget_s)
            future.set_result(outcome)
            return outcome
        except BaseException as exc:
            future.set_exception(exc)
            raise
        finally:
            with self._mutex:
                self._current = None

    # -- one run ---------------------------------------------------------------------------------------

    def _run_alone(
        self,
        trigger: SyncTrigger,
        progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
        budget_s: float | None,
    ) -> SyncOutcome:
        with self._exclusive:
            device = self._deps.device()
            if not device.enrolled:
                return plain_outcome(
                    self._deps,
                    ConnectionState.NOT_ENROLLED,
                    "Máy này chưa đăng ký với máy chủ trung tâm (Cài đặt → Đăng ký).",
                )
            now = self._deps.clock()
            if trigger is SyncTrigger.NETWORK_BACK:
                with self._deps.write() as conn:
                    update_device(conn, backoff_step=0, next_attempt_at=None)
            elif trigger in AUTOMATIC and device.next_attempt_at is not None and device.next_attempt_at > now:
                return plain_outcome(
                    self._deps, connection_state(device), "Chờ đến lượt thử lại.", skipped=True
                )
            credentials = self._credentials(device)
            if credentials is None:
                return plain_outcome(
                    self._deps,
                    ConnectionState.NEEDS_ENROLMENT,
                    "Không tìm thấy khoá đồng bộ của máy này; hãy đăng ký lại với máy chủ.",
                )
            holder = self._take_lease(now)
            if holder is not None:
                return plain_outcome(
                    self._deps, connection_state(device), "Một phiên đồng bộ khác đang chạy.", skipped=True
                )
            try:
                return self._run_leased(device, credentials, progress, cancel, budget_s)
            finally:
                self._release_lease()

    def _run_leased(
        self,
        device: DeviceState,
        credentials: Credentials,
        progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
        budget_s: float | None,
    ) -> SyncOutcome:
        assert device.server_url and device.device_id and device.server_id
        deadline = None if budget_s is None else time.monotonic() + budget_s
        timeout = (
            self.config.timeout
            if budget_s is None
            else tuple(min(t, max(budget_s, 1.0)) for t in self.config.timeout)
        )
        ca_bundle = Path(device.ca_bundle) if device.ca_bundle else None
        transport = self._deps.transport_factory(TransportSettings((timeout[0], timeout[1]), ca_bundle))
        auth = DeviceAuth(device.device_id, credentials.device_token, credentials.hmac_key, device.server_id)
        ctx = RunContext(
            self._deps,
            SyncClient(device.server_url, transport, auth),
            auth,
            self._owner,
            progress,
            cancel,
            deadline,
        )
        with self._deps.write() as conn:
            update_device(conn, last_attempt_at=self._deps.clock())
        try:
            execute(ctx)
            finish_success(ctx)
        except RunStopped:
            finish_stopped(ctx)
        except ServerChanged as changed:
            finish_failure(ctx, ConnectionState.SERVER_CHANGED, _server_changed(changed.server_id), None)
        except SyncFailure as failure:
            finish_failure(ctx, *failure_state(failure), failure.classified.retry_after)
        except KnownError as error:
            finish_failure(ctx, ConnectionState.FAILED, error.message, None)
        finally:
            transport.close()
        return outcome_of(ctx)

    def _release_lease(self) -> None:
        try:
            with self._deps.write() as conn:
                release_lease(conn, self._owner)
        except KnownError:
            pass  # the store became unwritable for us (the app took its lock): the lease simply expires

    def _take_lease(self, now: datetime) -> str | None:
        with self._deps.write() as conn:
            return take_lease(conn, self._owner, now, timedelta(seconds=self.config.lease_s), holder_is_gone)

    def _credentials(self, device: DeviceState) -> Credentials | None:
        return self._deps.credentials.load(device.credential_ref) if device.enrolled else None


def _server_changed(server_id: str) -> str:
    return (
        f"Máy chủ trả lời với mã “{server_id}” khác với lúc đăng ký: có thể nhập nhầm địa chỉ hoặc máy chủ "
        "đã được cài lại. Đồng bộ dừng lại, dữ liệu được giữ nguyên; hãy liên hệ công đoàn cấp trên."
    )
