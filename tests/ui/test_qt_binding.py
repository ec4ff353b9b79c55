"""The Qt binding itself: a release that corrupts reference counts must fail here, not on the clerk's PC."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_emitting_signals_with_python_objects_leaves_the_interpreter_able_to_exit(tmp_path) -> None:  # noqa: ANN001
    # PySide6 6.12.0 aborts at exit ("bool_dealloc: deallocating True or False") after this loop.
    script = tmp_path / "signals.py"
    script.write_text(textwrap.dedent("""
        import gc
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication

        app = QApplication([])

        class Emitter(QObject):
            done = Signal(object)

        received = []
        for _ in range(200):
            emitter = Emitter()
            emitter.done.connect(lambda value: received.append(value))
            emitter.done.emit(b"pages")
            gc.collect()
        print(len(received))
    """), encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "200"
