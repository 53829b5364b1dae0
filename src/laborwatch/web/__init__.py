"""The dashboard and JSON API (FastAPI, server-rendered Jinja2, vendored static assets).

``serve(db_url, host, port)`` runs it with uvicorn; ``create_app(store)`` builds the app.
"""

from __future__ import annotations

from laborwatch.web.app import create_app


def serve(db_url: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at ``db_url`` until interrupted (used by ``serve`` and ``demo --serve``).

    The reconciled picture is built before the first request, so the first page is fast.
    """
    import uvicorn

    from laborwatch.store import Store

    with Store.open(db_url) as store:
        app = create_app(store)
        app.state.cache.get()
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


__all__ = ["create_app", "serve"]
