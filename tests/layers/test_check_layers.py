#!/usr/bin/python3
"""The layer check passes on the sources as they are, and fails, naming the file and the
layers, when a dependency runs upward: an include of a header of a layer above, or a link to
a library above; or when a layer includes a header it is forbidden although its layer is
allowed (storage and the parser). Each row makes one such change in a copy of the sources.

    test_check_layers.py
"""

import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parents[2]
CHECK = SOURCE_DIR / "scripts" / "check-layers.py"

# (row name, file changed, the line added, what the message must name)
UPWARD_ROWS = [
    ("the engine includes storage", "models/engine/document.cpp",
     '#include "storage/reportstore.h"\n', "engine may not use storage"),
    ("storage includes a service", "models/storage/searchindex.cpp",
     '#include "services/importer.h"\n', "storage may not use services"),
    ("an item model includes storage", "models/items/citytablemodel.cpp",
     '#include "storage/reportstore.h"\n', "items may not use storage"),
    ("an item model includes a widget, by its plain name", "models/items/citylistmodel.cpp",
     '#include "sourceview.h"\n', "items may not use widgets"),
    ("a widget includes a service", "widgets/sourceview.cpp",
     '#include "services/importer.h"\n', "widgets may not use services"),
    ("a widget includes the app", "widgets/periodtext.cpp",
     '#include "mainwindow.h"\n', "widgets may not use app"),
    ("storage includes the parser", "models/storage/queries.cpp",
     '#include "engine/reportparser.h"\n',
     "storage keeps rows; re-parsing is a service's decision"),
    ("the engine's library links storage", "models/engine/CMakeLists.txt",
     "target_link_libraries(reportlens_engine PUBLIC reportlens_storage)\n",
     "links reportlens_storage: engine may not use storage"),
    ("the item models' library links services", "models/items/CMakeLists.txt",
     "target_link_libraries(reportlens_models PUBLIC reportlens_services)\n",
     "links reportlens_services: items may not use services"),
]


def run_check(root):
    return subprocess.run([sys.executable, str(CHECK), str(root)], capture_output=True,
                          text=True)


class CheckLayers(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.root = Path(self.folder.name)
        for part in ("models", "widgets", "app"):
            shutil.copytree(SOURCE_DIR / part, self.root / part)

    def tearDown(self):
        self.folder.cleanup()

    def test_the_sources_pass(self):
        result = run_check(self.root)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("every include and link runs downward", result.stdout)

    def test_an_upward_dependency_fails_naming_the_file(self):
        for name, changed, line, message in UPWARD_ROWS:
            with self.subTest(name):
                path = self.root / changed
                original = path.read_text(encoding="utf-8")
                path.write_text(original + line, encoding="utf-8")
                try:
                    result = run_check(self.root)
                finally:
                    path.write_text(original, encoding="utf-8")
                self.assertEqual(result.returncode, 1, result.stdout)
                self.assertIn(changed + ":", result.stdout)
                self.assertIn(message, result.stdout)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
