"""Enrolment with the central server (SYNC.md rule 5): one-time code → device credentials.

The token and HMAC key go to the credential store; the database keeps only where they are.
Enrolling again (after a revocation) sends the previous device id, so the server keeps the same
device and its epochs. A store that holds acknowledged data of another server is never moved
silently to a new one.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import AuthRequired, ConnectionState, NetworkLoginRequired, SyncOffline
from sangkien_desktop.persistence.sync_device import DeviceState, append_log, update_device
from sangkien_desktop.sync.classify import SyncFailure, Verdict
from sangkien_desktop.sync.client import SyncClient
from sangkien_desktop.sync.credentials import Credentials
from sangkien_desktop.sync.messages import Enrolment
from sangkien_desktop.sync.transport import TransportSettings, server_base_url

from .sync_support import INFO, SyncDeps

ENROL_READ_MIN_S = 15.0


def enroll(
    deps: SyncDeps, server_url: str, code: str, ca_bundle: Path | None, public_key: Callable[[], str | None]
) -> None:
    base = server_base_url(server_url, allow_insecure_loopback=deps.config.allow_insecure_loopback)
    code = code.strip()
    if not code:
        raise KnownError("Hãy nhập mã đăng ký do công đoàn cấp trên cấp.")
    if ca_bundle is not None and not ca_bundle.is_file():
        raise KnownError(f"Không tìm thấy tệp chứng chỉ (CA) “{ca_bundle}”.")
    device = deps.device()
    enrolment = _ask_server(deps, base, code, ca_bundle, _office_key(public_key), device)
    if device.server_id and device.server_id != enrolment.server_id and device.acked_ops:
        raise KnownError(
            "Máy này đã đồng bộ dữ liệu với một máy chủ khác (mã máy chủ khác). Để tránh nhầm lẫn, không "
            "chuyển sang máy chủ mới tự động; hãy liên hệ công đoàn cấp trên."
        )
    reference = deps.credentials.save(
        enrolment.device_id, Credentials(enrolment.device_token, enrolment.hmac_key)
    )
    with deps.write() as conn:
        update_device(
            conn,
            server_url=base,
            server_id=enrolment.server_id,
            device_id=enrolment.device_id,
            unit_id=enrolment.unit_id,
            unit_code=enrolment.unit_code,
            unit_name=enrolment.unit_name,
            credential_ref=reference,
            ca_bundle=str(ca_bundle) if ca_bundle else None,
            enrolled_at=deps.clock(),
            connection_state=ConnectionState.OK.value,
            connection_message=None,
            backoff_step=0,
            next_attempt_at=None,
            # The server numbers this device's ops in its own epoch: a different one means a new epoch.
            needs_epoch=device.needs_epoch or enrolment.device_epoch != device.device_epoch,
        )
        append_log(
            conn,
            deps.clock(),
            INFO,
            f"Đã đăng ký với máy chủ {base} cho đơn vị {enrolment.unit_code} – {enrolment.unit_name}.",
            deps.config.log_keep,
        )
    if device.credential_ref and device.credential_ref != reference:
        deps.credentials.forget(device.credential_ref)


def _ask_server(
    deps: SyncDeps, base: str, code: str, ca_bundle: Path | None, key: str | None, device: DeviceState
) -> Enrolment:
    # Enrolment is a one-off action by a person: a slow server gets time (the batch knobs stay tight).
    connect, read = deps.config.timeout
    transport = deps.transport_factory(TransportSettings((connect, max(read, ENROL_READ_MIN_S)), ca_bundle))
    try:
        client = SyncClient(base, transport)
        try:
            client.ping()
            return client.enroll(code, socket.gethostname(), key, device.device_id)
        except SyncFailure as failure:
            raise enrolment_error(failure) from failure
    finally:
        transport.close()


def _office_key(public_key: Callable[[], str | None]) -> str | None:
    """The office's certificate key for the server's verification page; none before the office is set up."""
    try:
        return public_key()
    except KnownError:
        return None


def enrolment_error(failure: SyncFailure) -> KnownError:
    classified = failure.classified
    if failure.verdict is Verdict.NETWORK_LOGIN:
        return NetworkLoginRequired(NETWORK_LOGIN_MESSAGE)
    if failure.verdict is Verdict.AUTH:
        return AuthRequired(
            classified.message
            or "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn. Hãy xin mã mới từ công đoàn cấp trên."
        )
    if failure.verdict is Verdict.UNKNOWN:
        return SyncOffline(
            f"Không kết nối được máy chủ ({classified.detail}). Hãy kiểm tra địa chỉ máy chủ "
            "và mạng rồi thử lại."
        )
    return KnownError(classified.message or f"Máy chủ từ chối đăng ký ({classified.detail}).")


NETWORK_LOGIN_MESSAGE = (
    "Mạng cần đăng nhập: mạng Wi-Fi hoặc mạng của công ty đang trả về trang đăng nhập thay cho máy chủ. "
    "Hãy mở trình duyệt, đăng nhập mạng rồi thử lại."
)
