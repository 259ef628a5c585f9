"""Whether an index directory is ours to open.

Whoosh keeps an index as pickles, and an index is trusted input like a Python
file: whoever can write it decides what opening it does. The restricted
unpickler (``whoosh_adapter``) stops a crafted pickle from running code; this
check refuses, before anything is read, a directory someone else could have
written: one owned by another user, or writable by other users.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path

try:
    import grp
    import pwd
except ImportError:  # not POSIX: check_index_dir returns before it would need them
    grp = pwd = None

from ..errors import IndexUnreadableError, UntrustedIndexError

TRUSTED_INPUT = "an index is trusted input like a Python file"

# An index holds files and one level of directories (the per-segment *.sidx/ arrays);
# nothing is read deeper, so the walk stops there and stays cheap on every open.
_MAX_DEPTH = 2


def check_index_dir(path: str | os.PathLike) -> None:
    """Raise ``UntrustedIndexError`` unless the index directory ``path`` and everything
    in it is owned by the effective user and writable by no one else.

    Group-writable is accepted only when the group is the user's private group (as
    with Debian's default umask 002): see ``_group_is_private``.
    """
    if os.name != "posix":
        return  # no POSIX owners and modes to check (Windows)
    root = Path(path)
    euid = os.geteuid()
    try:
        _check(root, os.stat(root), euid, root)
        _walk(root, euid, 1, root)
    except OSError as exc:
        raise IndexUnreadableError(f"{exc.filename or root}: cannot read the index: {exc.strerror}") from None


def _walk(directory: str | Path, euid: int, depth: int, root: Path) -> None:
    with os.scandir(directory) as entries:
        for entry in entries:
            try:
                # Follow links: Whoosh opens what a link points at.
                st = entry.stat()
            except FileNotFoundError:
                continue  # a dangling link or a file removed meanwhile: nothing to open
            _check(entry.path, st, euid, root)
            if stat.S_ISDIR(st.st_mode) and depth < _MAX_DEPTH:
                _walk(entry.path, euid, depth + 1, root)


def _check(where: str | Path, st: os.stat_result, euid: int, root: Path) -> None:
    if st.st_uid != euid:
        _refuse(
            where,
            f"owned by uid {st.st_uid} (you are {euid})",
            f"build your own index, or if you trust whoever made this one: chown -R {euid} {root}",
        )
    mode = st.st_mode
    if mode & stat.S_IWOTH:
        _refuse(
            where,
            f"writable by others (mode {stat.S_IMODE(mode):04o})",
            f"rebuild it, or if no one else can have changed it: chmod -R o-w {root}",
        )
    if mode & stat.S_IWGRP and not _group_is_private(st.st_gid, euid):
        _refuse(
            where,
            f"writable by group {_group_name(st.st_gid)} (mode {stat.S_IMODE(mode):04o})",
            f"rebuild it, or if no one else in the group can have changed it: chmod -R g-w {root}",
        )


def _refuse(where: str | Path, reason: str, hint: str) -> None:
    err = UntrustedIndexError(f"{where}: {reason}; {TRUSTED_INPUT}")
    err.hint = hint
    raise err


@functools.lru_cache(maxsize=64)
def _group_is_private(gid: int, euid: int) -> bool:
    """Whether ``gid`` is the user's own group: their primary group, with no other member.

    With user-private groups (Debian, Ubuntu, Fedora) every user has a group of their
    own and a umask of 002, so every file they make is group-writable; refusing that
    would refuse every index they build, while no one else can write through the group.
    A shared group (``users``, ``staff``) lets its members plant a pickle: refused.
    This is the test Debian's OpenSSH applies to ~/.ssh (user-group-modes).
    """
    try:
        user = pwd.getpwuid(euid)
        group = grp.getgrgid(gid)
    except KeyError:
        return False  # an unnamed user or group: nothing shows it is private
    return user.pw_gid == gid and all(member == user.pw_name for member in group.gr_mem)


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)
