"""The ``kg`` command line: parse options, call one ``kg.*`` function, print the result.

Heavy libraries are imported inside the commands so that ``kg --help`` stays fast, and every
expected failure (:class:`kg.errors.KgError`) becomes one clear line and exit code 1.
"""

from __future__ import annotations

import os
import sys

import click

from kg import __version__
from kg.errors import KgError

FORMAT_CHOICES = ("table", "json", "csv", "tsv", "xml")
LANG_CHOICES = ("kk", "ru", "en")
MAX_PUSH_RETRIES = 10  # kg.remote.MAX_RETRIES (a test checks), not imported here: kg --help stays light
MAX_SERVE_WORKERS = 254  # kg.worker.MAX_WORKERS less kg serve's 2 spares (a test checks)
MAX_SERVE_MEMORY_MB = 2**24  # kg.worker.MAX_MEMORY_MB (16 TiB; a test checks)
MAX_SYNTH_FACTS = 1_000_000  # kg.synth.MAX_FACTS (a test checks), not imported here: kg --help stays light
QUERY_TIMEOUT_S = 60.0  # kg.graph.DEFAULT_TIMEOUT_S (a test checks), not imported here: kg --help stays light
QUERY_MEMORY_MB = 1024  # kg.graph.DEFAULT_MAX_MEMORY_MB, kg query's and kg serve's (a test checks)
MAX_TIMEOUT = 1e6  # seconds (11 days): past this a wait overflows the platform's timers (kg.deadline.MAX_SECONDS,
# not imported here: kg --help stays light)


class _NumberRange(click.FloatRange):
    """click's range of numbers without ``nan``, which passes its bounds (no comparison is true of it)."""

    what = "a number"

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if number != number:
            self.fail(f"{value!r} is not {self.what}.", param, ctx)
        return number


class _Seconds(_NumberRange):
    """A time limit: 0.01 s to 11 days, and a number."""

    name = "seconds"
    what = "a number of seconds"


SECONDS = _Seconds(min=0.01, max=MAX_TIMEOUT)


class _Path(click.Path):
    """click's path without the empty name, which the commands took for the working folder (``kg build
    --store ''`` looked there, ``kg validate ''`` read every sheet under it) or for no option at all
    (``-o ''`` printed, ``kg extract -o ''`` wrote no drafts): a usage error saying what to give."""

    def __init__(self, *, hint: str = "give a file or folder name", **kwargs) -> None:
        super().__init__(**kwargs)
        self.hint = hint

    def convert(self, value, param, ctx):
        if value == "":
            self.fail(f"the name is empty; {self.hint}.", param, ctx)
        return super().convert(value, param, ctx)


# One instance of each path type for every option: click.Path() looks up its name through gettext
# (22 look-ups of the locale on every run when each option made its own).
ANY_PATH = _Path()
FOLDER = _Path(file_okay=False, hint="give a folder name")
OUTPUT = _Path(hint="give a file name, or '-' for standard output")
FILE_OUT = _Path(hint="give a file name")
FOLDER_OUT = _Path(hint="give a folder name")  # no file_okay=False: a file there gets kg's own message
GOLD_FOLDER = _Path(exists=True, hint="give the folder of gold fact sheets and their texts")


def _terminal_width() -> int:
    """The help's width as click works it out, without the ``import shutil`` (with bz2, lzma,
    zlib) that click's own look-up costs every ``--help``."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return max(min(columns, 80) - 2, 50)


class _ShortOptionsFirst:
    """A parser that finds ``-p``, ``-f``, ``-o`` at once. click tries every option as a long one
    first, and each miss builds an error whose constructor imports difflib (~1.5 ms of a run);
    registered as long ones too, they match directly (``-pX``, ``-qv`` still work the usual way)."""

    def make_parser(self, ctx: click.Context):
        parser = super().make_parser(ctx)  # type: ignore[misc]
        short, long = getattr(parser, "_short_opt", None), getattr(parser, "_long_opt", None)
        if isinstance(short, dict) and isinstance(long, dict):
            for name, option in short.items():
                long.setdefault(name, option)
        return parser


class KgCommand(_ShortOptionsFirst, click.Command):
    """Every kg command (see :class:`_ShortOptionsFirst`)."""


class KgGroup(_ShortOptionsFirst, click.Group):
    """Turns library errors into one-line messages; set KG_DEBUG=1 to see tracebacks."""

    command_class = KgCommand

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        if parent is None and "terminal_width" not in extra:
            extra["terminal_width"] = _terminal_width()  # the commands' contexts inherit it
        given = list(args)
        ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["kg.args"] = given  # to name an argument that is not UTF-8 (see invoke)
        return ctx

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if _query_left_running():
                _end_now(str(exc), 1)
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:  # Ctrl-C: one line and the shell's code for SIGINT
            if _query_left_running():
                _end_now("interrupted", 130)
            click.echo("interrupted", err=True)
            raise click.exceptions.Exit(130) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except OSError as exc:  # a full disk, a read-only file system, ... outside a library write
            from kg.errors import os_problem

            raise click.ClickException(os_problem(exc)) from None
        except RecursionError:
            raise click.ClickException(
                "the input is nested too deeply to handle; flatten it (fewer nested brackets or lists)"
            ) from None
        except Exception as exc:  # a bug: say so plainly instead of a traceback
            surrogate = isinstance(exc, UnicodeEncodeError) and exc.reason == "surrogates not allowed"
            bad = _not_utf8(ctx.meta.get("kg.args", ())) if surrogate else None
            if bad is not None:  # an argument's bytes that are not UTF-8 reached an encoder
                from kg.errors import shown

                raise click.ClickException(
                    f"the argument {shown(bad)} holds bytes that are not UTF-8 text (shown as \\udcXX); "
                    "give values and file names in UTF-8"
                ) from None
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (run again with KG_DEBUG=1 for details)"
            ) from None


def _not_utf8(args) -> str | None:
    """The first command-line argument that held bytes that are not UTF-8 (Python keeps each such byte
    as a lone surrogate, U+DC80-U+DCFF, which no UTF-8 text or file can hold), if any."""
    return next((arg for arg in args if any("\udc80" <= c <= "\udcff" for c in arg)), None)


def _query_left_running() -> bool:
    """Whether a query that ran out of time or was interrupted still runs in a thread (kg.deadline)."""
    deadline = sys.modules.get("kg.deadline")
    return deadline is not None and deadline.abandoned()


def _end_now(message: str, code: int) -> None:
    """Print the error and end the process at once: os._exit stops the engine's thread with it."""
    click.echo(message if code == 130 else f"Error: {message}", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _json(data, **kwargs) -> str:
    import json  # only for --format json: a plain query run never imports it

    return json.dumps(data, **kwargs)


def _emit(data: bytes, output: str | None) -> None:
    """Write to a file atomically, or to standard output."""
    if output and output != "-":
        from kg.fileio import write_atomic

        write_atomic(output, data)
        click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
    else:
        stream = _binary_stdout()
        stream.write(data)
        stream.flush()


def _binary_stdout():
    """Standard output as bytes (click.get_binary_stream is deprecated, to go in Click 9)."""
    sys.stdout.flush()  # what was echoed before goes first
    return sys.stdout.buffer


def source_options(func):
    """``--sources PATH`` (repeatable) and ``--store DIR``: where a reading command gets its graph."""
    func = click.option(
        "--store",
        "store_dir",
        type=FOLDER,
        default=None,
        help="Read a persistent store built by 'kg build --store DIR' instead of the sources.",
    )(func)
    func = click.option(
        "--sources",
        "sources",
        multiple=True,
        type=ANY_PATH,
        metavar="PATH",
        help="Fact sheets or folders to build the graph from (repeatable). Default: the bundled sources.",
    )(func)
    return func


def output_option(func):
    return click.option(
        "-o",
        "--output",
        type=OUTPUT,
        default=None,
        metavar="FILE",
        help="Write to FILE (atomically) instead of standard output; '-' is standard output.",
    )(func)


def _check_output(output: str | None, sources: tuple[str, ...], store_dir: str | None, query_file: str | None = None):
    """Refuse ``-o`` naming a file the command reads (the query file, a fact sheet or registry of
    the sources, a file of the store): the answer would replace it."""
    if not output or output == "-":
        return
    from kg.fileio import check_not_input

    inputs: list[tuple[str, str, tuple[str, ...]]] = []
    if query_file and query_file != "-":
        inputs.append((query_file, "the query file", ()))
    if not store_dir:
        from kg.resources import bundled_dir

        for path in sources or (bundled_dir("sources"),):
            inputs.append((path, "a fact sheet or registry of the sources", (".yaml", ".yml")))
    else:
        inputs.append((store_dir, "a file of the store", ()))
    check_not_input(output, inputs)


def _each_checked_by(module: str, function: str):
    """A callback for an option given several times: each value checked by ``module.function`` (imported only
    when a value is given), and a :class:`~kg.errors.KgError` a usage error naming the bad one."""

    def callback(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
        if not values:
            return values
        import importlib

        check = getattr(importlib.import_module(module), function)
        try:
            return tuple(check(value) for value in values)
        except KgError as exc:
            raise click.BadParameter(str(exc)) from None

    return callback


def _graph(sources: tuple[str, ...], store_dir: str | None):
    """The :class:`kg.Graph` a reading command works on: ``--store DIR``, else the sources."""
    from kg.graph import Graph

    return Graph.load(list(sources) or None, store_dir=store_dir)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """reform-kg: who proposed what in a constitutional reform, with the evidence.

    The graph is built from hand-written fact sheets (YAML, one per news report) and an
    actor registry; the bundled default covers Kazakhstan's 2025-2026 reform.

    \b
    Start with:
      kg query who-proposed-what
      kg query --list
    """


# ---------------------------------------------------------------- query


@cli.command()
@click.argument("name", required=False)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter, e.g. -p actor=baytaq (repeatable). Values are bound as RDF terms.",
)
@click.option(
    "--sparql",
    default=None,
    metavar="QUERY",
    help="Run this SPARQL text instead of a named query; '-' reads it from standard input.",
)
@click.option(
    "--lang",
    type=click.Choice(LANG_CHOICES),
    default=None,
    help="Language of labels in the answer (same as -p lang=...). Falls back to English.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMAT_CHOICES),
    default=None,
    help="table for people; json, xml, csv, tsv are the SPARQL 1.1 result formats. "
    "[default: from the extension of -o (.csv, .tsv, .json, .xml), else table]",
)
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters and exit.")
@click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="Run the query on this remote SPARQL endpoint instead of the local graph (same check, same table).",
)
@click.option(
    "--graph",
    "graph_iri",
    default=None,
    metavar="IRI",
    help="With --endpoint: query this named graph (the --graph given to kg push), not the default graph.",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=SECONDS,
    default=QUERY_TIMEOUT_S,
    show_default=True,
    help="Seconds a query may run before it is stopped (exit code 1); with --endpoint, the time allowed "
    "for each exchange with the server. Ctrl-C stops it at once.",
)
@click.option(
    "--max-memory",
    "max_memory_mb",
    type=click.IntRange(min=16),
    default=QUERY_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Memory a query on the local graph may take (the growth of kg's own); past it the query is stopped (exit code 1).",
)
@click.option(
    "--show-sparql",
    is_flag=True,
    help="Print the SPARQL that would run (prefixes added, parameters bound, actors resolved) and exit.",
)
@source_options
@output_option
def query(
    name,
    params,
    sparql,
    lang,
    fmt,
    list_,
    endpoint,
    graph_iri,
    timeout_s,
    max_memory_mb,
    show_sparql,
    sources,
    store_dir,
    output,
) -> None:
    """Run a named query, a .rq file, or ad-hoc SPARQL on the graph.

    Queries are read-only: SERVICE, LOAD, FROM and updates are refused. A query on the local
    graph is stopped after --timeout seconds, past --max-memory or on Ctrl-C (kg ends, and the
    query with it).

    \b
    Examples:
      kg query who-proposed-what
      kg query who-proposed-what -p actor=Amirtayev --lang kk
      kg query actor -p actor=baytaq
      kg query my_query.rq -o answers.csv
      kg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --timeout 5
      kg query who-proposed-what --endpoint http://127.0.0.1:7878/query
      kg query stances -p actor=baytaq --show-sparql
    """
    from kg.output import RESULT_EXTENSIONS, format_from_extension
    from kg.queries import NamedQuery, find_query, list_queries, parse_param_args, read_query_text

    fmt = format_from_extension(output, fmt, RESULT_EXTENSIONS, "table")
    if list_:
        _emit((_describe_queries(list_queries()) + "\n").encode("utf-8"), output)  # -o too, as for an answer
        return
    if sparql is not None and name:
        raise click.UsageError("give a query NAME/FILE or --sparql, not both")
    if sparql is None and not name:
        raise click.UsageError("give a query NAME (see kg query --list), a FILE.rq, or --sparql")
    given = parse_param_args(list(params))
    if sparql is not None:
        text = read_query_text(sys.stdin.buffer) if sparql == "-" else sparql
        named = NamedQuery(name="(ad hoc)", path="-", text=text)
        if lang:
            given["lang"] = lang
        if given:
            raise KgError("--param and --lang apply to named queries; write values into ad-hoc SPARQL directly")
    else:
        named = find_query(name)
        if lang:
            given["lang"] = lang
    if graph_iri is not None and endpoint is None:
        raise click.UsageError("--graph applies to --endpoint: the local graph has no named graphs")
    _check_output(output, () if endpoint is not None else sources, store_dir, named.path)
    if endpoint is not None:  # --endpoint '' too: it is refused as an address, not taken for the local graph
        from kg.remote import check_graph, render_remote, run_named_remote

        if sources or store_dir:
            raise click.UsageError("give --endpoint or --sources/--store, not both")
        check_graph(graph_iri)
        answer = run_named_remote(endpoint, named, given, graph=graph_iri, timeout_s=timeout_s)
        if answer.truncated:
            click.echo("warning: the endpoint cut the answer at its row limit; add LIMIT/OFFSET to page", err=True)
        _emit(render_remote(answer, fmt), output)
        return
    graph = _graph(sources, store_dir)
    if show_sparql:
        _emit(graph.sparql(named, params=given).encode("utf-8"), output)
        return
    rendered = graph.answer(
        named, params=given, fmt=fmt, timeout_s=timeout_s, max_memory_mb=max_memory_mb, then_exit=True
    )
    _emit(rendered, output)


def _describe_queries(queries) -> str:
    lines = []
    for q in queries:
        lines.append(f"{q.name}")
        lines.append(f"  {q.title}: {q.description}" if q.description else f"  {q.title}")
        for p in q.params:
            need = "optional" if p.optional else "required"
            default = f", default {p.default}" if p.default else ""
            lines.append(f"  -p {p.name}=<{p.kind}>  ({need}{default}) {p.doc}".rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------- export


@cli.command()
@click.option(
    "-f",
    "--format",
    "fmt",
    default=None,
    type=click.Choice(["turtle", "trig", "json-ld", "nt", "nq", "xml", "graphml", "gexf"]),
    help="RDF serialisation, or graphml/gexf: the network projection for Gephi and Cytoscape. "
    "The output is deterministic: same sources, same bytes. [default: from the extension of -o "
    "(.ttl, .trig, .jsonld, .nt, .nq, .rdf, .graphml, .gexf), else turtle]",
)
@click.option(
    "--lang",
    type=click.Choice(LANG_CHOICES),
    default=None,
    help="graphml/gexf only: the language of the projection's labels (en by default; RDF keeps every language).",
)
@click.option(
    "--group-above",
    type=click.IntRange(min=0),
    default=None,  # kg.view_group.GROUP_ABOVE, as for kg view
    metavar="N",
    help="graphml/gexf only: they carry the positions, colours and sizes of kg view's 'everything' view; "
    "beyond N nodes that view opens on groups of organisations, and the nodes are placed as in "
    "its expanded groups, each with a 'group' attribute. 0: never group; 10000 by default.",
)
@source_options
@output_option
def export(fmt, lang, group_above, sources, store_dir, output) -> None:
    """Export the whole graph as RDF (Turtle by default), or its network as GraphML/GEXF.

    GraphML/GEXF open in Gephi laid out as kg view draws them (positions, colours, sizes).

    \b
    Examples:
      kg export > reform.ttl
      kg export -o reform.jsonld
      kg export -o reform.graphml
    """
    from kg.graph import EXPORT_EXTENSIONS
    from kg.output import format_from_extension

    fmt = format_from_extension(output, fmt, EXPORT_EXTENSIONS, "turtle")
    _check_output(output, sources, store_dir)
    _emit(_graph(sources, store_dir).export(fmt, lang=lang, group_above=group_above), output)


# ---------------------------------------------------------------- view


def _node_types(value: str | None) -> list[str] | None:
    """``--include TYPE,...`` as a list, checked by :func:`kg.projection.check_include`: an unknown
    type, or none named (``--include ,``), is a usage error that lists the types."""
    if value is None:
        return None
    from kg.projection import check_include

    types = [t.strip() for t in value.split(",") if t.strip()]
    try:
        check_include(types)
    except KgError as exc:
        raise click.BadParameter(str(exc), param_hint="'--include'") from None
    return types


@cli.command()
@click.option(
    "-o",
    "--output",
    type=FILE_OUT,
    default=None,
    metavar="FILE",
    help="The page or picture to write (atomically). [default: kg-view.html, .svg or .png]",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "svg", "png"]),
    default=None,
    help="html: the interactive page; svg/png: a picture of one preset for reports "
    "(headless Chromium), as the page first shows it: beyond --group-above nodes, the "
    "everything view as its closed groups. [default: from the extension of -o, else html]",
)
@click.option(
    "--preset",
    type=click.Choice(["everything", "proposals", "timeline", "focus"]),
    default=None,
    help="The view to open on or to picture: everything, proposals (who proposed what), "
    "timeline, focus (needs --focus). [default: focus with --focus, else everything]",
)
@click.option("--focus", metavar="ACTOR", help="Draw only this actor's network (id, IRI or any spelling of a name).")
@click.option(
    "--depth",
    type=click.IntRange(0, 1000),  # the focus view walks --depth rings even past the last node: 10**23 never ended
    default=None,
    help="Links to follow from --focus (default 2, at most 1000).",
)
@click.option(
    "--include",
    metavar="TYPE,...",
    callback=lambda ctx, param, value: _node_types(value),
    help="Only these node types, e.g. person,party,proposal,provision.",
)
@click.option("--title", default=None, help="Heading of the page.")
@click.option(
    "--lang",
    type=click.Choice(LANG_CHOICES),
    default="en",
    show_default=True,
    help="Language of labels and of the page.",
)
@click.option(
    "--group-above",
    type=click.IntRange(min=0),
    default=None,  # kg.view_group.GROUP_ABOVE, not imported here: every command would pay for it
    metavar="N",
    help="Beyond N nodes the page first draws one circle per organisation (party, body, "
    "faction or unit, with its people and their facts); click one to draw its members. "
    "Pictures show the circles; kg export --format graphml|gexf places nodes as in the "
    "expanded circles. 0: never group; 10000 by default.",  # a test checks that this is GROUP_ABOVE
)
@source_options
def view(output, fmt, preset, focus, depth, include, title, lang, group_above, sources, store_dir) -> None:
    """Write one offline HTML page, or a picture, of who proposed what, with the evidence.

    The page needs no network: open it from disk or send it by email. Search any spelling
    of a name, click a node or link for its evidence, switch between views (everything,
    who proposed what, timeline, focus on an actor), filter by type, relation or date.

    \b
    Examples:
      kg view -o reform.html
      kg view --focus Amirtayev --depth 1 --lang kk -o amirtayev.html
      kg view --preset proposals -o proposals.png
      kg view --store big.oxigraph --group-above 5000 -o big.html
    """
    from kg.view import view_output

    fmt, output = view_output(output, fmt)
    _check_output(str(output), sources, store_dir)
    graph = _graph(sources, store_dir).view(
        output,
        lang=lang,
        focus=focus,
        depth=depth,
        include=include,
        title=title,
        fmt=fmt,
        preset=preset,
        group_above=group_above,
    )
    click.echo(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)", err=True)


# ---------------------------------------------------------------- validate


@cli.command()
@click.argument("paths", nargs=-1, type=ANY_PATH)
@click.option(
    "--store",
    "store_dir",
    type=FOLDER,
    default=None,
    help="Validate a persistent store instead of sources.",
)
def validate(paths, store_dir) -> None:
    """Check fact sheets and the registry, then the built graph against the SHACL shapes.

    PATHS are fact sheets or folders (default: the bundled sources). Problems are printed
    as FILE:LINE: what is wrong; the exit code is 1 when there is any. A large graph is
    checked in chunks (a few thousand triples a second; progress on a terminal).

    \b
    Examples:
      kg validate
      kg validate sources/articles/my-new-report.yaml
    """
    from kg.validate import validate as run_validation

    if store_dir and paths:
        raise click.UsageError("give PATHS or --store, not both")
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            click.echo(f"\rchecked {done:,} of {total:,} nodes against the shapes", err=True, nl=False)

    try:
        if store_dir:
            from kg.store import open_store

            report = run_validation(store=open_store(store_dir), progress=progress)
        else:
            report = run_validation(list(paths) or None, progress=progress)
    finally:
        if show:
            click.echo("", err=True)
    if report.conforms:
        counted = (
            f"{report.triples:,} triples of {store_dir}"  # a store keeps no sheets to count
            if store_dir
            else f"{report.sources} source(s), {report.facts} fact(s), {report.triples} triples"
        )
        click.echo(f"ok: {counted} conform to the shapes")
        return
    for problem in report.problems:
        click.echo(str(problem), err=True)
    raise click.ClickException(
        f"{len(report.problems)} problem(s) found; fix the lines above and run kg validate again"
    )


# ---------------------------------------------------------------- stats


@cli.command()
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@source_options
def stats(fmt, sources, store_dir) -> None:
    """Count triples, instances by class, and facts by source.

    \b
    Example:
      kg stats
    """
    from kg.output import format_table
    from kg.validate import compact

    data = _graph(sources, store_dir).counts()
    if fmt == "json":
        click.echo(_json(data, indent=2, sort_keys=True, ensure_ascii=False))
        return
    click.echo(f"triples: {data['triples']['total']}\n")
    rows = sorted(((compact(c), str(n)) for c, n in data["classes"].items()), key=lambda r: (-int(r[1]), r[0]))
    click.echo(format_table(["class", "instances"], rows) + "\n")
    rows = sorted((compact(s).rsplit("/", 1)[-1], str(n)) for s, n in data["sources"].items())
    click.echo(format_table(["source", "facts"], rows))


# ---------------------------------------------------------------- build


@cli.command()
@click.argument("paths", nargs=-1, type=ANY_PATH)
@click.option(
    "--store",
    "store_dir",
    type=FOLDER,
    required=True,
    help="Folder of the persistent store to (re)build.",
)
def build(paths, store_dir) -> None:
    """Check the sources and bulk-load them into a persistent Oxigraph store.

    Reading commands then take --store DIR and skip rebuilding. An existing store is replaced.

    \b
    Example:
      kg build --store reform.oxigraph
      kg query who-proposed-what --store reform.oxigraph
    """
    from kg.store import build_store

    with _BuildProgress() as shown:
        store = build_store(list(paths) or None, store_dir=store_dir, progress=shown.loaded, stage=shown.stage)
    click.echo(f"built {store_dir}: {len(store):,} triples")


class _BuildProgress:
    """A rich spinner with the triple count on a terminal; a line per million triples otherwise."""

    STAGES = {"reading": "reading the sources", "loading": "loading triples", "writing": "writing the store"}

    def __init__(self) -> None:
        import time

        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()
        self.name = "reading"
        self.count = 0
        self.progress = None

    def __enter__(self):
        if self.tty:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.__enter__()
            self.task = self.progress.add_task(self.STAGES["reading"], total=None)
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.__exit__(*exc)

    def _show(self) -> None:
        text = self.STAGES[self.name] + (f": {self.count:,}" if self.name == "loading" else "")
        if self.progress is not None:
            self.progress.update(self.task, description=text)

    def stage(self, name: str) -> None:
        self.name = name
        self._show()

    def loaded(self, count: int) -> None:
        import time

        if not self.tty and count // 1_000_000 > self.count // 1_000_000:
            click.echo(f"loaded {count:,} triples ({time.monotonic() - self.started:.0f} s)", err=True)
        self.count = count
        self._show()


# ---------------------------------------------------------------- resolve


@cli.command()
@click.argument("name")
@click.option("-n", "--limit", type=click.IntRange(1), default=5, show_default=True, help="Most matches to print.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@source_options
def resolve(name, limit, fmt, sources, store_dir) -> None:
    """Show which actors NAME may mean: id, label, score and why, best first.

    NAME may be written in Kazakh, Russian or Latin letters, inflected for case
    (Әміртаевтың, Амиртаева) or romanised any common way. Exits with 1 when no actor
    matches, listing the nearest names if there are any.

    \b
    Examples:
      kg resolve Әміртаевтың
      kg resolve Amirtaev --format json
    """
    from kg.names import SUGGEST_SCORE, UnknownName
    from kg.output import format_rows
    from kg.resolve import format_matches

    graph = _graph(sources, store_dir)
    matches = graph.matches(name, limit=limit)
    if not matches:
        raise UnknownName(name, graph.matches(name, limit=3, min_score=SUGGEST_SCORE))
    if fmt == "json":
        rows = [{"id": m.actor_id, "label": m.label, "score": m.score, "why": m.why} for m in matches]
        click.echo(_json(rows, indent=2, sort_keys=True, ensure_ascii=False))
        return
    click.echo(format_rows(["id", "label", "score", "why"], format_matches(matches)))


# ---------------------------------------------------------------- duplicates


@cli.command()
@click.option(
    "--threshold",
    type=_NumberRange(0, 200),
    default=None,
    help="Lowest score listed (default 85 for actors, 60 for facts; key matches score 100).",
)
@click.option(
    "--facts",
    "facts",
    is_flag=True,
    help="List probable duplicate facts (events, proposals, claims...) instead of actors.",
)
@click.option(
    "--all", "include_decided", is_flag=True, help="Also list pairs a reviewer marked not_same in decisions.yaml."
)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--sources",
    "sources",
    multiple=True,
    type=ANY_PATH,
    metavar="PATH",
    help="Registry, fact sheets, decisions or folders (repeatable). Default: the bundled sources.",
)
def duplicates(threshold, facts, include_decided, fmt, sources) -> None:
    """List probable duplicate actors (or, with --facts, facts) with scores and why, for review.

    Record each judgement in sources/decisions.yaml: 'same_as' merges two ids (or two facts,
    written <source-id>/<fact-id>), 'not_same' keeps them apart and drops the pair from this list.

    \b
    Examples:
      kg duplicates
      kg duplicates --threshold 70 --format json
      kg duplicates --facts
    """
    from kg.output import format_rows
    from kg.sources import load_corpus

    corpus = load_corpus(list(sources) or None)
    if facts:
        from kg.fact_duplicates import fact_duplicates

        pairs = fact_duplicates(corpus, threshold=threshold, include_decided=include_decided)
        if fmt == "json":
            click.echo(
                _json(
                    [
                        {
                            "a": p.a,
                            "b": p.b,
                            "type": p.type,
                            "label_a": p.label_a,
                            "label_b": p.label_b,
                            "score": p.score,
                            "why": p.why,
                        }
                        for p in pairs
                    ],
                    indent=2,
                    sort_keys=True,
                    ensure_ascii=False,
                )
            )
        elif not pairs:
            click.echo("no probable duplicate facts")
        else:
            click.echo(
                format_rows(
                    ["a", "b", "type", "score", "why"], [(p.a, p.b, p.type, f"{p.score:g}", p.why) for p in pairs]
                )
            )
        return
    from kg.resolve import duplicates as find_duplicates

    found = find_duplicates(corpus, threshold=threshold, include_decided=include_decided)
    if fmt == "json":
        rows = [
            {"a": d.a, "b": d.b, "label_a": d.label_a, "label_b": d.label_b, "score": d.score, "why": d.why}
            for d in found
        ]
        click.echo(_json(rows, indent=2, sort_keys=True, ensure_ascii=False))
        return
    if not found:
        click.echo("no probable duplicates")
        return
    click.echo(format_rows(["a", "b", "score", "why"], [(d.a, d.b, f"{d.score:g}", d.why) for d in found]))


# ---------------------------------------------------------------- serve


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on: an IP address of this machine (0.0.0.0: every interface) or a name it resolves "
    "itself (localhost; other names are looked up for at most 5 s). Anything but loopback exposes the graph "
    "to your network.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7700,
    show_default=True,
    help="Port to listen on (0: any free one).",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=SECONDS,
    default=10.0,
    show_default=True,
    help="Seconds a query may run; then its worker process is killed and the client gets 503.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Rows per answer; longer answers are cut and carry 'X-KG-Truncated: true'.",
)
@click.option(
    "--max-concurrent",
    type=click.IntRange(1, MAX_SERVE_WORKERS),
    default=4,
    show_default=True,
    help="Worker processes running queries with the full --timeout, at most 254. 2 spare workers more answer "
    "light queries (up to 2 s), so they do not wait behind long ones; a full queue gets 503 with Retry-After.",
)
@click.option(
    "--max-memory",
    "max_memory_mb",
    type=click.IntRange(16, MAX_SERVE_MEMORY_MB),
    default=QUERY_MEMORY_MB,
    show_default=True,
    metavar="MB",
    help="Memory one query may take in its worker process; past it the client gets 503.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    callback=_each_checked_by("kg.guard", "check_host_name"),
    help="Also answer requests whose Host header is NAME (repeatable), e.g. the name a reverse proxy "
    "forwards. Otherwise only localhost, 127.0.0.1, [::1] and --host are answered (421).",
)
@click.option(
    "--memory",
    is_flag=True,
    help="With --store: copy the store into memory first, so unbound queries run ~3-5x faster (costs ~10 s and "
    "~0.7 GB at the copy's peak per million triples; see the README). Without --store it is refused: a graph built "
    "from the sources is served as it is.",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    callback=_each_checked_by("kg.serve", "check_origin"),
    help="Let pages from this origin (e.g. https://yasgui.example) read answers; repeatable. "
    "Default: any origin (the endpoint is read-only).",
)
@click.option("--no-cors", is_flag=True, help="Send no CORS headers: pages on other origins cannot read answers.")
@click.option("-q", "--quiet", is_flag=True, help="No access log (by default one line per request on standard error).")
@source_options
def serve(
    host,
    port,
    timeout_s,
    max_rows,
    max_concurrent,
    max_memory_mb,
    allow_hosts,
    memory,
    cors_origins,
    no_cors,
    quiet,
    sources,
    store_dir,
) -> None:
    """Serve the graph read-only over HTTP: a SPARQL 1.1 endpoint, the named queries and a query page.

    SERVICE, LOAD, FROM and updates are refused (403). Each query runs in a worker process that
    is killed at --timeout. Open http://127.0.0.1:7700/ in a browser for the query page; /view
    shows the network view of the same graph. Stop it with Ctrl-C.

    \b
    Examples:
      kg serve --store reform.oxigraph
      curl 'http://127.0.0.1:7700/queries/who-proposed-what?actor=baytaq&format=table'
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7700/sparql
    """
    from kg.serve import bind
    from kg.serve import serve as run_server

    if no_cors and cors_origins:
        raise click.UsageError("give --cors-origin or --no-cors, not both")
    if memory and not store_dir:
        raise click.UsageError(
            "--memory copies a --store into memory; give --store DIR with it, or leave it out "
            "(a graph built from the sources is served as it is)"
        )
    origins = () if no_cors else (cors_origins or ("*",))
    cors = "off" if not origins else ("any origin" if "*" in origins else ", ".join(origins))
    # bound before the graph loads (and the workers start): a wrong host or a busy port is refused at once
    bound = bind(host, port)
    try:
        graph = _graph(sources, store_dir)
        if memory:
            from kg.graph import Graph
            from kg.store import copy_to_memory

            graph = Graph(copy_to_memory(graph.store))
    except BaseException:
        bound.close()
        raise

    def listening(host: str, port: int) -> None:
        """The start-up line, once the socket is bound: a server that cannot start never announces itself."""
        reach = bound.reach()  # by the address bound: localhost. is loopback, the name 0 every interface
        if reach != "loopback":
            click.echo(f"warning: listening on {host}: anyone who can reach this address can query the graph", err=True)
        shown = f"[{host}]" if ":" in host else host
        base = f"http://{shown}:{port}"
        click.echo(
            f"kg serve: {len(graph):,} triples, read-only, at {base}/ (query page), {base}/sparql (SPARQL 1.1), "
            f"{base}/queries, {base}/view; limits: {timeout_s:g} s per query, {max_rows:,} rows per answer, "
            f"{max_concurrent} queries at once; CORS: {cors}; access log: {'off' if quiet else 'stderr'}. "
            "Ctrl-C stops.",
            err=True,
        )
        if reach == "every interface" and not allow_hosts:
            click.echo(
                "note: clients must reach it by a name given with --allow-host (the Host header is checked)", err=True
            )

    run_server(
        graph,
        bound=bound,
        timeout_s=timeout_s,
        max_rows=max_rows,
        max_concurrent=max_concurrent,
        max_memory_mb=max_memory_mb,
        allow_hosts=allow_hosts,
        cors_origins=origins,
        on_listening=listening,
        log=None if quiet else sys.stderr,
    )


# ---------------------------------------------------------------- push


@cli.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="Graph Store Protocol address, e.g. http://127.0.0.1:7878/store (a bare http://host:port means /store).",
)
@click.option(
    "--graph", default=None, metavar="IRI", help="Target named graph (default: the default graph; Virtuoso needs one)."
)
@click.option("--replace", is_flag=True, help="Replace the target graph instead of adding to it.")
@click.option(
    "--batch",
    "batch_triples",
    type=click.IntRange(min=1),
    default=100_000,
    show_default=True,
    help="Triples per request.",
)
@click.option(
    "--retries",
    type=click.IntRange(0, MAX_PUSH_RETRIES),
    default=3,
    show_default=True,
    help="Retries of a batch after a 5xx answer or a lost connection, at most 10: the waits double from 0.5 s "
    "(10 retries wait 8.5 minutes in all).",
)
@click.option("--user", default=None, help="User name for HTTP authentication.")
@click.option(
    "--password",
    default=None,
    envvar="KG_PUSH_PASSWORD",
    show_envvar=True,
    help="Password for --user (better given in the environment).",
)
@click.option("--digest", is_flag=True, help="Use HTTP Digest authentication (Virtuoso) instead of Basic.")
@click.option(
    "--timeout",
    "timeout_s",
    type=SECONDS,
    default=120.0,
    show_default=True,
    help="Seconds one batch request may take in all (connect, send, answer); a batch that runs out is not retried.",
)
@source_options
def push(
    endpoint, graph, replace, batch_triples, retries, user, password, digest, timeout_s, sources, store_dir
) -> None:
    """Send the graph to a SPARQL server with the Graph Store Protocol, in batches.

    Works with Oxigraph server, Virtuoso, Jena Fuseki, GraphDB and others; prints what was
    sent. A push that fails part-way says how much the server had accepted.

    \b
    Examples:
      kg push --endpoint http://127.0.0.1:7878/store --replace
      kg push --store reform.oxigraph --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth \\
          --graph https://w3id.org/reform-kg/graph --user dba --digest --replace
    """
    from kg.remote import check_graph, parse_auth
    from kg.remote import push as push_graph

    if password and user is None:
        raise click.UsageError("--password needs --user")
    check_graph(graph)  # before the graph is built or read
    auth = parse_auth(user, password)
    store = _graph(sources, store_dir).store
    show = sys.stderr.isatty()

    def progress(report) -> None:
        if show:
            click.echo(
                f"\rsent {report.triples:,} of {report.total_triples:,} triples "
                f"({report.batches}/{report.total_batches} batches)",
                err=True,
                nl=False,
            )

    try:
        report = push_graph(
            store,
            endpoint,
            graph=graph,
            replace=replace,
            batch_triples=batch_triples,
            retries=retries,
            auth=auth,
            digest=digest,
            timeout_s=timeout_s,
            progress=progress,
        )
    finally:
        if show:
            click.echo("", err=True)
    click.echo(report.summary())


# ---------------------------------------------------------------- synth


@cli.command()
@click.argument("directory", type=FOLDER)
@click.option(
    "--facts",
    type=click.IntRange(1, MAX_SYNTH_FACTS),
    default=1000,
    show_default=True,
    help="Facts to write (about 19 triples each once built: 53,000 facts make ~1 M triples), at most "
    "1,000,000 (~19 M triples, 1.2 GB of files, ~2 minutes).",
)
@click.option(
    "--seed",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Random seed, 0 or more: the same seed gives the same files.",
)
def synth(directory, facts, seed) -> None:
    """Write a synthetic corpus (registry and fact sheets, invented names) for benchmarks.

    DIRECTORY must be new or empty; it is written whole or not at all.

    \b
    Examples:
      kg synth /tmp/corpus --facts 70000
      kg build /tmp/corpus --store /tmp/corpus.oxigraph
    """
    from kg.synth import synthesize

    report = synthesize(directory, facts=facts, seed=seed)
    click.echo(
        f"wrote {directory}: {report.actors:,} actors, {report.sources:,} sources, {report.facts:,} facts "
        f"in {report.files:,} files ({report.countries} countries)"
    )


# ---------------------------------------------------------------- extract


@cli.command()
@click.argument("target", required=False, type=ANY_PATH, metavar="FILE_OR_DIR")
@click.option(
    "--lang",
    type=click.Choice(["auto", *LANG_CHOICES]),
    default="auto",
    show_default=True,
    help="Language of the article(s); auto reads it from the letters of each paragraph.",
)
@click.option("--outlet", metavar="ID", help="The publisher: a registry id or name (else read from the text).")
@click.option(
    "--date",
    metavar="YYYY-MM-DD",
    help="Publication date (else read from the header, the dateline or the first sentence; never from a quotation).",
)
@click.option("--url", metavar="URL", help="The article's address (one file only).")
@click.option(
    "-o",
    "--output",
    "out",
    type=FOLDER_OUT,
    metavar="DIR",
    help="Folder for the drafts: DIR/articles/ID.yaml, DIR/texts/ID.txt, DIR/actors.yaml. "
    "Without it, one article's draft is printed.",
)
@click.option(
    "--evaluate",
    "gold",
    metavar="GOLD_DIR",
    type=GOLD_FOLDER,
    help="Instead: extract every gold fact sheet's text again and print precision, recall and F1.",
)
@click.option("--errors", is_flag=True, help="With --evaluate: also list what was missed and what was extra.")
@click.option(
    "--no-outlet",
    is_flag=True,
    help="With --evaluate: do not give the extractor each sheet's outlet, so outlets (and the "
    "figures credited to them) must be read from the text.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="With --evaluate: a table, or JSON.",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=SECONDS,
    default=120.0,
    show_default=True,
    help="Seconds one article may take; past them the run stops with an error and writes nothing.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    metavar="0..1",
    help="Leave out facts drafted with a lower confidence (an event stays while a kept fact refers to it); "
    "--evaluate prints what each floor keeps.",
)
@click.option(
    "--same-as",
    "link_known",
    is_flag=True,
    help="Name a curated event or proposal the article restates (same_as) instead of drafting it "
    "again; validate such drafts with the curated sources (kg validate sources DIR).",
)
def extract(
    target, lang, outlet, date, url, out, gold, errors, no_outlet, fmt, timeout_s, min_confidence, link_known
) -> None:
    """Draft fact sheets from raw articles (Kazakh, Russian or English) for review.

    Reads plain-text articles (UTF-8; UTF-16, cp1251, KZ-1048 and cp1252 are converted) and drafts
    one fact sheet each: posts, events, speeches and their titles, proposals, stances and
    figures, each quoting its sentence and with a confidence. Known actors are linked to the
    registry; new ones go to DIR/actors.yaml. Drafts say 'draft: true': review them, then
    run kg validate DIR. Nothing is written into the curated sources unless -o names them.

    \b
    Examples:
      kg extract article.txt --outlet baq-kz --date 2026-02-04 -o drafts
      kg extract news/ --lang ru -o drafts
      kg validate drafts
      kg extract --evaluate tests/data/extract_gold
    """
    if gold:
        if target:
            raise click.UsageError("give FILE_OR_DIR or --evaluate GOLD_DIR, not both")
        from kg.extract.evaluate import evaluate, format_evaluation

        result = evaluate([gold], give_outlet=not no_outlet, min_confidence=min_confidence)
        if fmt == "json":
            click.echo(_json(result.as_dict(), indent=2, sort_keys=True, ensure_ascii=False))
        else:
            click.echo(format_evaluation(result, errors=errors))
        return
    if not target:
        raise click.UsageError("give an article FILE or a folder of articles (or --evaluate GOLD_DIR)")
    for given, option in ((fmt != "table", "--format"), (errors, "--errors"), (no_outlet, "--no-outlet")):
        if given:
            raise click.UsageError(f"{option} goes with --evaluate GOLD_DIR; a draft is always YAML")
    from kg.extract.draft import find_articles, run

    files = find_articles(target)
    if len(files) > 1 and not out:
        raise click.UsageError("a folder makes several drafts: give -o DIR for them")
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        disable=len(files) < 2 or not sys.stderr.isatty(),
    ) as progress:
        task = progress.add_task("extracting", total=len(files))
        drafts, written = run(
            target,
            out=out,
            lang=lang,
            outlet=outlet,
            date=date,
            url=url,
            link_known=link_known,
            min_confidence=min_confidence,
            timeout_s=timeout_s,
            progress=lambda f: progress.update(task, advance=1, description=f.name),
        )
    for draft in drafts:
        for note in draft.notes:
            click.echo(f"note: {draft.id}: {note}", err=True)
    if not out:
        click.echo(drafts[0].to_yaml(), nl=False)
        return
    for draft in drafts:
        click.echo(f"{out}/articles/{draft.id}.yaml: {len(draft.facts)} fact(s), {len(draft.actors)} new actor(s)")
    actors = sorted({a for d in drafts for a in d.actors})
    click.echo(f"next: review the drafts and the {len(actors)} new actor(s), then: kg validate {out}")


def main() -> None:  # pragma: no cover - for python -m
    cli()
