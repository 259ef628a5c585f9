"""The ``searchidx`` command: each command parses options, calls one library function, renders."""

from __future__ import annotations

import functools
import importlib
import os
import sys
import threading
import types

import click

from . import __version__, output
from .defaults import DEFAULT_LOCK_TIMEOUT, DEFAULT_TIMEOUT, RECORD_PARTS, SHARDS_MANIFEST, SORTS
from .errors import SearchIdxError
from .schema import load_spec

# The engine (Whoosh, NumPy, NLTK) is imported by the commands that use it, not here:
# ``searchidx --help`` and a search start faster for it. So is ``searchidx.shards``: it
# brings the write side (ingest, Dask glue), which searching a plain index never needs.

ENV_INDEX = "SEARCHIDX_INDEX"
DEFAULT_INDEX = ".searchidx"


EPILOGS = {
    "cli": (
        "Examples:\n"
        "\n"
        "\b\n"
        "  searchidx index corpus/\n"
        "  searchidx search '\"North Korean troops\"' --facet speaker --facet month\n"
        '  searchidx quotes ukraine --speaker "Gordon Preston" --since 2024-10 --until 2024-10\n'
        "  searchidx serve\n"
        "\n"
        "Each command's --help shows its own examples. Shell completion (bash):\n"
        'eval "$(_SEARCHIDX_COMPLETE=bash_source searchidx)"\n'
    ),
    "index": (
        "Examples:\n"
        "\n"
        "\b\n"
        "  searchidx index corpus/\n"
        "  searchidx index exports/feed.csv --field body=full_article\n"
        "  searchidx index archive/ --prune --verbose\n"
        "  cat records.jsonl | searchidx index -\n"
    ),
    "search": (
        "Examples:\n"
        "\n"
        "\b\n"
        "  searchidx search '\"north korean troops\"'\n"
        "  searchidx search '\"troops russia\"~3 AND NOT kursk'\n"
        "  searchidx search ukraine --speaker preston --since 2024-10-01 --until 2024-10-31\n"
        "  searchidx search '*' --place UK --sort date --limit 5 --offset 5\n"
        "  searchidx search troops --facet speaker --facet month --json\n"
    ),
    "quotes": (
        "Examples:\n"
        "\n"
        "\b\n"
        '  searchidx quotes ukraine --speaker "Gordon Preston"\n'
        "  searchidx quotes troops --direct --limit 5\n"
        "  searchidx quotes '*' --indirect --place Seoul --jsonl\n"
    ),
    "extract": ("Examples:\n\n\b\n  searchidx extract corpus/articles/\n  searchidx extract feed.jsonl --jsonl\n"),
    "serve": (
        "Examples:\n"
        "\n"
        "\b\n"
        "  searchidx serve                     # http://127.0.0.1:8080/\n"
        "  searchidx serve --index ix --port 9000\n"
    ),
    "stats": ("Examples:\n\n\b\n  searchidx stats\n  searchidx stats --json\n"),
}


class CliError(click.ClickException):
    """A library error shown as one line, with a hint when there is one; exit code 1."""

    def __init__(self, exc: SearchIdxError):
        # One line, so scripts can grep it; the hint rides along when there is one.
        message = str(exc)
        if exc.hint:
            message += f" (hint: {exc.hint})"
        super().__init__(message)


def handle_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except SearchIdxError as exc:
            raise CliError(exc) from None

    return wrapper


def index_option(fn):
    return click.option(
        "--index",
        "index_dir",
        envvar=ENV_INDEX,
        default=DEFAULT_INDEX,
        show_default=True,
        type=click.Path(file_okay=False),
        help=f"Index directory (or ${ENV_INDEX}).",
    )(fn)


def format_options(fn):
    fn = click.option("--jsonl", "as_jsonl", is_flag=True, help="One JSON object per line.")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="One JSON object.")(fn)
    return fn


def echo(text: str) -> None:
    if text:
        click.echo(text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EPILOGS["cli"])
@click.version_option(version=__version__, package_name="searchidx")
def cli():
    """Index news and speech archives and search who said what, where and when."""


def field_option(fn):
    return click.option(
        "--field",
        "fields",
        multiple=True,
        metavar="PART=COLUMN",
        help="The CSV column or JSON key holding a part of each record (repeatable), e.g. body=full_article; "
        f"parts: {', '.join(RECORD_PARTS)}. Common names are recognised without it.",
    )(fn)


@cli.command("index", epilog=EPILOGS["index"])
@click.argument("paths", nargs=-1, required=True)
@index_option
@click.option("--prune", is_flag=True, help="Remove records whose files are gone.")
@click.option(
    "--lock-timeout",
    type=float,
    default=DEFAULT_LOCK_TIMEOUT,
    show_default=True,
    help="Seconds to wait for another writer.",
)
@click.option(
    "--procs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading and extracting files (default: one per core).",
)
@click.option(
    "--shards",
    type=click.IntRange(min=1),
    default=None,
    help="Build a sharded index of N shards on Dask (records go to shards by id).",
)
@click.option(
    "--cluster",
    metavar="tcp://HOST:8786",
    default=None,
    help="Dask scheduler to run a sharded index's work on (default: a local cluster, one worker per core).",
)
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that lead out of a folder.")
@field_option
@click.option(
    "--verbose", "-v", is_flag=True, help="List every skipped file, duplicate id and error (not the first few)."
)
@format_options
@handle_errors
def index_cmd(
    paths, index_dir, prune, lock_timeout, procs, shards, cluster, follow_links, fields, verbose, as_json, as_jsonl
):
    """Index files and folders: .txt/.md articles, .json/.jsonl, .csv/.tsv, .html/.htm pages, Reuters .sgm
    (- reads JSON Lines from stdin). Progress goes to stderr: a bar on a terminal, a line every 10 s otherwise."""
    from .progress import ProgressDisplay

    sharded = shards is not None or _is_sharded(index_dir)
    if cluster is not None and not sharded:
        raise SearchIdxError("--cluster builds a sharded index: give --shards N")
    if sharded:
        from .shards import ShardedIndex

        opened = ShardedIndex.open_or_create(index_dir, shards)
    else:
        from .index import Index

        opened = Index.open(index_dir, create=True)
    with opened as ix, ProgressDisplay() as progress:
        report = ix.add_paths(
            list(paths),
            prune=prune,
            lock_timeout=lock_timeout,
            procs=procs,
            follow_links=follow_links,
            fields=list(fields),
            progress=progress,
            **({"cluster": cluster} if sharded else {}),
        )
    if as_json or as_jsonl:
        echo(output.to_json(report))
    else:
        echo(output.render_report(report, verbose=verbose))
    if report.errors:
        raise click.exceptions.Exit(1)


def search_filters(fn):
    fn = click.option(
        "--partial",
        is_flag=True,
        help="Sharded index: answer from the shards that can, flagged partial, when one cannot.",
    )(fn)
    fn = click.option(
        "--cluster",
        metavar="tcp://HOST:8786",
        default=None,
        help="Sharded index: run the search's shard work on this Dask scheduler's workers.",
    )(fn)
    fn = click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        help="Seconds a search may run before it stops with an error.",
    )(fn)
    fn = click.option("--until", help="Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.")(fn)
    fn = click.option("--since", help="Earliest date (YYYY, YYYY-MM or YYYY-MM-DD).")(fn)
    fn = click.option(
        "--place",
        multiple=True,
        help="Only records mentioning this place or an alias of it (UK, U.S., British); repeatable: all must match.",
    )(fn)
    fn = click.option(
        "--speaker",
        multiple=True,
        help="Only records quoting this person, by full name, surname or title and surname "
        "(every person it names); repeatable: all must match.",
    )(fn)
    return fn


def page_options(fn):
    """--sort, --limit and --offset, as search and quotes take them."""
    fn = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)(fn)
    fn = click.option("--limit", type=click.IntRange(min=0), default=10, show_default=True)(fn)
    return click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)(fn)


@cli.command("search", epilog=EPILOGS["search"])
@click.argument("query")
@index_option
@search_filters
@click.option(
    "--facet",
    "facets",
    multiple=True,
    type=click.Choice(list(load_spec().facet_names)),
    help="Count matches per value (repeatable).",
)
@click.option(
    "--facet-limit", type=click.IntRange(min=1), default=None, help="Values per facet (default 10; 120 for year/month)."
)
@page_options
@format_options
@handle_errors
def search_cmd(
    query,
    index_dir,
    speaker,
    place,
    since,
    until,
    timeout,
    facets,
    facet_limit,
    sort,
    limit,
    offset,
    as_json,
    as_jsonl,
    cluster=None,
    partial=False,
):
    """Search articles. QUERY uses words, "phrases", AND/OR/NOT, field:value and date:[A TO B]; * matches all."""
    with _open_for_search(index_dir, cluster) as ix:
        res = ix.search(
            query,
            speaker=speaker,
            place=place,
            since=since,
            until=until,
            facets=facets,
            sort=sort,
            limit=limit,
            offset=offset,
            facet_limit=facet_limit,
            timeout=timeout,
            **_partial(ix, partial),
        )
    _emit(
        res,
        as_json,
        as_jsonl,
        lambda: output.render_search(res, width=output.terminal_width(), color=sys.stdout.isatty(), offset=offset),
    )


@cli.command("quotes", epilog=EPILOGS["quotes"])
@click.argument("query")
@index_option
@search_filters
@click.option(
    "--direct/--indirect", "direct", default=None, help="Only quoted words, or only reported speech (default: both)."
)
@page_options
@format_options
@handle_errors
def quotes_cmd(
    query,
    index_dir,
    speaker,
    place,
    since,
    until,
    timeout,
    direct,
    sort,
    limit,
    offset,
    as_json,
    as_jsonl,
    cluster=None,
    partial=False,
):
    """Search quotations (quoted words and reported speech), each with its speaker, date and article."""
    with _open_for_search(index_dir, cluster) as ix:
        res = ix.quotes(
            query,
            speaker=speaker,
            place=place,
            since=since,
            until=until,
            sort=sort,
            limit=limit,
            offset=offset,
            timeout=timeout,
            direct=direct,
            **_partial(ix, partial),
        )
    _emit(res, as_json, as_jsonl, lambda: output.render_quotes(res, width=output.terminal_width(), offset=offset))


def _emit(res, as_json: bool, as_jsonl: bool, terminal) -> None:
    """A search's result as one JSON object, JSON Lines of its hits (what the filter values
    matched goes to stderr), or ``terminal()``'s rendering."""
    if as_json:
        echo(output.to_json(res))
    elif as_jsonl:
        _filter_notes(res)
        echo(output.to_jsonl(res.hits))
    else:
        echo(terminal())


def _open_for_search(index_dir, cluster):
    """The index (a sharded one with its shard work on ``cluster``, when given)."""
    _import_whoosh_lightly()
    from .index import Index  # it opens a sharded index itself, importing the shards then

    if cluster is None:
        return Index.open(index_dir)
    if not _is_sharded(index_dir):
        raise SearchIdxError(f"{index_dir}: --cluster searches a sharded index; this one is not")
    from .shards import ShardedIndex

    return ShardedIndex.open(index_dir, cluster=cluster)


def _import_whoosh_lightly() -> None:
    """Import Whoosh without what some of its imports bring in for nothing a search does,
    together a fifth of a one-off search: ``whoosh.compat`` imports ``urllib.request``
    (with ``http.client``, ``email`` and ``ssl``) only to re-export ``urlretrieve``, which
    Whoosh never calls; ``whoosh.query`` imports ``whoosh.lang.morph_en``, compiling its
    tables, for the ``Variations`` query, which searchidx never makes; and
    ``cached_property`` (used by ``whoosh.reading``) imports ``asyncio`` to test, when a
    cached property is first read, whether its function is a coroutine. While those
    import, stand-ins take the modules' places, importing the real module when first
    used; then they go, and anything importing the modules later gets the real ones.

    Only in the command's own process, before any thread could import the modules
    meanwhile, and only when none of them is imported yet."""
    stand_ins = {
        "urllib.request": _CallsThrough("urllib.request", "urlretrieve"),
        "whoosh.lang.morph_en": _CallsThrough("whoosh.lang.morph_en", "variations"),
        "asyncio": _StandIn("asyncio"),
    }
    importers = ("cached_property", "whoosh.compat", "whoosh.query")
    if threading.active_count() != 1 or any(name in sys.modules for name in (*stand_ins, *importers)):
        return
    sys.modules.update(stand_ins)
    try:
        for name in importers:
            importlib.import_module(name)
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


class _StandIn(types.ModuleType):
    """Stands in for the module of its name, importing it when an attribute is first asked
    for (also while still standing in: then it gives way to the real module at once)."""

    def real(self) -> types.ModuleType:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(self.real(), attr)


class _CallsThrough(_StandIn):
    """A stand-in for a module an import takes functions from: each function imports the
    module when first called, and calls the real one."""

    def __init__(self, name: str, *functions: str):
        super().__init__(name)
        for function in functions:
            setattr(self, function, functools.partial(_call_through, self, function))


def _call_through(stand_in: _StandIn, function: str, *args, **kwargs):
    return getattr(stand_in.real(), function)(*args, **kwargs)


def _is_sharded(index_dir) -> bool:
    """``searchidx.shards.is_sharded``, without importing the shards package to ask."""
    return os.path.isfile(os.path.join(index_dir, SHARDS_MANIFEST))


def _partial(ix, partial: bool) -> dict:
    return {"partial_ok": True} if partial and hasattr(ix, "shards") else {}


def _filter_notes(res) -> None:
    """With --jsonl, what the speaker/place values matched goes to stderr: stdout holds hits only."""
    for line in output.filter_lines(res.matches):
        click.echo(line, err=True)


@cli.command("extract", epilog=EPILOGS["extract"])
@click.argument("paths", nargs=-1, required=True)
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that lead out of a folder.")
@field_option
@format_options
@handle_errors
def extract_cmd(paths, follow_links, fields, as_json, as_jsonl):
    """Print speakers, quotes, places and dates found in files (or - for JSONL on stdin); indexes nothing.
    Skipped files and bad records are listed on stderr, and any bad record exits 1."""
    rows, failures = [], 0
    from .extraction import iter_extractions
    from .ingest import SkippedFile

    for item in iter_extractions(list(paths), follow_links=follow_links, fields=list(fields)):
        if isinstance(item, SkippedFile):
            click.echo(f"skipped: {item}", err=True)  # reported, as by 'index'; not a failure
        elif isinstance(item, SearchIdxError):
            failures += 1
            click.echo(f"error: {item}", err=True)
        elif as_jsonl:
            click.echo(output.to_json(item))
        else:
            rows.append(item)
    if as_json:
        echo(output.to_json({"records": rows}))
    elif not as_jsonl:
        echo(output.render_extraction(rows))
    if failures:
        click.echo(f"{failures} error{'s' if failures != 1 else ''} (files or records not read)", err=True)
        raise click.exceptions.Exit(1)


@cli.command("delete")
@click.argument("ids", nargs=-1, required=True)
@index_option
@handle_errors
def delete_cmd(ids, index_dir):
    """Delete articles (with their quotes) by id."""
    from .index import Index

    with Index.open(index_dir) as ix:
        n = ix.delete(ids)
    echo(f"deleted {n} of {len(ids)} article{'s' if len(ids) != 1 else ''}")
    if n < len(ids):
        raise click.exceptions.Exit(1)


@cli.command("optimize")
@index_option
@click.option(
    "--lock-timeout",
    type=float,
    default=DEFAULT_LOCK_TIMEOUT,
    show_default=True,
    help="Seconds to wait for another writer.",
)
@handle_errors
def optimize_cmd(index_dir, lock_timeout):
    """Merge the index into one segment, reclaiming space of deleted and replaced records."""
    from .index import Index

    with Index.open(index_dir) as ix:
        ix.optimize(lock_timeout=lock_timeout)
        stats = ix.stats()
    echo(f"optimized: {stats.segments} segment{'s' if stats.segments != 1 else ''}, {output.size(stats.size_bytes)}")


@cli.command("serve", epilog=EPILOGS["serve"])
@index_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True)
@handle_errors
def serve_cmd(index_dir, host, port):
    """Serve a faceted search page and an HTTP API (/api/search, /api/quotes, /openapi.json) over the index."""
    from .web.app import serve  # Starlette and uvicorn load only for this command

    serve(index_dir, host=host, port=port)


@cli.command("stats", epilog=EPILOGS["stats"])
@index_option
@format_options
@handle_errors
def stats_cmd(index_dir, as_json, as_jsonl):
    """Documents, quotes, distinct speakers and places, date span and size on disk."""
    from .index import Index

    with Index.open(index_dir) as ix:
        stats = ix.stats()
    echo(output.to_json(stats) if (as_json or as_jsonl) else output.render_stats(stats))


def main():
    # NumPy's OpenBLAS starts a thread per core as it loads (tens of milliseconds of a
    # one-off search on a small, busy machine) for linear algebra searchidx never does.
    # An explicit setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cli(prog_name="searchidx")
