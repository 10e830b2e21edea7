#!/usr/bin/python3
"""The dependency check fails, naming the package, when one is missing from the list, even
though the package is installed on this machine; and passes with the whole list.

    test_check_debian_packages.py BUILD_DIR
"""

import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parents[2]
CHECK = SOURCE_DIR / "scripts" / "check-debian-packages.py"
LIST = SOURCE_DIR / "scripts" / "debian-packages.txt"
BUILD_DIR = None

# (row name, package left out, the role the added line must name)
MISSING_ROWS = [
    ("a CMake package Qt Charts asks for (a Recommends of Qt only)", "libqt6opengl6-dev", "build"),
    ("the PostgreSQL driver, a plugin loaded at run time", "libqt6sql6-psql", "run"),
    ("a library the engine links, for web pages", "libxml2-dev", "build"),
    ("Qt's translations of its own dialogs", "qt6-translations-l10n", "run"),
    ("a library the program links", "libpoppler-qt6-dev", "build"),
    ("the PDF font", "fonts-wqy-microhei", "run"),
    ("a program the tests run", "poppler-utils", "test"),
]


def run_check(package_list):
    return subprocess.run([sys.executable, str(CHECK), str(BUILD_DIR), "--packages",
                           str(package_list)], capture_output=True, text=True)


class CheckDebianPackages(unittest.TestCase):
    def test_whole_list_passes(self):
        result = run_check(LIST)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("all come from", result.stdout)

    def test_list_without_one_package_fails_naming_it(self):
        lines = LIST.read_text(encoding="utf-8").splitlines(keepends=True)
        for name, package, role in MISSING_ROWS:
            with self.subTest(name, package=package):
                # The package is installed here: only the list lacks it.
                installed = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                                           capture_output=True, text=True).stdout
                self.assertIn("ok installed", installed)
                kept = [line for line in lines if line.split()[:1] != [package]]
                self.assertEqual(len(kept), len(lines) - 1, f"{package} is not on the list")
                with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as short:
                    short.writelines(kept)
                    short.flush()
                    result = run_check(short.name)
                self.assertEqual(result.returncode, 1, result.stdout + result.stderr)
                self.assertIn(f"{package} is missing", result.stderr)
                self.assertRegex(result.stderr, rf"add the line: +{package} +{role}\n")
                # The message names a file of the package, found by the build.
                self.assertRegex(result.stderr, rf"    /\S+ \(.*\), from {package}\n")

    def test_unreadable_list_is_a_clear_error(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as broken:
            broken.write("qt6-base-dev\n")  # no role
            broken.flush()
            result = run_check(broken.name)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"{broken.name}:1:", result.stderr)


if __name__ == "__main__":
    BUILD_DIR = Path(sys.argv.pop(1))
    unittest.main(verbosity=2)
