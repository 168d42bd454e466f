"""The device token and HMAC key: OS keyring when a real one exists, else a user-only file; never in
the database or the log."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.sync.credentials import CREDENTIALS_ENV, Credentials, CredentialStore
from tests.sync_client.conftest import Desk
from tests.sync_client.fakes import HMAC_KEY, TOKEN


class MemoryKeyring(KeyringBackend):
    """A stand-in OS credential store (priority like a real backend's)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv(CREDENTIALS_ENV, raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_file_fallback_is_readable_by_the_user_only(tmp_path: Path) -> None:
    store = CredentialStore(tmp_path)
    reference = store.save("device-1", Credentials("token-1", "ab" * 32))
    assert reference == "file:device-1"
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert store.load(reference) == Credentials("token-1", "ab" * 32)
    store.save("device-2", Credentials("token-2", "cd" * 32))  # rewritten, still 0600
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    store.forget(reference)
    assert store.load(reference) is None
    assert store.load("file:device-2") == Credentials("token-2", "cd" * 32)


def test_a_real_os_store_is_used_when_present(tmp_path: Path, os_keyring: MemoryKeyring) -> None:
    store = CredentialStore(tmp_path)
    reference = store.save("device-1", Credentials("token-1", "ab" * 32))
    assert reference == "keyring:device-1"
    assert not store.path.exists()
    assert store.load(reference) == Credentials("token-1", "ab" * 32)
    store.forget(reference)
    assert os_keyring.items == {}


def test_the_environment_forces_the_file(
    tmp_path: Path, os_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CREDENTIALS_ENV, "file")
    assert CredentialStore(tmp_path).save("device-1", Credentials("t", "ab")) == "file:device-1"
    assert os_keyring.items == {}


def test_the_fail_backend_means_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    monkeypatch.delenv(CREDENTIALS_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert CredentialStore(tmp_path).save("device-1", Credentials("t", "ab")) == "file:device-1"
    finally:
        keyring.set_keyring(previous)


def test_secrets_never_reach_the_database_or_the_log(enrolled: Desk) -> None:
    enrolled.add(2)
    assert enrolled.sync.run(SyncTrigger.MANUAL).complete
    enrolled.services.close()
    data = b"".join(p.read_bytes() for p in enrolled.data_dir.glob("sangkien.db*"))
    for secret in (TOKEN, HMAC_KEY):
        assert secret.encode() not in data
    assert enrolled.sql("SELECT credential_ref FROM sync_state") == [
        ("file:0199aaaa-0000-7000-8000-000000000001",)
    ]
    assert "token" not in repr(Credentials(TOKEN, HMAC_KEY))
