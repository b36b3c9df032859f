"""The "no fiscal register" mode, for training and demos: nothing is sent anywhere.

Documents made in this mode are stored as training documents (never fiscal, never sent
later); every paper printed for them says it is not a fiscal receipt. A store enters
this mode only through a store admin (pos.services.fiscal.configure).
"""

from __future__ import annotations

import datetime as dt

from pos.domain.fiscal import FiscalKind, FiscalReport, FiscalRequest, FiscalResult, Provider


class TrainingAdapter:
    provider = Provider.TRAINING
    cashbox = "TRAINING"

    def send(self, request: FiscalRequest) -> FiscalResult:
        # No fiscal sign, no registration number, no ticket URL: nothing here is fiscal.
        return FiscalResult(
            fiscal_sign="",
            registration_number="",
            at=dt.datetime.now(dt.UTC),
            total_tiyn=request.total_tiyn,
            offline=False,
            shift_number=0,
        )

    def lookup(self, external_id: str) -> FiscalResult | None:
        return None

    def report(self, kind: FiscalKind) -> FiscalReport:
        now = dt.datetime.now(dt.UTC)
        return FiscalReport(0, 0, None, now, 0, 0, 0, 0, 0, 0)

    def close(self) -> None:
        return None
