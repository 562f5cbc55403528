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


class OutputError(KgError):
    """An output file cannot be written (folder is a file, no permission, disk full)."""
