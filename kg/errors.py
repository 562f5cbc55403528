"""One exception type per kind of user mistake; the CLI catches `KgError` once
and prints its message as one line."""


class KgError(Exception):
    """Base class: a problem the user can fix, with a message that says how."""


class InputError(KgError):
    """An input path cannot be used (missing, empty, not text, no .txt in a folder).

    `path` names the file; the message says the problem."""

    def __init__(self, path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NothingToBuild(KgError):
    """No input file could be read, so no graph was built."""


class QueryError(KgError):
    """A saved query name or a query file cannot be used."""


class EvalError(InputError):
    """A gold folder or a graph file given to `kg eval` cannot be used."""


class UnknownRule(KgError):
    """A rule id that kg/data/rules.tsv does not list."""


class GraphFileError(KgError):
    """A graph (.ttl) or shapes file cannot be read."""


class EntityNotFound(KgError):
    """`kg explain` was given a name that no entity in the graph has."""


class OutputError(KgError):
    """An output file cannot be written (folder is a file, no permission, disk full)."""
