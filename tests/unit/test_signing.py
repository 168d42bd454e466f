"""Office keys, the signed QR payload and the offline verdicts (DOCUMENTS.md §10)."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from sangkien_desktop.domain.certificates import (
    CertificateSubject,
    PayloadClaims,
    RevocationList,
    RevokedSerial,
    VerdictKind,
)
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.services import signing
from sangkien_desktop.services.signing import FileKeyring, OfficeKey, StaticKeyring

SUBJECT = CertificateSubject(
    DocumentTemplate.B, "reward", "r-1", "Nguyễn Thị Ngọc Ánh", "Cải tiến khuôn ép & <nhựa>", "05/QĐ-CĐCS",
    date(2024, 3, 12),
)
CLAIMS = PayloadClaims(
    "ABC", 2024, 7, date(2024, 3, 15), SUBJECT.recipient_name, signing.subject_digest(SUBJECT)
)
NOTHING_REVOKED = RevocationList(date(2024, 4, 1))


@pytest.fixture
def key(tmp_path: Path) -> OfficeKey:
    return OfficeKey(tmp_path / "keys", "ABC")


def _keyring(key: OfficeKey) -> StaticKeyring:
    return StaticKeyring({"ABC": [key.public_key()]})


def test_private_key_is_made_on_first_use_readable_only_by_the_user(key: OfficeKey) -> None:
    assert not key.private_path.exists()
    key.sign(b"x")
    assert stat.S_IMODE(key.private_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.keys_dir.stat().st_mode) == 0o700
    assert key.private_path.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    again = OfficeKey(key.keys_dir, "ABC")
    assert again.export() == key.export()  # loaded, not replaced
    assert sorted(p.name for p in key.keys_dir.iterdir()) == ["office_ed25519.pem", "office_ed25519.pub"]


def test_public_key_exports_as_short_text_and_parses_back(key: OfficeKey) -> None:
    text = key.export()
    assert text.startswith("SKK1:ABC:") and len(text) < 70
    unit, public = signing.parse_public_key(text.lower().replace("skk1:abc", "SKK1:abc"))
    assert unit == "ABC"
    assert signing.export_public_key(unit, public) == text
    with pytest.raises(signing.PayloadError, match="SKK1"):
        signing.parse_public_key("ABC:xyz")


def test_payload_round_trip_and_size(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    assert payload.startswith("SK1:")
    assert set(payload[4:]) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert signing.read_claims(payload) == CLAIMS
    assert CLAIMS.serial == "ABC-2024-00007"
    assert len(payload) < 200  # ≈ 115 bytes: a version 8 code at level M
    verdict = signing.verify(payload, _keyring(key), NOTHING_REVOKED)
    assert verdict.kind is VerdictKind.VALID and verdict.valid
    assert verdict.claims == CLAIMS
    assert "Hợp lệ" in verdict.text() and "Nguyễn Thị Ngọc Ánh" in verdict.text()
    assert "01/04/2024" in verdict.text()  # the revocation list's date


def test_scanned_url_lower_case_and_line_breaks_are_accepted(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    url = f"https://xac-minh.example/v/ABC-2024-00007?p={payload}&x=1"
    assert signing.verify(url, _keyring(key), NOTHING_REVOKED).valid
    messy = payload[:50].lower() + "\n " + payload[50:]
    assert signing.verify(messy, _keyring(key), NOTHING_REVOKED).valid


def test_every_one_character_change_fails(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    for i in range(4, len(payload)):
        other = alphabet[(alphabet.index(payload[i]) + 1) % 32]
        changed = payload[:i] + other + payload[i + 1 :]
        verdict = signing.verify(changed, _keyring(key), NOTHING_REVOKED)
        # A change may also turn the unit code into one that has no key: never valid either way.
        assert verdict.kind in (VerdictKind.TAMPERED, VerdictKind.UNKNOWN_ISSUER), i
    assert signing.verify(payload[:-1], _keyring(key), NOTHING_REVOKED).kind is VerdictKind.TAMPERED


def test_claims_signed_by_another_key_are_tampered(key: OfficeKey, tmp_path: Path) -> None:
    forger = OfficeKey(tmp_path / "other", "ABC")
    forged = signing.sign_payload(CLAIMS, forger)
    verdict = signing.verify(forged, _keyring(key), NOTHING_REVOKED)
    assert verdict.kind is VerdictKind.TAMPERED
    assert "Chữ ký không khớp" in verdict.message


def test_garbage_is_tampered_with_a_reason() -> None:
    keyring = StaticKeyring({})
    assert "SK1:" in signing.verify("hello", keyring, NOTHING_REVOKED).message
    assert signing.verify("SK1:!!!!", keyring, NOTHING_REVOKED).kind is VerdictKind.TAMPERED
    assert signing.verify("SK1:AAAA", keyring, NOTHING_REVOKED).kind is VerdictKind.TAMPERED


def test_unknown_issuer(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    verdict = signing.verify(payload, StaticKeyring({"XYZ": [key.public_key()]}), NOTHING_REVOKED)
    assert verdict.kind is VerdictKind.UNKNOWN_ISSUER
    assert "ABC" in verdict.message and "Không rõ đơn vị cấp" in verdict.text()


def test_revoked_as_of_the_list_date(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    entry = RevokedSerial("ABC-2024-00007", date(2024, 5, 2), "Trao nhầm người")
    before = RevocationList(date(2024, 5, 1), {entry.serial: entry})
    after = RevocationList(date(2024, 5, 2), {entry.serial: entry})
    assert signing.verify(payload, _keyring(key), before).valid
    verdict = signing.verify(payload, _keyring(key), after)
    assert verdict.kind is VerdictKind.REVOKED
    assert "Trao nhầm người" in verdict.text() and "02/05/2024" in verdict.text()


def test_file_keyring_knows_own_and_added_keys(key: OfficeKey, tmp_path: Path) -> None:
    key.sign(b"make it")
    other = OfficeKey(tmp_path / "xyz", "XYZ")
    ring = FileKeyring(key.keys_dir, key)
    assert ring.keys_for("XYZ") == []
    assert ring.add(other.export()) == "XYZ"
    ring.add(other.export())
    assert len(FileKeyring(key.keys_dir).keys_for("XYZ")) == 1
    assert len(ring.keys_for("ABC")) == 1
    payload = signing.sign_payload(PayloadClaims("XYZ", 2024, 1, date(2024, 1, 2), "A", b"12345678"), other)
    assert signing.verify(payload, ring, NOTHING_REVOKED).valid


def test_check_code_is_the_signature_start_in_two_groups(key: OfficeKey) -> None:
    payload = signing.sign_payload(CLAIMS, key)
    code = signing.check_code(payload)
    assert len(code) == 11 and code[5] == "-"
    assert signing.check_code(payload) == code  # Ed25519 is deterministic


def test_subject_digest_covers_every_field() -> None:
    from dataclasses import replace

    base = signing.subject_digest(SUBJECT)
    for change in ({"title": "Khác"}, {"recipient_name": "Nguyễn Thị Ngọc Anh"}, {"decision_number": "06"},
                   {"decision_date": date(2024, 3, 13)}, {"template": DocumentTemplate.A}):
        assert signing.subject_digest(replace(SUBJECT, **change)) != base  # type: ignore[arg-type]
