"""A throwaway PostgreSQL cluster for tests: initdb + pg_ctl on a Unix socket in a temp dir."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        if shutil.which(name) is None:
            break
    else:
        return Path(shutil.which("initdb")).resolve().parent  # type: ignore[arg-type]  # (a symlink: the real bin dir has pg_basebackup)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


class PgCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="hrarchive-pg-"))
        self.datadir = self.root / "data"
        self.sockdir = self.root / "sock"
        self.sockdir.mkdir()
        self.port = 5432
        # initdb refuses to run as root: run the server as the 'postgres' account then.
        self.run_as: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            os.chown(self.sockdir, user.pw_uid, user.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        opts = f"-k {self.sockdir} -c listen_addresses='' -p {self.port} -c fsync=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-o", opts,
                  "-l", str(self.root / "log"), "-w", "-t", "60", "start")

    def start_standby(self) -> "PgCluster":
        """A streaming replica of this cluster (a read-only hot standby), started; stop it
        with its own stop()."""
        standby = PgCluster(self.bindir)
        self._run(str(self.bindir / "pg_basebackup"), "-D", str(standby.datadir), "-h", str(self.sockdir),
                  "-p", str(self.port), "-U", "postgres", "-R", "-X", "stream", "-c", "fast")
        opts = f"-k {standby.sockdir} -c listen_addresses='' -p {standby.port} -c fsync=off"
        standby._run(str(self.bindir / "pg_ctl"), "-D", str(standby.datadir), "-o", opts,
                     "-l", str(standby.root / "log"), "-w", "-t", "60", "start")
        return standby

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{dbname}?host={self.sockdir}&port={self.port}"

    def create_database(self, name: str) -> str:
        self._run(str(self.bindir / "psql") if (self.bindir / "psql").exists() else "psql",
                  "-h", str(self.sockdir), "-p", str(self.port), "-U", "postgres", "-c", f"CREATE DATABASE {name}")
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)
