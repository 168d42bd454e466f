"""Where the device token and HMAC key live (SYNC.md rule 5): never in the database or the logs.

The OS credential store (Windows Credential Manager, macOS Keychain, Secret Service) when ``keyring``
finds a real one; otherwise ``<data_dir>/sync/credentials.json`` readable by the user only (0600,
written to a temporary file and renamed). ``SANGKIEN_CREDENTIALS=file`` forces the file (tests,
headless servers). The database keeps only a reference saying which of the two holds the secret.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.errors import KnownError

CREDENTIALS_ENV = "SANGKIEN_CREDENTIALS"
KEYRING_SERVICE = "sangkien-desktop-sync"
FILE_REF, KEYRING_REF = "file", "keyring"


@dataclass(frozen=True)
class Credentials:
    device_token: str
    hmac_key: str  # hex

    def __repr__(self) -> str:  # never print the secrets by accident
        return "Credentials(***)"


class CredentialStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "sync" / "credentials.json"

    def save(self, device_id: str, credentials: Credentials) -> str:
        """Store the secrets; returns the reference to keep in the database."""
        if _real_keyring() is not None:
            import keyring

            keyring.set_password(KEYRING_SERVICE, device_id, json.dumps(_as_dict(credentials)))
            return f"{KEYRING_REF}:{device_id}"
        entries = self._read_file()
        entries[device_id] = _as_dict(credentials)
        self._write_file(entries)
        return f"{FILE_REF}:{device_id}"

    def load(self, reference: str | None) -> Credentials | None:
        if not reference:
            return None
        kind, _, device_id = reference.partition(":")
        if kind == KEYRING_REF:
            import keyring

            text = keyring.get_password(KEYRING_SERVICE, device_id)
            return _from_dict(json.loads(text)) if text else None
        entry = self._read_file().get(device_id)
        return _from_dict(entry) if isinstance(entry, dict) else None

    def forget(self, reference: str | None) -> None:
        if not reference:
            return
        kind, _, device_id = reference.partition(":")
        if kind == KEYRING_REF:
            import keyring
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, device_id)
            return
        entries = self._read_file()
        if entries.pop(device_id, None) is not None:
            self._write_file(entries)

    def _read_file(self) -> dict[str, Any]:
        try:
            value = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise KnownError(f"Không đọc được tệp khoá đồng bộ {self.path}: {exc}") from exc
        return value if isinstance(value, dict) else {}

    def _write_file(self, entries: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".credentials-", dir=self.path.parent)
        try:
            os.chmod(temp, 0o600)  # before the secret is written
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entries, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def _as_dict(credentials: Credentials) -> dict[str, str]:
    return {"device_token": credentials.device_token, "hmac_key": credentials.hmac_key}


def _from_dict(entry: dict[str, Any]) -> Credentials | None:
    token, key = entry.get("device_token"), entry.get("hmac_key")
    return Credentials(token, key) if isinstance(token, str) and isinstance(key, str) else None


def _real_keyring() -> object | None:
    """The OS credential store, or None where only keyring's fail/null/plain-text stand-ins exist."""
    if os.environ.get(CREDENTIALS_ENV, "").strip().lower() == FILE_REF:
        return None
    try:
        import keyring

        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a broken D-Bus or registry: fall back to the file rather than fail enrolment
        return None
    return backend if priority >= 1 else None
