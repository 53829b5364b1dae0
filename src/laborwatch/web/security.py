"""Security: strict headers, write tokens (cookie or Bearer), CSRF for forms.

Read-only by default: every write needs a token made by ``laborwatch token create``. The
browser signs in once (the token goes into an HttpOnly, SameSite=Strict cookie); forms
also carry a CSRF value that must equal the ``lw_csrf`` cookie (double submit) and a
cross-site ``Origin`` is refused. API clients send ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from fastapi import HTTPException, Request, Response

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
        raise HTTPException(401, "a write token is needed (laborwatch token create)")
    return name
