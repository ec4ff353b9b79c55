"""The PyInstaller bundle built by packaging/tthc_desktop.spec works on its own, from any working directory.

A data file the spec forgets (a font, a migration, the demo fixture, a catalogue, a Qt plugin) only shows when the
frozen app runs, so this builds the bundle and runs it: the demo commune, its PDF, messages in both languages,
and the window started offscreen. Outside CI the test is skipped when PyInstaller is not installed; in CI it
must run. The build (about a minute) is cached in the temporary folder, keyed by everything that goes into it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "tthc_desktop.spec"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CACHE_ROOT = Path(tempfile.gettempdir()) / "tthc-desktop-bundle-cache"
# What the bundle is made of: a change in any of these makes a new build.
BUNDLE_INPUTS = ("tthc_desktop/**/*", "resources/**/*", "translations/*", "packaging/tthc_desktop.spec")
STALE_AFTER_SECONDS = 3600


def _require_tools() -> None:
    """Skip on a developer machine without PyInstaller or poppler; fail in CI, where the bundle must be proved."""
    missing = []
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing.append("PyInstaller (python3 -m pip install pyinstaller)")
    missing += [tool for tool in ("pdffonts", "pdftotext") if shutil.which(tool) is None]
    if not missing:
        return
    message = "the bundle test needs " + ", ".join(missing)
    if IN_CI:
        pytest.fail(message + " (CI=true: it must run here)")
    pytest.skip(message)


def _bundle_key() -> str:
    digest = hashlib.sha256()
    for pattern in BUNDLE_INPUTS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    versions = [sys.version, sys.platform] + [metadata.version(name) for name in
                                              ("pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials")]
    digest.update(repr(versions).encode())
    return digest.hexdigest()[:16]


def _prune_stale_builds(keep: Path) -> None:
    """Old keyed builds (about 200 MB each) go once they are an hour old; a fresh one may belong to a parallel run."""
    for folder in CACHE_ROOT.glob("bundle-*"):
        if folder != keep and time.time() - folder.stat().st_mtime > STALE_AFTER_SECONDS:
            shutil.rmtree(folder, ignore_errors=True)


def _build(target: Path) -> None:
    """Builds into a scratch folder, then renames it into place, so a half-finished build is never reused."""
    scratch = Path(tempfile.mkdtemp(prefix="building-", dir=CACHE_ROOT))
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(CACHE_ROOT / "pyinstaller-config"))
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(scratch / "dist"), "--workpath", str(scratch / "build"), str(SPEC)],
        cwd=scratch, env=env, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    shutil.rmtree(scratch / "build", ignore_errors=True)
    try:
        (scratch / "dist" / "tthc-desktop").rename(target)
    except OSError:  # a parallel run finished first: its build is the same
        assert (target / "tthc-desktop").exists()
    shutil.rmtree(scratch, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The one-folder bundle (the folder holding both executables and _internal/)."""
    _require_tools()
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    target = CACHE_ROOT / f"bundle-{_bundle_key()}"
    if not (target / "tthc-desktop").exists():
        _build(target)
    os.utime(target)  # in use: not stale
    _prune_stale_builds(target)
    return target


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working directory with nothing in it: the bundle must find its files from its own folder."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    return folder


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """No display, and every user folder (data, settings, cache) inside the test's own folder."""
    home = tmp_path / "home"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        env[variable] = str(home / variable.lower())
        Path(env[variable]).mkdir(parents=True, mode=0o700)
    return env


def _run(bundle: Path, cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "tthc-desktop"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def test_the_bundle_renders_the_demo_plan_in_embedded_liberation_serif(
        bundle: Path, elsewhere: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    database, pdf = tmp_path / "x.sqlite", tmp_path / "demo.pdf"
    _ok(_run(bundle, elsewhere, app_env, "--db", str(database), "demo"))  # migrations and the demo fixture
    _ok(_run(bundle, elsewhere, app_env, "--db", str(database), "render", "1", "--out", str(pdf)))

    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows, fonts
    assert all("LiberationSerif" in row[0] for row in rows), fonts  # the bundled fonts, not a system one
    assert all(row[-5] == "yes" for row in rows), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "QUYẾT ĐỊNH" in text
    assert "KẾ HOẠCH" in text
    assert not list(elsewhere.iterdir()), "the bundle wrote into the working directory"


def test_the_bundle_speaks_both_languages_from_its_catalogues(
        bundle: Path, elsewhere: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    vietnamese = _ok(_run(bundle, elsewhere, app_env, "--db", str(empty), "plans")).stderr
    english = _ok(_run(bundle, elsewhere, app_env, "--db", str(empty), "--lang", "en", "plans")).stderr

    assert "No plans yet" in english
    assert vietnamese.strip() and vietnamese != english  # core_vi.po was found inside the bundle
    assert "kế hoạch" in vietnamese


def test_the_window_starts_offscreen_and_stays_up(
        bundle: Path, elsewhere: Path, app_env: dict[str, str], tmp_path: Path) -> None:
    database = tmp_path / "window.sqlite"
    window = subprocess.Popen([str(bundle / "tthc-desktop-gui"), "--db", str(database)], cwd=elsewhere,
                              env=app_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The window is built right after the demo is stored: wait for the demo plan, then a little more.
        assert _wait_for_demo_plan(database, window), _output(window)
        time.sleep(3)
        assert window.poll() is None, f"the window exited by itself:\n{_output(window)}"
    finally:
        if window.poll() is None:
            window.send_signal(signal.SIGTERM)
    stdout, stderr = window.communicate(timeout=30)
    # Closed by our SIGTERM: either the app's own clean shutdown (0) or the default action; never a crash.
    assert window.returncode in (0, -signal.SIGTERM), f"exit {window.returncode}\n{stdout}\n{stderr}"
    assert "Traceback" not in stderr
    assert "Could not load the Qt platform plugin" not in stderr
    # An unexpected error at start-up is shown in a dialog and logged, and the app stays up: read the log too.
    logged = [line for log in Path(app_env["HOME"]).rglob("*.log")
              for line in log.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert not [line for line in logged if " ERROR " in line or " CRITICAL " in line], logged


def test_every_data_file_of_the_source_tree_is_in_the_bundle_at_the_same_place(bundle: Path) -> None:
    """Also the ones no run above touches (report templates, icons): a file is found frozen where it is in source."""
    package = ROOT / "tthc_desktop"
    expected = [path for path in (ROOT / "resources").rglob("*") if path.is_file()]
    expected += [path for pattern in ("*.qm", "core_*.po") for path in (ROOT / "translations").glob(pattern)]
    expected += [path for suffix in ("json", "ini", "mako", "po") for path in package.rglob(f"*.{suffix}")]
    expected += [path for path in (package / "db" / "migrations").rglob("*.py") if "__pycache__" not in path.parts]

    missing = [str(path.relative_to(ROOT)) for path in expected
               if not (bundle / "_internal" / path.relative_to(ROOT)).is_file()]
    assert any(path.suffix == ".ttf" for path in expected) and any(path.name == "env.py" for path in expected)
    assert not missing


def test_the_bundle_ships_the_qt_parts_it_needs_and_not_the_big_unused_ones(bundle: Path) -> None:
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    names = {path.name for path in internal.rglob("*")}

    for platform in ("libqoffscreen.so", "libqxcb.so"):
        assert (plugins / "platforms" / platform).exists()
    assert list((plugins / "printsupport").iterdir())
    assert list((plugins / "imageformats").iterdir())
    assert "libQt6Pdf.so.6" in names and "libQt6PdfWidgets.so.6" in names
    assert not [name for name in names if name.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml",
                                                           "libQt63D", "libQt6Multimedia", "libgtk-3"))]


def _wait_for_demo_plan(database: Path, window: subprocess.Popen[str]) -> bool:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and window.poll() is None:
        if _has_demo_plan(database):
            return True
        time.sleep(0.25)
    return _has_demo_plan(database)


def _has_demo_plan(database: Path) -> bool:
    if not database.exists():
        return False
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
        try:
            return connection.execute("SELECT count(*) FROM plan").fetchone()[0] > 0
        finally:
            connection.close()
    except sqlite3.Error:  # not created yet, or mid-migration
        return False


def _output(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        return "(still running)"
    stdout, stderr = process.communicate(timeout=30)
    return f"exit {process.returncode}\n{stdout}\n{stderr}"
