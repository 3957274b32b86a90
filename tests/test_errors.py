"""kg.errors: an error reads the same after it crossed a process boundary (pickled)."""

from __future__ import annotations

import pickle

import pytest

from kg.deadline import TimeLimit
from kg.errors import EndpointError, KgError, QueryError, QueryOutOfMemory, QueryTimeout, SourceError, StoreError
from kg.names import AmbiguousName, Match, UnknownName
from kg.queries import SparqlSyntaxError
from kg.remote import PushError, PushReport, RequestTimeout
from kg.worker import Busy, OutOfMemory, StartFailed, WorkerError

KARINS = [Match("erlan-karin", 100.0, "Erlan Karin", ""), Match("timur-karin", 100.0, "Timur Karin", "")]


def _placed(error: KgError) -> KgError:
    error.path, error.line = "q.rq", 4
    return error


ERRORS = [
    KgError("plain"),
    SourceError("expected a date", path="sources/a.yaml", line=3),
    QueryError("refused", path="q.rq", line=2),
    StoreError("locked", path="reform.oxigraph"),
    EndpointError("refused"),
    QueryTimeout("too long"),
    QueryOutOfMemory("too big"),
    RequestTimeout("no answer within 5 s"),
    TimeLimit("a.txt: too long"),
    WorkerError("died"),
    OutOfMemory("too big"),
    _placed(UnknownName("Karim", KARINS)),
    _placed(AmbiguousName("Karin", KARINS)),  # its __init__ takes (name, candidates): it could not be rebuilt
    _placed(SparqlSyntaxError(2, 3, "Expected SelectQuery")),  # lost its path and line
    PushError(
        "push failed", PushReport(url="http://h/store", graph=None, replace=False, total_triples=9, total_batches=1)
    ),
    StartFailed("none started", retry_after_s=7),
    Busy("busy", retry_after_s=5),
]


def _subclasses(cls: type) -> set[type]:
    return {cls} | {c for sub in cls.__subclasses__() for c in _subclasses(sub)}


def test_every_error_class_of_kg_is_checked():
    """A new KgError subclass (its own __init__ most of all) is added to ERRORS."""
    mine = {c for c in _subclasses(KgError) if c.__module__.startswith("kg.")}
    assert mine <= {type(e) for e in ERRORS}, mine - {type(e) for e in ERRORS}


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_an_error_crosses_a_process_boundary_whole(error):
    back = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert (back.path, back.line, back.args) == (error.path, error.line, error.args)
    assert vars(back).keys() == vars(error).keys()
