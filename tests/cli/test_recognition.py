"""`sangkien apply` and `sangkien recognise`, in-process on a real store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.enums import RecognitionLevel, RecognitionOutcome, RequestState
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services, build_services

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def reopen(data_dir: Path) -> Iterator[Callable[[], Services]]:
    """A fresh view of the store, after the CLI wrote to it."""
    opened: list[Services] = []

    def make() -> Services:
        opened.append(build_services(data_dir))
        return opened[-1]

    yield make
    for services in opened:
        services.close()


def file_and_accept(run: Runner, services: Services, code: str) -> None:
    assert run("apply", code, "--filed", "01/04/2024")[0] == 0
    request = services.recognition.requests_for(code)[0]
    services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=request.filed_on)


def test_apply_files_the_request(
    run: Runner, make_initiative: Callable[..., InitiativeView], reopen: Callable[[], Services]
) -> None:
    created = make_initiative()
    code, out, err = run("apply", created.code, "--filed", "2024-04-01", "--receipt", "12/TN",
                         "--addressee", "Tổng công ty Cơ khí XYZ")
    assert (code, err) == (0, "")
    assert "Đã nộp đơn" in out and "01/04/2024" in out and "Tổng công ty Cơ khí XYZ" in out
    request = reopen().recognition.requests_for(created.code)[0]
    assert (request.receipt_no, request.addressee_name) == ("12/TN", "Tổng công ty Cơ khí XYZ")


def test_late_application_warns_on_stderr(
    run: Runner, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(first_applied_on="05/03/2024")
    code, out, err = run("apply", created.code, "--filed", "06/03/2025")
    assert code == 0 and "Đã nộp đơn" in out
    assert err.startswith("Cảnh báo – Ngày nộp đơn:") and "05/03/2025" in err


def test_bad_date_is_a_usage_error_in_vietnamese(
    run: Runner, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    with pytest.raises(SystemExit) as info:
        run("apply", created.code, "--filed", "31/02/2024")
    assert info.value.code == 2


def test_recognise_records_the_decision_with_its_scan(
    run: Runner, services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path,
    reopen: Callable[[], Services],
) -> None:
    created = make_initiative()
    file_and_accept(run, services, created.code)
    scan = tmp_path / "qd-15.pdf"
    scan.write_bytes(b"%PDF-1.4")
    code, out, err = run("recognise", created.code, "--decision", "15/QĐ-ABC", "--date", "01/06/2024",
                         "--signer", "Lê Văn Bình", "--signer-title", "GIÁM ĐỐC", "--level", "co-so",
                         "--scan", str(scan))
    assert (code, err) == (0, "")
    assert "Đã công nhận" in out and "15/QĐ-ABC" in out and "01/06/2024" in out
    fresh = reopen()
    decision = fresh.recognition.decisions_for(created.code)[0]
    assert (decision.level, decision.authority_line, decision.scan_file_name) == (
        RecognitionLevel.CO_SO, "GIÁM ĐỐC", "qd-15.pdf"
    )
    assert fresh.initiatives.get(created.code).status is S.DA_CONG_NHAN


def test_refusal_with_reason(
    run: Runner, services: Services, make_initiative: Callable[..., InitiativeView],
    reopen: Callable[[], Services],
) -> None:
    created = make_initiative()
    file_and_accept(run, services, created.code)
    code, out, _ = run("recognise", created.code, "--decision", "16/QĐ-ABC", "--date", "2024-06-01",
                       "--signer", "Lê Văn Bình", "--refuse", "Trùng giải pháp đã áp dụng")
    assert code == 0 and "Không công nhận" in out
    decision = reopen().recognition.decisions_for(created.code)[0]
    assert decision.outcome is RecognitionOutcome.KHONG_CONG_NHAN
    assert decision.reason == "Trùng giải pháp đã áp dụng"


def test_duplicate_decision_number_exits_1_naming_the_other_initiative(
    run: Runner, services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    first, second = make_initiative(title="Một"), make_initiative(title="Hai")
    for created in (first, second):
        file_and_accept(run, services, created.code)
    args = ("--date", "01/06/2024", "--signer", "Lê Văn Bình")
    assert run("recognise", first.code, "--decision", "15/QĐ-ABC", *args)[0] == 0
    code, out, err = run("recognise", second.code, "--decision", "15/qđ-abc", *args)
    assert (code, out) == (1, "")
    assert err.startswith("Dữ liệu không hợp lệ:") and "Số quyết định" in err and first.code in err


def test_empty_refusal_reason_and_unknown_initiative_exit_1(
    run: Runner, services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    file_and_accept(run, services, created.code)
    args = ("--decision", "16/QĐ-ABC", "--date", "01/06/2024", "--signer", "Lê Văn Bình")
    code, _, err = run("recognise", created.code, *args, "--refuse", "  ")
    assert code == 1 and "Lý do không công nhận" in err
    code, _, err = run("recognise", "2024-ABC-9999", *args)
    assert code == 1 and "Không tìm thấy sáng kiến" in err
