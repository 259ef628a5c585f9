"""``searchidx serve``: a faceted search page and an HTTP API over one index.

``create_app(index_path)`` opens the index once; every request shares that ``Index``.
Searches block (numpy, Whoosh), so they run in a small pool of long-lived threads: an
``Index`` keeps one searcher per thread (with its facet columns and vocabulary), and
long-lived threads keep those warm (anyio's own pool ends idle threads after seconds).

API (JSON unless ``format`` says otherwise; errors are ``{"error": {...}}`` with a 4xx):

* ``GET /api/search``  the JSON of ``searchidx search --json`` for the same options
* ``GET /api/quotes``  the JSON of ``searchidx quotes --json``
* ``GET /api/speakers/{name}``, ``GET /api/stats``, ``GET /api/documents/{id}``
* ``GET /openapi.json``

Pages: ``/`` (articles), ``/quotes``, ``/speakers/{name}``, ``/documents/{id}``; the
URL holds the whole state (query, filters, dates, sort, page).
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import functools
import io
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlencode

import orjson
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import output
from ..documentview import document, quote_ids
from ..errors import (
    IndexNotFoundError,
    IndexUnreadableError,
    InvalidArgumentError,
    QuerySyntaxError,
    SearchIdxError,
)
from ..facets import facet_names
from ..index import SORTS, Index
from ..suggest import suggest
from ..timeparse import iso
from .openapi import openapi_spec
from .profiles import speaker_profile

HERE = Path(__file__).resolve().parent
DEFAULT_THREADS = 4
#: ``limit`` at most this for JSON, and ``EXPORT_MAX`` for CSV and JSON Lines.
LIMIT_MAX = 1000
EXPORT_MAX = 10_000
PAGE_SIZE = 10
FORMATS = ("json", "jsonl", "csv")
_MISSING = object()


class BadRequest(InvalidArgumentError):
    """A request parameter that is missing or not of its type."""


# -- parameters ----------------------------------------------------------------------


def _one(request: Request, name: str, default=None):
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise BadRequest(f"{name} given {len(values)} times; it takes one value")
    if not values or values[0] == "":
        return default
    return values[0]


def _many(request: Request, name: str) -> tuple[str, ...]:
    return tuple(v for v in request.query_params.getlist(name) if v.strip())


def _int(request: Request, name: str, default: int, maximum: int | None = None, minimum: int = 0) -> int:
    raw = _one(request, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise BadRequest(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise BadRequest(f"{name} must be at most {maximum}, got {value}")
    return value


def _format(request: Request) -> str:
    fmt = _one(request, "format", "json")
    if fmt not in FORMATS:
        raise BadRequest(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    return fmt


def _search_kwargs(request: Request, fmt: str) -> dict:
    """The options of ``searchidx search``/``quotes`` from the query string (as the CLI
    passes them: tuples for repeatable options)."""
    q = _one(request, "q")
    if q is None:
        raise BadRequest("q is required (a query; * matches everything)")
    sort = _one(request, "sort", "relevance")
    if sort not in SORTS:
        raise BadRequest(f"sort must be one of {', '.join(SORTS)}, got {sort!r}")
    return {
        "query": q,
        "speaker": _many(request, "speaker"),
        "place": _many(request, "place"),
        "since": _one(request, "since"),
        "until": _one(request, "until"),
        "sort": sort,
        "limit": _int(request, "limit", 10, EXPORT_MAX if fmt != "json" else LIMIT_MAX),
        "offset": _int(request, "offset", 0),
    }


def _direct(request: Request):
    raw = _one(request, "direct")
    if raw is None:
        return None
    if raw.lower() in ("true", "1", "yes", "direct"):
        return True
    if raw.lower() in ("false", "0", "no", "indirect", "reported"):
        return False
    raise BadRequest(f"direct must be true or false, got {raw!r}")


# -- responses -----------------------------------------------------------------------


def json_response(data, status: int = 200) -> Response:
    body = (
        output.to_json(data)
        if hasattr(data, "to_dict")
        else orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()
    )
    return Response(body, status_code=status, media_type="application/json")


def error_status(exc: Exception) -> int:
    if isinstance(exc, (IndexNotFoundError, IndexUnreadableError)):
        return 503
    if isinstance(exc, SearchIdxError):
        return 400  # the query or an option: syntax, limits, time budget, values
    return 500


def error_body(exc: Exception, status: int) -> dict:
    err = {
        "type": type(exc).__name__ if isinstance(exc, SearchIdxError) else "HTTPException",
        "message": str(exc) if isinstance(exc, SearchIdxError) else getattr(exc, "detail", str(exc)),
        "status": status,
    }
    if getattr(exc, "hint", None):
        err["hint"] = exc.hint
    if isinstance(exc, QuerySyntaxError):
        err["position"] = exc.position
    return {"error": err}


def _csv(rows: list[list], headers: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["; ".join(v) if isinstance(v, (list, tuple)) else ("" if v is None else v) for v in row])
    return buf.getvalue()


_MARK = re.compile(r"</?mark>")


def export(result, fmt: str, name: str) -> Response:
    if fmt == "jsonl":
        body = "".join(output.to_json(h) + "\n" for h in result.hits)
        return Response(body, media_type="application/x-ndjson")
    if fmt == "csv":
        if name == "search":
            headers = ["id", "title", "date", "speakers", "places", "score", "snippet"]
            rows = [
                [d["id"], d["title"], d["date"], d["speakers"], d["places"], d["score"], _MARK.sub("", d["snippet"])]
                for d in (h.to_dict() for h in result.hits)
            ]
        else:
            headers = ["date", "speaker", "role", "kind", "direct", "text", "article_id", "title"]
            rows = [
                [
                    d["date"],
                    d["speaker"],
                    d["role"],
                    d["kind"],
                    "true" if d["direct"] else "false",
                    d["text"],
                    d["article_id"],
                    d["title"],
                ]
                for d in (q.to_dict() for q in result.hits)
            ]
        return Response(
            _csv(rows, headers),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return json_response(result)


# -- the application -----------------------------------------------------------------


class SearchApp:
    """The shared ``Index`` and the threads searches run in."""

    def __init__(self, index_path, threads: int = DEFAULT_THREADS, index: Index | None = None):
        self.index = index if index is not None else Index.open(index_path)
        self.threads = max(1, int(threads))
        self._executor: ThreadPoolExecutor | None = None
        self.facets = facet_names(self.index.spec)

    @property
    def executor(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix="searchidx")
        return self._executor

    async def run(self, fn, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def warm_up(self) -> None:
        """Give every search thread its searcher, facet columns and vocabulary now, so the
        first requests do not pay for them (a second or more each on a large index)."""
        barrier = threading.Barrier(self.threads)

        def warm():
            try:
                barrier.wait(timeout=30)  # one call per thread
            except threading.BrokenBarrierError:
                pass
            try:
                self.index.search("*", facets=self.facets, limit=0)
                # A rare word: the search reads the vocabulary for its "did you mean".
                self.index.search("searchidx", limit=0)
            except SearchIdxError:
                pass

        await asyncio.gather(*(self.run(warm) for _ in range(self.threads)))

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.index.close()


def create_app(index_path, threads: int | None = None, index: Index | None = None) -> Starlette:
    """The Starlette application serving ``index_path`` (opened now: a missing or refused
    index fails here, with searchidx's error). ``threads``: searches run at once
    (default 4, or ``$SEARCHIDX_THREADS``)."""
    if threads is None:
        threads = int(os.environ.get("SEARCHIDX_THREADS", DEFAULT_THREADS))
    state = SearchApp(index_path, threads=threads, index=index)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.globals.update(
        snippet_html=snippet_html,
        speaker_url=speaker_url,
        document_url=document_url,
        fmt_count=lambda n: f"{n:,}",
        day=day,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await state.warm_up()
        try:
            yield
        finally:
            state.close()

    # -- API ----------------------------------------------------------------------------
    async def api_search(request: Request):
        fmt = _format(request)
        kw = _search_kwargs(request, fmt)
        facets = _many(request, "facet")
        facet_limit = _int(request, "facet_limit", 0, 1000, minimum=1) or None
        res = await state.run(state.index.search, kw.pop("query"), facets=facets, facet_limit=facet_limit, **kw)
        return export(res, fmt, "search")

    async def api_quotes(request: Request):
        fmt = _format(request)
        kw = _search_kwargs(request, fmt)
        res = await state.run(state.index.quotes, kw.pop("query"), direct=_direct(request), **kw)
        return export(res, fmt, "quotes")

    async def api_speaker(request: Request):
        name = request.path_params["name"]
        limit = _int(request, "limit", 50, LIMIT_MAX)
        offset = _int(request, "offset", 0)
        profile = await state.run(speaker_profile, state.index, name, limit=limit, offset=offset)
        if not profile["names"]:
            hint = f"; did you mean {', '.join(profile['suggestions'])}?" if profile["suggestions"] else ""
            return json_response(
                {
                    "error": {
                        "type": "NotFound",
                        "status": 404,
                        "message": f"no speaker matches {name!r}{hint}",
                        "suggestions": profile["suggestions"],
                    }
                },
                404,
            )
        return json_response(profile)

    async def api_stats(request: Request):
        return json_response(await state.run(state.index.stats))

    async def api_document(request: Request):
        doc_id = request.path_params["doc_id"]
        doc = await state.run(document, state.index, doc_id)
        if doc is None:
            return json_response(
                {"error": {"type": "NotFound", "status": 404, "message": f"no article with id {doc_id!r}"}}, 404
            )
        return json_response(doc)

    async def api_openapi(request: Request):
        return JSONResponse(openapi_spec(state.facets))

    # -- pages --------------------------------------------------------------------------
    def render(request: Request, name: str, context: dict, status: int = 200):
        context.setdefault("page", PageState(request))
        return templates.TemplateResponse(request, name, context, status_code=status)

    async def page_search(request: Request):
        page = PageState(request)
        ctx = {"page": page, "tab": "articles"}
        if not page.active:
            ctx["stats"] = await state.run(state.index.stats)
            return render(request, "search.html", ctx)
        try:
            ctx.update(await state.run(_search_page, state.index, page))
        except SearchIdxError as exc:
            ctx["error"] = exc
            return render(request, "search.html", ctx, status=error_status(exc))
        return render(request, "search.html", ctx)

    async def page_quotes(request: Request):
        page = PageState(request)
        ctx = {"page": page, "tab": "quotes"}
        if not page.active:
            ctx["stats"] = await state.run(state.index.stats)
            return render(request, "search.html", ctx)
        try:
            ctx.update(await state.run(_quotes_page, state.index, page))
        except SearchIdxError as exc:
            ctx["error"] = exc
            return render(request, "search.html", ctx, status=error_status(exc))
        return render(request, "search.html", ctx)

    async def page_speaker(request: Request):
        name = request.path_params["name"]
        page = PageState(request)
        profile, ids = await state.run(_speaker_page, state.index, name, page.offset)
        status = 200 if profile["names"] else 404
        return render(
            request,
            "speaker.html",
            {"page": page, "profile": profile, "name": name, "quotes": profile.get("quotes", []), "quote_ids": ids},
            status,
        )

    async def page_document(request: Request):
        doc_id = request.path_params["doc_id"]
        doc = await state.run(document, state.index, doc_id)
        if doc is None:
            raise HTTPException(404, f"no article with id {doc_id!r}")
        return render(request, "document.html", {"doc": doc, "body_html": marked_body(doc)})

    # -- errors -------------------------------------------------------------------------
    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    async def on_searchidx_error(request: Request, exc: SearchIdxError):
        status = error_status(exc)
        if wants_json(request):
            return json_response(error_body(exc, status), status)
        return render(request, "error.html", {"message": str(exc), "hint": exc.hint, "status": status}, status)

    async def on_http_error(request: Request, exc: HTTPException):
        if wants_json(request):
            return json_response(error_body(exc, exc.status_code), exc.status_code)
        return render(request, "error.html", {"message": exc.detail, "status": exc.status_code}, exc.status_code)

    async def on_error(request: Request, exc: Exception):
        if wants_json(request):
            return json_response(
                {"error": {"type": "InternalError", "status": 500, "message": f"internal error: {type(exc).__name__}"}},
                500,
            )
        return HTMLResponse("<h1>Internal error</h1>", status_code=500)

    routes = [
        Route("/", page_search, name="search"),
        Route("/quotes", page_quotes, name="quotes"),
        Route("/speakers/{name:path}", page_speaker, name="speaker"),
        Route("/documents/{doc_id:path}", page_document, name="document"),
        Route("/api/search", api_search),
        Route("/api/quotes", api_quotes),
        Route("/api/speakers/{name:path}", api_speaker),
        Route("/api/stats", api_stats),
        Route("/api/documents/{doc_id:path}", api_document),
        Route("/openapi.json", api_openapi),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={SearchIdxError: on_searchidx_error, HTTPException: on_http_error, Exception: on_error},
    )
    app.state.searchidx = state
    return app


def serve(
    index_path, host: str = "127.0.0.1", port: int = 8080, threads: int | None = None, log_level: str = "info"
) -> None:
    """Open the index and serve it with uvicorn until interrupted."""
    import uvicorn

    app = create_app(index_path, threads=threads)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


# -- page state: everything is in the URL --------------------------------------------------


class PageState:
    """The page's query string, and links that change one part of it."""

    MULTI = ("speaker", "place", "source")

    def __init__(self, request: Request):
        self.path = request.url.path
        params = request.query_params
        self.q = (params.get("q") or "").strip()
        self.filters = {k: [v for v in dict.fromkeys(params.getlist(k)) if v.strip()] for k in self.MULTI}
        self.since = params.get("since") or ""
        self.until = params.get("until") or ""
        self.sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
        self.direct = params.get("direct") if params.get("direct") in ("true", "false") else ""
        try:
            self.offset = max(0, int(params.get("offset") or 0))
        except ValueError:
            self.offset = 0
        self.limit = PAGE_SIZE

    @property
    def active(self) -> bool:
        return bool(self.q or self.since or self.until or any(self.filters.values()))

    def params(self) -> dict:
        out = {
            "q": self.q,
            **self.filters,
            "since": self.since,
            "until": self.until,
            "sort": "" if self.sort == "relevance" else self.sort,
            "direct": self.direct,
            "offset": self.offset or "",
        }
        return out

    def url(self, path: str | None = None, keep_offset: bool = False, **changes) -> str:
        """This state's URL with ``changes`` (None or "" removes a key); the page goes back
        to the first unless ``keep_offset`` or ``offset`` is changed."""
        p = self.params()
        if not keep_offset and "offset" not in changes:
            p["offset"] = ""
        p.update(changes)
        pairs = []
        for k, v in p.items():
            for one in v if isinstance(v, (list, tuple)) else [v]:
                if one not in (None, ""):
                    pairs.append((k, one))
        qs = urlencode(pairs)
        return (path or self.path) + (f"?{qs}" if qs else "")

    def toggle(self, key: str, value: str, path: str | None = None) -> str:
        values = list(self.filters.get(key, []))
        values = [v for v in values if v != value] if value in values else values + [value]
        return self.url(path, **{key: values})

    def is_on(self, key: str, value: str) -> bool:
        return value in self.filters.get(key, [])

    def page_url(self, offset: int) -> str:
        return self.url(offset=max(0, offset) or "")

    def api_url(self, kind: str, **extra) -> str:
        """The API call answering this page (``kind`` search or quotes), with ``extra``."""
        pairs = [("q", self.effective_query())]
        pairs += [(k, v) for k in ("speaker", "place") for v in self.filters[k]]
        pairs += [(k, v) for k, v in (("since", self.since), ("until", self.until)) if v]
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if kind == "quotes" and self.direct:
            pairs.append(("direct", self.direct))
        pairs += [(k, v) for k, v in extra.items() if v not in (None, "")]
        return f"/api/{kind}?" + urlencode(pairs)

    def effective_query(self) -> str:
        """The query searched: the typed one (``*`` when only filters are set), with a
        ``source:"..."`` clause per source filter (the library filters speaker and place)."""
        q = self.q or "*"
        sources = [s for s in self.filters["source"] if '"' not in s and "\\" not in s]
        if sources:
            q = f"({q})" + "".join(f' AND source:"{s}"' for s in sources)
        return q


def _search_page(ix: Index, page: PageState) -> dict:
    query = page.effective_query()
    res = ix.search(
        query,
        speaker=page.filters["speaker"],
        place=page.filters["place"],
        since=page.since or None,
        until=page.until or None,
        facets=("speaker", "place", "source", "month"),
        sort=page.sort,
        limit=page.limit,
        offset=page.offset,
    )
    histogram, granularity = _histogram(ix, page, query, res)
    return {
        "result": res,
        "histogram": histogram,
        "granularity": granularity,
        "suggestion": _suggestion(ix, res, page),
        "filter_notes": _filter_notes(res, page),
        "pages": _pages(res.total, page),
    }


def _quotes_page(ix: Index, page: PageState) -> dict:
    query = page.effective_query()
    direct = {"true": True, "false": False}.get(page.direct)
    res = ix.quotes(
        query,
        speaker=page.filters["speaker"],
        place=page.filters["place"],
        since=page.since or None,
        until=page.until or None,
        sort=page.sort,
        limit=page.limit,
        offset=page.offset,
        direct=direct,
    )
    return {
        "quotes": res,
        "quote_ids": dict(enumerate(quote_ids(ix, res.hits))),
        "suggestion": _suggestion(ix, res, page),
        "filter_notes": _filter_notes(res, page),
        "pages": _pages(res.total, page),
    }


def _speaker_page(ix: Index, name: str, offset: int) -> tuple[dict, dict]:
    profile = speaker_profile(ix, name, limit=PAGE_SIZE * 2, offset=offset)
    return profile, dict(enumerate(quote_ids(ix, profile.get("quotes", []))))


def _suggestion(ix: Index, res, page: PageState) -> dict | None:
    """ "Did you mean": the library's ``Result.suggestion`` where it gives one; without
    that attribute (older library), ``suggest()`` here."""
    text = getattr(res, "suggestion", _MISSING)
    if text is _MISSING:
        text = suggest(ix, page.q) if page.q else None
    if not text or text == page.q:
        return None
    return {"query": text, "url": page.url(q=text)}


def _filter_notes(res, page: PageState) -> list[dict]:
    """A speaker or place filter that matched nobody, with links to its suggestions."""
    notes = []
    for m in getattr(res, "matches", ()):
        if m.names or m.field not in ("speaker", "place"):
            continue
        links = []
        if page.is_on(m.field, m.value):
            for s in m.suggestions:
                values = [s if v == m.value else v for v in page.filters[m.field]]
                links.append({"value": s, "url": page.url(**{m.field: values})})
        else:
            links = [{"value": s, "url": None} for s in m.suggestions]
        notes.append({"field": m.field, "value": m.value, "suggestions": links})
    return notes


def _histogram(ix: Index, page: PageState, query: str, res) -> tuple[list[dict], str]:
    """Bars by month, or by year when matches span more than three years; each bar links
    to the same search narrowed to its period."""
    months = list(res.facets.get("month", []))
    if not months:
        return [], "month"
    granularity = "month"
    counts = dict(months)
    if len(months) > 36 or res.facets.truncated.get("month"):
        granularity = "year"
        years = ix.search(
            query,
            speaker=page.filters["speaker"],
            place=page.filters["place"],
            since=page.since or None,
            until=page.until or None,
            facets=("year",),
            limit=0,
            snippets=False,
        )
        counts = dict(years.facets.get("year", []))
    keys = _period_range(sorted(counts), granularity)
    top = max(counts.values()) if counts else 1
    bars = []
    for key in keys:
        n = counts.get(key, 0)
        bars.append(
            {
                "value": key,
                "count": n,
                "height": round(100 * n / top, 1) if top else 0,
                "url": page.url(since=key, until=key) if n else None,
            }
        )
    return bars, granularity


def _period_range(keys: list[str], granularity: str) -> list[str]:
    if not keys:
        return []
    if granularity == "year":
        return [f"{y:04d}" for y in range(int(keys[0]), int(keys[-1]) + 1)][:400]
    y, m = int(keys[0][:4]), int(keys[0][5:7])
    out = []
    while len(out) < 240:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key >= keys[-1]:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _pages(total: int, page: PageState) -> dict:
    size = page.limit
    current = page.offset // size + 1
    last = max(1, (total + size - 1) // size)
    numbers = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    links = [{"n": n, "url": page.page_url((n - 1) * size), "current": n == current} for n in numbers]
    return {
        "current": current,
        "last": last,
        "links": links,
        "prev": page.page_url(page.offset - size) if page.offset > 0 else None,
        "next": page.page_url(page.offset + size) if page.offset + size < total else None,
        "first_shown": page.offset + 1,
        "last_shown": min(total, page.offset + size),
    }


# -- HTML helpers ----------------------------------------------------------------------


def day(value) -> str:
    """A date as the JSON writes it (``2024-10-24``), from a datetime or that string."""
    if value is None or value == "":
        return ""
    return value if isinstance(value, str) else (iso(value) or "")


def snippet_html(snippet: str) -> Markup:
    """A snippet with the library's ``<mark>`` tags kept and everything else escaped."""
    out, open_ = [], False
    for part in re.split(r"(</?mark>)", snippet or ""):
        if part == "<mark>":
            if not open_:
                out.append("<mark>")
                open_ = True
        elif part == "</mark>":
            if open_:
                out.append("</mark>")
                open_ = False
        else:
            out.append(str(escape(part)))
    if open_:
        out.append("</mark>")
    return Markup("".join(out))


def speaker_url(name: str) -> str:
    return "/speakers/" + quote(name, safe="")


def document_url(doc_id: str, quote_id: str | None = None) -> str:
    url = "/documents/" + quote(doc_id, safe="/")
    if quote_id and "#" in quote_id:
        url += "#" + quote_id.rsplit("#", 1)[1]
    return url


def marked_body(doc) -> Markup:
    """The article body as HTML: each quote piece, speaker, place and date mention in a
    span of its kinds (nested marks become one span with several classes), an anchor
    ``qN`` at each quote's start, paragraphs kept."""
    body = doc.body
    bounds = {0, len(body)}
    for m in doc.marks:
        if 0 <= m.start < m.end <= len(body):
            bounds.update((m.start, m.end))
    anchors = {}
    for q in doc.quotes:
        if q.spans:
            anchors.setdefault(q.spans[0][0], []).append(f"q{q.n}")
    numbers = {q.id: q.n for q in doc.quotes}
    points = sorted(bounds)
    out = []
    for lo, hi in zip(points, points[1:]):
        for name in anchors.get(lo, ()):
            out.append(f'<a class="anchor" id="{name}"></a>')
        active = [m for m in doc.marks if m.start <= lo and hi <= m.end]
        text = str(escape(body[lo:hi]))
        text = text.replace("\n\n", "</p><p>").replace("\n", "<br>")
        if active:
            kinds = sorted({m.type for m in active})
            title = "; ".join(f"{m.type}: {m.value}" for m in active if m.type != "quote")
            title_attr = f' title="{escape(title)}"' if title else ""
            quoted = [numbers[m.value] for m in active if m.type == "quote" and m.value in numbers]
            quote_attr = f' data-q="q{quoted[0]}"' if quoted else ""
            out.append(f'<span class="{" ".join("m-" + k for k in kinds)}"{title_attr}{quote_attr}>{text}</span>')
        else:
            out.append(text)
    return Markup("<p>" + "".join(out) + "</p>")
