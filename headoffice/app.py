"""The head-office HTTP service (FastAPI): push, pull, acknowledgements, health.

Every `/v1/stores/{store}` route needs that store's credential. A credential for another
store gets the same 403 whether or not the store asked for exists, so nothing is learnt
about other stores. Oversized or malformed requests get a 4xx with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from headoffice import __version__, anchors, directives, ingest
from headoffice.auth import CredentialRefused, StoreRef, authenticate
from headoffice.config import Keys
from headoffice.db import HeadOfficeDB
from headoffice.limits import BodyLimit
from protocol.wire import (
    API_PREFIX,
    AUTH_SCHEME,
    MAX_BODY_BYTES,
    MAX_DIRECTIVES_PAGE,
    SEQ_MAX,
    AckRequest,
    AckResponse,
    AnchorRequest,
    AnchorResponse,
    DirectivePage,
    ErrorBody,
    Health,
    PushRequest,
    PushResponse,
    RegisterStatus,
    StoredEventInfo,
    StoredEventPage,
)

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
STORE_PATH = Annotated[str, Path(max_length=64, description="the store's code, e.g. ALM-01")]
FORBIDDEN = "this credential does not give access to that store"
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (401, 403, 413, 422, 503)
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Service:
    """What the routes need: the database, the keys and the clock."""

    db: HeadOfficeDB
    keys: Keys
    clock: Clock


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


ServiceDep = Annotated[Service, Depends(_service)]


def store_of(
    service: ServiceDep,
    store: STORE_PATH,
    authorization: Annotated[str | None, Header()] = None,
) -> StoreRef:
    """The store whose credential signed the request, which must be the store in the path."""
    token = _bearer(authorization)
    try:
        with service.db.session() as session:
            ref = authenticate(session, token, service.clock()) if token else None
    except CredentialRefused as exc:  # disabled store, expired credential: say so
        raise HTTPException(403, str(exc)) from None
    if ref is None:
        raise HTTPException(
            401, "missing or invalid store credential", {"WWW-Authenticate": AUTH_SCHEME}
        )
    if ref.code != store:
        raise HTTPException(403, FORBIDDEN)
    return ref


StoreDep = Annotated[StoreRef, Depends(store_of)]
router = APIRouter()


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(service: ServiceDep) -> Any:
    """Up, and whether the database answers."""
    try:
        with service.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except sa_exc.DBAPIError:
        body = Health(status="degraded", database="unavailable", version=__version__)
        return JSONResponse(body.model_dump(), status_code=503)
    return Health(status="ok", database="ok", version=__version__)


PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
    }
}


@router.post(
    API_PREFIX + "/stores/{store}/events",
    response_model=PushResponse,
    responses=ERRORS,
    openapi_extra=PUSH_BODY,
)
async def push_events(request: Request, ref: StoreDep, service: ServiceDep) -> Response:
    """Store a batch of outbox events; each is answered stored, duplicate or rejected."""
    # The body is parsed by pydantic straight from bytes, and the answer written without a
    # second validation pass: a thousand events per request make both costs count.
    body = await request.body()
    return await run_in_threadpool(_push, service, ref, body)


def _push(service: Service, ref: StoreRef, body: bytes) -> Response:
    try:
        batch = PushRequest.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False, include_input=False)) from None
    answer = ingest.push(service.db, service.keys, ref, batch.events, service.clock())
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get(API_PREFIX + "/stores/{store}/events", response_model=StoredEventPage, responses=ERRORS)
def list_events(
    ref: StoreDep,
    service: ServiceDep,
    register_id: uuid.UUID | None = None,
    after_seq: Annotated[int, Query(ge=0, le=SEQ_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> StoredEventPage:
    """This store's stored events (ids and sequence numbers, no payloads)."""
    with service.db.session() as session:
        rows = ingest.stored_events(session, ref, register_id, after_seq, limit)
        return StoredEventPage(
            events=[
                StoredEventInfo(
                    id=r.event_id,
                    register_id=r.register_id,
                    seq=r.seq,
                    type=r.type,
                    received_at=r.received_at,
                )
                for r in rows
            ]
        )


@router.get(
    API_PREFIX + "/stores/{store}/registers",
    response_model=list[RegisterStatus],
    responses=ERRORS,
)
def list_registers(ref: StoreDep, service: ServiceDep) -> list[RegisterStatus]:
    """Per register of this store: what head office holds and which numbers are missing."""
    with service.db.session() as session:
        return ingest.register_statuses(session, ref, ranges=True)


@router.get(
    API_PREFIX + "/stores/{store}/directives", response_model=DirectivePage, responses=ERRORS
)
def pull_directives(
    ref: StoreDep,
    service: ServiceDep,
    register_id: uuid.UUID,
    after: Annotated[int, Query(ge=0, le=SEQ_MAX)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_DIRECTIVES_PAGE)] = 100,
) -> DirectivePage:
    """Directives for this register issued after the cursor."""
    with service.db.session() as session:
        ring = service.keys.ring(service.clock())
        return directives.pull(session, ref, register_id, after, limit, ring)


@router.post(
    API_PREFIX + "/stores/{store}/directives/acks",
    response_model=AckResponse,
    responses=ERRORS,
)
def ack_directives(body: AckRequest, ref: StoreDep, service: ServiceDep) -> AckResponse:
    """What the registers did with directives (applied, refused and why...)."""
    with service.db.session() as session, session.begin():
        return directives.record_acks(service.db, session, ref, body.acks, service.clock())


@router.post(
    API_PREFIX + "/stores/{store}/audit-anchors",
    response_model=AnchorResponse,
    responses=ERRORS,
)
def anchor_audit(body: AnchorRequest, ref: StoreDep, service: ServiceDep) -> AnchorResponse:
    """A register's audit head after a sync: anchored, or found behind its last anchor."""
    with service.db.session() as session, session.begin():
        return anchors.anchor(session, ref, body, service.clock())


def create_app(
    db: HeadOfficeDB, keys: Keys, *, clock: Clock = utc_now, max_body: int = MAX_BODY_BYTES
) -> FastAPI:
    """The service over an open (migrated) database."""
    app = FastAPI(
        title="kz-pos head office",
        version=__version__,
        docs_url=None,  # no pages pulling scripts from a CDN; /openapi.json is enough
        redoc_url=None,
    )
    app.state.service = Service(db, keys, clock)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    _error_handlers(app)
    app.include_router(router)
    _document_push_body(app)
    return app


def app_from_env() -> FastAPI:
    """The service as configured by the environment (for `uvicorn --factory`, one per worker)."""
    from headoffice.config import load_keys
    from headoffice.db import open_db

    return create_app(open_db(), load_keys())


def _document_push_body(app: FastAPI) -> None:
    """Put PushRequest (read from raw bytes by the route) into the OpenAPI components."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
            push = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(push.pop("$defs", {}))
            components["PushRequest"] = push
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != AUTH_SCHEME.lower() or not token.strip():
        return None
    return token.strip()


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # One line naming where and what; the offending input is never echoed back.
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        detail = f"invalid request: {where}: {first.get('msg', 'malformed')}{more}"
        return JSONResponse({"detail": detail[:500]}, status_code=422)

    @app.exception_handler(sa_exc.OperationalError)
    @app.exception_handler(sa_exc.InterfaceError)
    async def unavailable(_request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc).__name__)
        return JSONResponse(
            {"detail": "head office storage is unavailable; try again later"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The log names the route and the error type only: messages may quote payload values.
        log.error("unexpected %s in %s %s", type(exc).__name__, request.method, request.url.path)
        return JSONResponse({"detail": "head office failed unexpectedly"}, status_code=500)

    @app.exception_handler(RecursionError)
    async def too_deep(_request: Request, _exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": "invalid request: JSON nested too deeply"}, status_code=422)
