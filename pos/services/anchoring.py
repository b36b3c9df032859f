"""The till's side of audit anchoring: what to send head office after a sync, and keeping
the anchor it acknowledged (a setting), which `pos check` then holds the chain to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pos.services.context import ServiceContext
from pos.services.uow import UnitOfWork
from pos.storage import audit
from pos.storage.models import Setting


@dataclass(frozen=True, slots=True)
class Head:
    seq: int
    hash: str
    # The entry now at the anchor's number: (seq, hash or None when it is gone).
    proof: tuple[int, str | None] | None


def head(ctx: ServiceContext, proof_seq: int | None = None) -> Head:
    """The chain's head, and proof for `proof_seq` (default: the saved anchor's number)."""
    with ctx.db.read_session() as session:
        seq, digest = audit.head_point(session)
        if proof_seq is None:
            saved = audit.saved_anchor(session)
            proof_seq = int(saved["seq"]) if saved is not None else None
        proof = None if proof_seq is None else (proof_seq, audit.hash_at(session, proof_seq))
    return Head(seq, digest, proof)


def save(ctx: ServiceContext, seq: int, digest: str, anchored_at: dt.datetime) -> None:
    """Keep the anchor head office acknowledged."""
    value = {"seq": seq, "hash": digest, "anchored_at": anchored_at.isoformat()}
    with UnitOfWork(ctx) as uow:
        row = uow.session.get(Setting, audit.ANCHOR_SETTING)
        if row is None:
            uow.session.add(Setting(key=audit.ANCHOR_SETTING, value=value))
        elif row.value != value:
            row.value = value
        uow.commit()
