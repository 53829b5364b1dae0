"""Security: strict headers, write tokens (cookie or Bearer), CSRF for forms, body limits.

Read-only by default: every write needs a token made by ``laborwatch token create``. The
browser signs in once (the token goes into an HttpOnly, SameSite=Strict cookie); forms
also carry a CSRF value that must equal the ``lw_csrf`` cookie (double submit) and a
cross-site ``Origin`` is refused. API clients send ``Authorization: Bearer <token>``.

:class:`RequestGate` runs before any route reads a body: a write without a valid token is
refused (401) unread, and no body past ``max_body_bytes`` is read (413), whether its
``Content-Length`` announces it or it arrives in chunks.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from fastapi import HTTPException, Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from laborwatch.review import TokenStore

TOKEN_COOKIE = "lw_token"
CSRF_COOKIE = "lw_csrf"
CSP = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_WRITES = frozenset({"/login", "/logout"})  # sign-in carries its token in the body
NO_TOKEN = "a write token is needed (laborwatch token create)"
Responder = Callable[[Request, int, str], Response]
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes Chromium send Origin: null
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


async def security_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Give every request a CSRF value and every response the strict headers."""
    csrf = request.cookies.get(CSRF_COOKIE)
    fresh = not csrf or len(csrf) != 43
    request.state.csrf = secrets.token_urlsafe(32) if fresh else csrf
    response = await call_next(request)
    for key, value in HEADERS.items():
        response.headers.setdefault(key, value)
    if fresh:
        response.set_cookie(
            CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict", path="/"
        )
    return response


def reviewer(request: Request, *, bearer_only: bool = False) -> str | None:
    """The name of the token this request carries (Bearer header or sign-in cookie)."""
    tokens: TokenStore = request.app.state.tokens
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return tokens.verify(auth[7:].strip())
    if bearer_only:
        return None
    return tokens.verify(request.cookies.get(TOKEN_COOKIE))


def check_form(request: Request, submitted: str | None) -> None:
    """Refuse a form post without the right CSRF value or from another origin (403)."""
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise HTTPException(403, "cross-origin form post refused")
    cookie = request.cookies.get(CSRF_COOKIE) or ""
    if not submitted or not cookie or not hmac.compare_digest(submitted, cookie):
        raise HTTPException(403, "missing or wrong CSRF token; reload the page and try again")


def require_reviewer(request: Request, *, bearer_only: bool = False) -> str:
    """The reviewer's name, or 401 when the request carries no valid token."""
    name = reviewer(request, bearer_only=bearer_only)
    if name is None:
        raise HTTPException(401, NO_TOKEN)
    return name


class RequestGate:
    """ASGI middleware: token before body on writes, and a cap on every request body.

    Args:
        app: the wrapped application.
        max_body: the most body bytes any request may send.
        respond: builds the error response (JSON for the API, the error page for pages).
    """

    def __init__(self, app: ASGIApp, *, max_body: int, respond: Responder) -> None:
        self.app = app
        self.max_body = max_body
        self.respond = respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path = scope["path"]
        if scope["method"] not in SAFE_METHODS and path not in OPEN_WRITES:
            api = path.startswith("/api/")
            if await run_in_threadpool(reviewer, request, bearer_only=api) is None:
                await self._refuse(request, 401, NO_TOKEN, receive, send)
                return
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            message = f"request body over {self.max_body} bytes"
            status = 413 if declared.isdigit() else 400
            await self._refuse(request, status, message, receive, send)
            return
        await self._capped(scope, receive, send, request)

    async def _capped(self, scope: Scope, receive: Receive, send: Send, request: Request) -> None:
        """Run the app with a ``receive`` that counts body bytes and stops past the cap."""
        counted = 0
        started = False

        async def limited() -> Message:
            nonlocal counted
            message = await receive()
            if message["type"] == "http.request":
                counted += len(message.get("body", b""))
                if counted > self.max_body:
                    raise HTTPException(413, f"request body over {self.max_body} bytes")
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except HTTPException as exc:  # raised by `limited` where no handler caught it
            if started or exc.status_code != 413:
                raise
            await self._refuse(request, 413, str(exc.detail), receive, send)

    async def _refuse(
        self, request: Request, status: int, message: str, receive: Receive, send: Send
    ) -> None:
        response = self.respond(request, status, message)
        response.headers["Connection"] = "close"  # the unread body is not worth reading
        await response(request.scope, receive, send)
