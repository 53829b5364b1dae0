"""``/sources``: the source register (publishers and originating sources with their
Admiralty reliability grades), editable by a reviewer who gives a reason.

The shipped grades are ``data/reliability.yaml`` (what the reconciler uses); a reviewer's
grade is stored by the store (table ``source_grades``), logged in ``review_log`` and laid
over the shipped table when the picture is next built (:mod:`laborwatch.web.state`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from laborwatch.reconcile import config
from laborwatch.reconcile.grading import default_reliability, with_grades
from laborwatch.review.register import KINDS, SourceRegister, source_name
from laborwatch.web.pages import V, render
from laborwatch.web.security import check_form, require_reviewer
from laborwatch.web.views import Views

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])
LOG_SHOWN = 100


class SourceGradeIn(BaseModel):
    """A reviewer's grade for a publisher (domain) or an origin (its name), with a reason."""

    kind: str = Field(max_length=20)
    name: str = Field(max_length=200)
    grade: str = Field(max_length=1)
    reason: str = Field(max_length=1000)


def register_data(v: Views) -> dict[str, Any]:
    """Every origin and publisher with its shipped and current grade, and the change log."""
    edits = {(g["kind"], g["name"]): g for g in v.store.source_grades()}
    shipped = default_reliability()
    current = with_grades((k, n, g["grade"]) for (k, n), g in edits.items())
    origins = [
        {
            "kind": "origin",
            "name": o.name,
            "pattern": o.pattern,
            "shipped": o.grade,
            "grade": edits[("origin", o.name)]["grade"] if ("origin", o.name) in edits else o.grade,
            "edit": edits.get(("origin", o.name)),
        }
        for o in config.reliability().origins
    ]
    stored = {source_name("publisher", p) for p in v.store.publishers()}
    names = set(config.reliability().publishers) | stored
    names |= {n for k, n in edits if k == "publisher"}
    publishers = []
    for name in sorted(names):
        was = shipped.source(None, name)
        publishers.append(
            {
                "kind": "publisher",
                "name": name,
                "shipped": was.grade,
                "matched": was.name if was.via == "publisher" else "default",
                "grade": current.source(None, name).grade,
                "edit": edits.get(("publisher", name)),
                "in_store": name in stored,
            }
        )
    return {
        "default": shipped.default,
        "origins": origins,
        "publishers": publishers,
        "log": v.store.source_log(LOG_SHOWN),
        "kinds": list(KINDS),
    }


def _shipped(kind: str, name: str) -> str | None:
    """The grade the shipped table gives a source (the audit log's 'before')."""
    if kind == "publisher":
        return default_reliability().source(None, source_name(kind, name)).grade
    return next((o.grade for o in config.reliability().origins if o.name == name), None)


def _set(request: Request, v: V, body: SourceGradeIn, who: str) -> None:
    SourceRegister(v.store).set_grade(
        body.kind,
        body.name,
        body.grade,
        reviewer=who,
        reason=body.reason,
        before=_shipped(body.kind, body.name),
    )
    request.app.state.cache.invalidate()


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, v: V) -> HTMLResponse:
    return render(request, "sources.html", data=register_data(v))


@router.post("/sources")
def grade_source(
    request: Request,
    v: V,
    csrf: Annotated[str, Form(max_length=100)],
    kind: Annotated[str, Form(max_length=20)],
    name: Annotated[str, Form(max_length=200)],
    grade: Annotated[str, Form(max_length=1)],
    reason: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    check_form(request, csrf)
    who = require_reviewer(request)
    _set(request, v, SourceGradeIn(kind=kind, name=name, grade=grade, reason=reason), who)
    return RedirectResponse("/sources#register-log", status_code=303)


@api_router.get("/sources", summary="The source register: grades, shipped and reviewed, and log")
def sources_api(v: V) -> dict[str, Any]:
    return register_data(v)


@api_router.post("/sources", summary="Grade a publisher or origin (needs a Bearer token)")
def grade_source_api(request: Request, v: V, body: SourceGradeIn) -> dict[str, Any]:
    who = require_reviewer(request, bearer_only=True)
    _set(request, v, body, who)
    return {"source": {**body.model_dump(), "reviewer": who}}
