"""The FastAPI application: pages, ``/api/``, exports, static assets, security headers."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from laborwatch import present
from laborwatch.errors import RequestError, ReviewError
from laborwatch.export.formats import FORMATS
from laborwatch.review import TokenStore
from laborwatch.store import Store
from laborwatch.web import api, exports, pages, watch
from laborwatch.web.places import PlaceNotFound
from laborwatch.web.security import RequestGate, security_middleware
from laborwatch.web.settings import WebSettings, load_settings
from laborwatch.web.state import PictureCache
from laborwatch.web.views import Views

PACKAGE = resources.files("laborwatch.web")


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(PACKAGE / "templates"))
    env = t.env
    env.autoescape = True  # every article string is untrusted, whatever the file name
    env.filters["num"] = lambda v: "" if v is None else present.number(round(v))
    env.filters["sector"] = present.sector
    env.filters["status"] = present.status
    env.filters["measure"] = present.measure
    env.filters["kind"] = present.kind
    env.filters["clip"] = present.clip
    env.globals["plural"] = present.plural
    env.globals["noun"] = present.noun
    env.globals["colour"] = present.map_colour
    env.globals["export_formats"] = FORMATS
    return t


def create_app(store: Store, settings: WebSettings | None = None) -> FastAPI:
    """The web app over an open store (read-only unless a request carries a token)."""
    settings = settings or load_settings()
    app = FastAPI(
        title="laborwatch",
        description="Sourced claims, estimates and sanctions flags on DPRK overseas labor.",
        version="0.1.0",
        docs_url=None,  # Swagger UI and ReDoc load from CDNs: the OpenAPI JSON stays
        redoc_url=None,
    )
    cache = PictureCache(store, settings)
    app.state.store = store
    app.state.settings = settings
    app.state.cache = cache
    app.state.views = Views(store, cache, settings)
    app.state.tokens = TokenStore(store)
    app.state.templates = templates()
    app.add_middleware(RequestGate, max_body=settings.max_body_bytes, respond=respond)
    app.middleware("http")(security_middleware)  # added last: outermost, heads on every answer
    app.mount("/static", StaticFiles(directory=str(PACKAGE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(pages.router)
    app.include_router(watch.router)
    _errors(app)
    return app


def respond(
    request: Request, status: int, message: str, unknown: PlaceNotFound | None = None
) -> Response:
    """An error as JSON (API, exports, JSON clients) or as the error page; an unknown
    place comes with the closest places (``suggestions``)."""
    if request.url.path.startswith(("/api/", "/export/")) or "json" in request.headers.get(
        "accept", ""
    ):
        body: dict[str, Any] = {"error": message}
        if unknown is not None:
            body["suggestions"] = unknown.suggestions
        return JSONResponse(body, status_code=status)
    return pages.error_page(request, status, message, unknown)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(PlaceNotFound)
    async def unknown_place(request: Request, exc: PlaceNotFound) -> Response:
        status = 404 if request.url.path.startswith(("/api/countries/", "/country")) else 400
        return respond(request, status, str(exc), exc)

    @app.exception_handler(RequestError)
    @app.exception_handler(ReviewError)
    async def user_error(request: Request, exc: Exception) -> Response:
        return respond(request, 400, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first: dict[str, Any] = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return respond(request, 422, f"{where}: {first.get('msg', 'invalid request')}")
