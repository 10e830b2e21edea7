#!/usr/bin/python3
"""Proves that scripts/debian-packages.txt is complete for a configured build.

Every file CMake found for the build -- each package config folder and file it read, each
library and include folder a target uses, each program it located, and the files the program
and the tests load at run time (Qt plugins, Qt's translations, fonts), listed by CMake in
reportlens-runtime-files.txt -- must belong to a package of the list, or to a package that the
list pulls in through Depends/Pre-Depends alone. A file that is there only because some other
work installed it fails the check even though the build works on this machine.

    scripts/check-debian-packages.py BUILD_DIR [--packages LIST]

Exit status 0 when complete; 1 with one message per missing package (the files, the package,
and the line to add); 2 when the build folder or the list cannot be read.
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_LIST = SOURCE_DIR / "scripts" / "debian-packages.txt"
CLIENT = "client-reportlens"


def read_package_list(path):
    """The list's packages: {name: role}."""
    packages = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        if len(fields) < 2 or fields[1] not in ("build", "run", "test"):
            raise ValueError(f"{path}:{number}: expected 'package build|run|test [why]'")
        packages[fields[0]] = fields[1]
    return packages


def dependency_closure(packages):
    """The packages themselves and all they pull in through Depends/Pre-Depends alone.

    apt-cache lists every alternative of an 'a | b' dependency and every provider of a
    virtual package; each counts, as apt could have chosen it."""
    output = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances", *packages],
        check=True, capture_output=True, text=True).stdout
    closure = set(packages)
    for line in output.splitlines():
        if line and not line.startswith(" "):
            closure.add(line.strip().strip("<>").split(":")[0])
    return closure


def file_api_replies(build_dir):
    """The CMake file API's replies for this project's query, by kind.

    CMake answers a query that was there when it started; the project writes its query while
    configuring, so a build folder configured once has none yet: it is configured again."""
    reply_dir = build_dir / ".cmake" / "api" / "v1" / "reply"
    if not (build_dir / "CMakeCache.txt").exists():
        raise FileNotFoundError(f"{build_dir}: not a configured build folder")
    query_dir = build_dir / ".cmake" / "api" / "v1" / "query" / CLIENT
    if not sorted(reply_dir.glob("index-*.json")) or not query_dir.is_dir():
        query_dir.mkdir(parents=True, exist_ok=True)
        for kind in ("codemodel-v2", "cache-v2", "cmakeFiles-v1", "toolchains-v1"):
            (query_dir / kind).touch()
        subprocess.run(["cmake", str(build_dir)], check=True, stdout=subprocess.DEVNULL)
    indexes = sorted(reply_dir.glob("index-*.json"))
    if not indexes:
        raise FileNotFoundError(f"{reply_dir}: CMake wrote no file API reply")
    index = json.loads(indexes[-1].read_text())
    replies = {}
    for kind, ref in index.get("reply", {}).get(CLIENT, {}).items():
        if "jsonFile" in ref:
            replies[kind] = (reply_dir, json.loads((reply_dir / ref["jsonFile"]).read_text()))
    return replies


def is_outside(path, *roots):
    return not any(path == root or root in path.parents for root in roots)


def found_files(build_dir):
    """{absolute path: what found it}: everything the configured build uses from the system.

    A "why" starting with "run time", "Qt plugin" or "font" is loaded at run time; "test"
    marks a program the tests run."""
    build_dir = build_dir.resolve()
    replies = file_api_replies(build_dir)
    found = {}

    def add(path, why):
        if not path:
            return
        path = Path(path)
        if path.is_absolute() and path.exists() and is_outside(path.resolve(), SOURCE_DIR,
                                                                build_dir):
            found.setdefault(str(path), why)

    # Package configuration files and find modules CMake read (Qt6OpenGLConfig.cmake, ...);
    # CMake's own modules come with cmake, which the list has.
    if "cmakeFiles-v1" in replies:
        _, cmake_files = replies["cmakeFiles-v1"]
        for item in cmake_files["inputs"]:
            if item.get("isExternal") and not item.get("isCMake") and not item.get("isGenerated"):
                add(item["path"], "read by CMake while configuring")
    # Libraries, include folders and frameworks of every target.
    if "codemodel-v2" in replies:
        reply_dir, codemodel = replies["codemodel-v2"]
        for configuration in codemodel["configurations"]:
            for target_ref in configuration["targets"]:
                target = json.loads((reply_dir / target_ref["jsonFile"]).read_text())
                name = target["name"]
                for group in target.get("compileGroups", []):
                    for include in group.get("includes", []):
                        add(include["path"], f"include folder of {name}")
                for fragment in target.get("link", {}).get("commandFragments", []):
                    if fragment.get("role") == "libraries":
                        add(fragment["fragment"], f"linked into {name}")
    # The cache: *_DIR config folders, CMake's tools, ours, and what a target uses. A find
    # module's optional finds that no target uses (FindOpenGL's GLU, FindLibXml2's xmllint)
    # are not the build's: they are left out.
    used = set(found)
    if "cache-v2" in replies:
        _, cache = replies["cache-v2"]
        for entry in cache["entries"]:
            name, value = entry["name"], entry["value"]
            if entry["type"] not in ("PATH", "FILEPATH") or name.startswith("CMAKE_INSTALL"):
                continue
            if (name.endswith("_DIR") or name.startswith(("CMAKE_", "REPORTLENS_", "PKG_CONFIG"))
                    or value in used):
                add(value, f"CMake cache entry {name}")
    if "toolchains-v1" in replies:
        _, toolchains = replies["toolchains-v1"]
        for toolchain in toolchains["toolchains"]:
            add(toolchain["compiler"].get("path"), "the compiler")
    # What the program and the tests load at run time, as CMake located it.
    runtime_list = build_dir / "reportlens-runtime-files.txt"
    if runtime_list.exists():
        for line in runtime_list.read_text(encoding="utf-8").splitlines():
            what, _, path = line.partition("\t")
            add(path, what)
    return found


def path_variants(path):
    """The names dpkg may know a file by: Debian 12 merged /lib into /usr/lib, and a program
    may be found through a symbolic link (alternatives) that no package owns."""
    variants = [path]
    for prefix in ("/lib", "/bin", "/sbin"):
        if path.startswith("/usr" + prefix + "/"):
            variants.append(path[4:])
        elif path.startswith(prefix + "/"):
            variants.append("/usr" + path)
    resolved = os.path.realpath(path)
    if resolved != path:
        variants += path_variants(resolved) if resolved not in variants else []
    return variants


def owners(paths):
    """{path: set of packages} from dpkg's database; one dpkg-query call for all of them."""
    wanted = {}
    for path in paths:
        for variant in path_variants(path):
            wanted.setdefault(variant, set()).add(path)
    result = subprocess.run(["dpkg-query", "--search", *wanted], capture_output=True, text=True)
    found = {path: set() for path in paths}
    for line in result.stdout.splitlines():
        if line.startswith("diversion by"):
            continue
        names, _, owned = line.rpartition(": ")
        for original in wanted.get(owned, ()):
            found[original].update(n.strip().split(":")[0] for n in names.split(","))
    return found


def role_for(why):
    if why.startswith(("run time", "Qt plugin", "font")):
        return "run"
    if "REPORTLENS_TEST_" in why:  # a program the tests run
        return "test"
    return "build"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("--packages", type=Path, default=DEFAULT_LIST,
                        help="the package list (default: scripts/debian-packages.txt)")
    parser.add_argument("--verbose", action="store_true", help="list every file and its package")
    args = parser.parse_args()

    try:
        packages = read_package_list(args.packages)
        files = found_files(args.build_dir)
    except (OSError, ValueError) as error:
        print(f"check-debian-packages: {error}", file=sys.stderr)
        return 2
    closure = dependency_closure(sorted(packages))
    file_owners = owners(sorted(files))

    missing = {}  # package -> [(file, why)]
    unowned = []
    for path, why in sorted(files.items()):
        owned_by = file_owners[path]
        if args.verbose:
            print(f"{path}\t{','.join(sorted(owned_by)) or '-'}\t{why}")
        if not owned_by:
            unowned.append((path, why))
        elif not owned_by & closure:
            missing.setdefault(sorted(owned_by)[0], []).append((path, why))

    for package, uses in sorted(missing.items()):
        print(f"{args.packages}: {package} is missing, and the build uses its files:",
              file=sys.stderr)
        for path, why in uses[:5]:
            print(f"    {path} ({why}), from {package}", file=sys.stderr)
        if len(uses) > 5:
            print(f"    and {len(uses) - 5} more of its files", file=sys.stderr)
        print(f"  add the line:  {package:<26} {role_for(uses[0][1])}", file=sys.stderr)
    for path, why in unowned:
        print(f"{path} ({why}) belongs to no Debian package: the build must find its tools and "
              "libraries in Debian's packages, not in a local install", file=sys.stderr)
    if missing or unowned:
        return 1
    print(f"check-debian-packages: the {len(files)} files the build found all come from "
          f"{args.packages.name} ({len(packages)} packages, {len(closure)} with what they depend on)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
