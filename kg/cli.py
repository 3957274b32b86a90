"""The ``kg`` command line: parse options, call one ``kg.*`` function, print the result.

Heavy libraries are imported inside the commands so that ``kg --help`` stays fast, and every
expected failure (:class:`kg.errors.KgError`) becomes one clear line and exit code 1.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError

FORMAT_CHOICES = ("table", "json", "csv", "tsv", "xml")
LANG_CHOICES = ("kk", "ru", "en")


class KgGroup(click.Group):
    """Turns library errors into one-line messages; set KG_DEBUG=1 to see tracebacks."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(1) from None
        except Exception as exc:  # a bug: say so plainly instead of a traceback
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (run again with KG_DEBUG=1 for details)"
            ) from None


def _emit(data: bytes, output: str | None) -> None:
    """Write to a file atomically, or to standard output."""
    if output and output != "-":
        from kg.fileio import write_atomic

        write_atomic(output, data)
        click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
    else:
        stream = click.get_binary_stream("stdout")
        stream.write(data)
        stream.flush()


def source_options(func):
    """``--sources PATH`` (repeatable) and ``--store DIR``: where a reading command gets its graph."""
    func = click.option(
        "--store", "store_dir", type=click.Path(file_okay=False), default=None,
        help="Read a persistent store built by 'kg build --store DIR' instead of the sources.",
    )(func)
    func = click.option(
        "--sources", "sources", multiple=True, type=click.Path(), metavar="PATH",
        help="Fact sheets or folders to build the graph from (repeatable). Default: the bundled sources.",
    )(func)
    return func


def output_option(func):
    return click.option(
        "-o", "--output", default=None, metavar="FILE",
        help="Write to FILE (atomically) instead of standard output; '-' is standard output.",
    )(func)


def _graph(sources: tuple[str, ...], store_dir: str | None):
    from kg.store import open_graph

    return open_graph(list(sources) or None, store_dir=store_dir)


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
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter, e.g. -p actor=baytaq (repeatable). Values are bound as RDF terms.")
@click.option("--sparql", default=None, metavar="QUERY",
              help="Run this SPARQL text instead of a named query; '-' reads it from standard input.")
@click.option("--lang", type=click.Choice(LANG_CHOICES), default=None,
              help="Language of labels in the answer (same as -p lang=...). Falls back to English.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="table", show_default=True,
              help="table for people; json, xml, csv, tsv are the SPARQL 1.1 result formats.")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters and exit.")
@source_options
@output_option
def query(name, params, sparql, lang, fmt, list_, sources, store_dir, output) -> None:
    """Run a named query, a .rq file, or ad-hoc SPARQL on the graph.

    Queries are read-only: SERVICE, LOAD, FROM and updates are refused.

    \b
    Examples:
      kg query who-proposed-what
      kg query who-proposed-what -p actor=Amirtayev --lang kk
      kg query actor -p actor=baytaq
      kg query my_query.rq --format csv -o answers.csv
      kg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from kg.queries import NamedQuery, find_query, list_queries, parse_param_args, run_named

    if list_:
        click.echo(_describe_queries(list_queries()))
        return
    if sparql is not None and name:
        raise click.UsageError("give a query NAME/FILE or --sparql, not both")
    if sparql is None and not name:
        raise click.UsageError("give a query NAME (see kg query --list), a FILE.rq, or --sparql")
    given = parse_param_args(list(params))
    if sparql is not None:
        text = sys.stdin.read() if sparql == "-" else sparql
        named = NamedQuery(name="(ad hoc)", path=Path("-"), text=text)
        if lang:
            given["lang"] = lang
        if given:
            raise KgError("--param and --lang apply to named queries; write values into ad-hoc SPARQL directly")
    else:
        named = find_query(name)
        if lang:
            given["lang"] = lang
    from kg.output import render_results

    store = _graph(sources, store_dir)
    _emit(render_results(run_named(store, named, given), fmt), output)


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
@click.option("-f", "--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "json-ld", "nt", "nq", "xml", "graphml", "gexf"]),
              help="RDF serialisation, or graphml/gexf: the network projection for Gephi and Cytoscape. "
                   "The output is deterministic: same sources, same bytes.")
@click.option("--lang", type=click.Choice(LANG_CHOICES), default="en", show_default=True,
              help="Label language of the graphml/gexf projection.")
@source_options
@output_option
def export(fmt, lang, sources, store_dir, output) -> None:
    """Export the whole graph as RDF (Turtle by default), or its network as GraphML/GEXF.

    \b
    Examples:
      kg export > reform.ttl
      kg export --format json-ld -o reform.jsonld
      kg export --format graphml -o reform.graphml
    """
    store = _graph(sources, store_dir)
    if fmt in ("graphml", "gexf"):
        from kg.exports_graph import graph_bytes
        from kg.projection import project

        _emit(graph_bytes(project(store, lang=lang), fmt), output)
        return
    from kg.store import serialize

    _emit(serialize(store, fmt), output)


# ---------------------------------------------------------------- view


@cli.command()
@click.option("-o", "--output", default="kg-view.html", show_default=True, metavar="FILE.html",
              help="The page to write (atomically).")
@click.option("--focus", metavar="ACTOR", help="Draw only this actor's network (id, IRI or any spelling of a name).")
@click.option("--depth", type=click.IntRange(min=0), default=None, help="Links to follow from --focus (default 2).")
@click.option("--include", metavar="TYPE,...",
              help="Only these node types, e.g. person,party,proposal,provision.")
@click.option("--title", default=None, help="Heading of the page.")
@click.option("--lang", type=click.Choice(LANG_CHOICES), default="en", show_default=True,
              help="Language of labels and of the page.")
@source_options
def view(output, focus, depth, include, title, lang, sources, store_dir) -> None:
    """Write one offline HTML page: the network of who proposed what, with the evidence.

    The page needs no network: open it from disk or send it by email. Search any spelling
    of a name, click a node or link for its evidence, filter by type, relation or date.

    \b
    Examples:
      kg view -o reform.html
      kg view --focus Amirtayev --depth 1 --lang kk -o amirtayev.html
    """
    from kg.view import write_view

    graph = write_view(
        _graph(sources, store_dir), output, lang=lang, focus=focus, depth=depth,
        include=[t.strip() for t in include.split(",") if t.strip()] if include else None, title=title,
    )
    click.echo(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} links)", err=True)


# ---------------------------------------------------------------- validate


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--store", "store_dir", type=click.Path(file_okay=False), default=None,
              help="Validate a persistent store instead of sources.")
def validate(paths, store_dir) -> None:
    """Check fact sheets and the registry, then the built graph against the SHACL shapes.

    PATHS are fact sheets or folders (default: the bundled sources). Problems are printed
    as FILE:LINE: what is wrong; the exit code is 1 when there is any.

    \b
    Examples:
      kg validate
      kg validate sources/articles/my-new-report.yaml
    """
    from kg.validate import validate as run_validation

    if store_dir and paths:
        raise click.UsageError("give PATHS or --store, not both")
    if store_dir:
        from kg.store import open_store

        report = run_validation(store=open_store(store_dir))
    else:
        report = run_validation(list(paths) or None)
    if report.conforms:
        click.echo(
            f"ok: {report.sources} source(s), {report.facts} fact(s), {report.triples} triples conform to the shapes"
        )
        return
    for problem in report.problems:
        click.echo(str(problem), err=True)
    raise click.ClickException(f"{len(report.problems)} problem(s) found; fix the lines above and run kg validate again")


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
    from kg.store import counts
    from kg.validate import compact

    data = counts(_graph(sources, store_dir))
    if fmt == "json":
        click.echo(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
        return
    click.echo(f"triples: {data['triples']['total']}\n")
    rows = sorted(((compact(c), str(n)) for c, n in data["classes"].items()), key=lambda r: (-int(r[1]), r[0]))
    click.echo(format_table(["class", "instances"], rows) + "\n")
    rows = sorted((compact(s).rsplit("/", 1)[-1], str(n)) for s, n in data["sources"].items())
    click.echo(format_table(["source", "facts"], rows))


# ---------------------------------------------------------------- build


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--store", "store_dir", type=click.Path(file_okay=False), required=True,
              help="Folder of the persistent store to (re)build.")
def build(paths, store_dir) -> None:
    """Check the sources and bulk-load them into a persistent Oxigraph store.

    Reading commands then take --store DIR and skip rebuilding. An existing store is replaced.

    \b
    Example:
      kg build --store data/reform.oxigraph
      kg query who-proposed-what --store data/reform.oxigraph
    """
    from kg.store import build_store

    from rich.progress import Progress, TextColumn, SpinnerColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True,
                  disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("loading", total=None)
        store = build_store(
            list(paths) or None, store_dir=store_dir,
            progress=lambda n: progress.update(task, description=f"loaded {n:,} triples"),
        )
    click.echo(f"built {store_dir}: {len(store):,} triples")


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
    from kg.resolve import format_matches, resolve_name

    store = _graph(sources, store_dir)
    matches = resolve_name(store, name, limit=limit)
    if not matches:
        raise UnknownName(name, resolve_name(store, name, limit=3, min_score=SUGGEST_SCORE))
    if fmt == "json":
        rows = [{"id": m.actor_id, "label": m.label, "score": m.score, "why": m.why} for m in matches]
        click.echo(json.dumps(rows, indent=2, sort_keys=True, ensure_ascii=False))
        return
    click.echo(format_rows(["id", "label", "score", "why"], format_matches(matches)))


# ---------------------------------------------------------------- duplicates


@cli.command()
@click.option("--threshold", type=click.FloatRange(0, 100), default=None,
              help="Lowest score listed (default 85; key matches score 100).")
@click.option("--all", "include_decided", is_flag=True,
              help="Also list pairs a reviewer marked not_same in decisions.yaml.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--sources", "sources", multiple=True, type=click.Path(), metavar="PATH",
              help="Registry, fact sheets, decisions or folders (repeatable). Default: the bundled sources.")
def duplicates(threshold, include_decided, fmt, sources) -> None:
    """List probable duplicate actors of the registry, with scores and why, for review.

    Record each judgement in sources/decisions.yaml: 'same_as' merges two ids, 'not_same'
    keeps them apart and drops the pair from this list.

    \b
    Examples:
      kg duplicates
      kg duplicates --threshold 70 --format json
    """
    from kg.output import format_rows
    from kg.resolve import duplicates as find_duplicates
    from kg.sources import load_corpus

    found = find_duplicates(load_corpus(list(sources) or None), threshold=threshold, include_decided=include_decided)
    if fmt == "json":
        rows = [{"a": d.a, "b": d.b, "label_a": d.label_a, "label_b": d.label_b, "score": d.score, "why": d.why}
                for d in found]
        click.echo(json.dumps(rows, indent=2, sort_keys=True, ensure_ascii=False))
        return
    if not found:
        click.echo("no probable duplicates")
        return
    click.echo(format_rows(["a", "b", "score", "why"], [(d.a, d.b, f"{d.score:g}", d.why) for d in found]))


def main() -> None:  # pragma: no cover - for python -m
    cli()
