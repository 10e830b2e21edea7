#!/usr/bin/env python3
"""Checks that every dependency runs downward (../shared/design/architecture.md).

Each folder is a layer and a library. A file may include headers of its own layer and of the
layers its layer may use, and a layer's library may link only those layers' libraries:

    engine    -> (nothing of ours)
    storage   -> engine
    services  -> engine, storage
    items     -> engine
    widgets   -> engine, items
    app       -> everything

Some headers of an allowed layer are forbidden all the same (FORBIDDEN), each with its reason:

    storage   -/-> engine/reportparser.h   storage keeps rows; re-parsing is a service's decision

    scripts/check-layers.py [SOURCE_DIR]

Prints each offending include or link with the file and line, and exits 1 if there is any.
"""
import os
import re
import sys

LAYERS = {
    "engine": {"engine"},
    "storage": {"engine", "storage"},
    "services": {"engine", "storage", "services"},
    "items": {"engine", "items"},
    "widgets": {"engine", "items", "widgets"},
    "app": {"engine", "storage", "services", "items", "widgets", "app"},
}
FOLDERS = {  # where each layer lives, from the source root
    "engine": "models/engine",
    "storage": "models/storage",
    "services": "models/services",
    "items": "models/items",
    "widgets": "widgets",
    "app": "app",
}
LIBRARIES = {
    "reportlens_engine": "engine",
    "reportlens_storage": "storage",
    "reportlens_services": "services",
    "reportlens_models": "items",
    "reportlens_widgets": "widgets",
    "reportlens_app": "app",
}
FORBIDDEN = {  # headers a layer may not include although their layer is allowed
    "storage": {
        "engine/reportparser.h": "storage keeps rows; re-parsing is a service's decision",
    },
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
LINK = re.compile(r"target_link_libraries\s*\(\s*(\S+)([^)]*)\)", re.S)


def layer_of(root, path):
    relative = os.path.relpath(path, root).replace(os.sep, "/")
    for layer, folder in sorted(FOLDERS.items(), key=lambda item: -len(item[1])):
        if relative == folder or relative.startswith(folder + "/"):
            return layer
    return None


def included_layer(root, including, header):
    """The layer of the header an include names, or None for one not ours."""
    first = header.split("/", 1)[0]
    if first in ("engine", "storage", "services", "items") and "/" in header:
        return first
    for folder in (os.path.dirname(including), os.path.join(root, "widgets"),
                   os.path.join(root, "app")):
        candidate = os.path.join(folder, header)
        if os.path.isfile(candidate):
            return layer_of(root, candidate)
    return None


def check(root):
    problems = []
    for layer, folder in FOLDERS.items():
        allowed = LAYERS[layer]
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                path = os.path.join(directory, name)
                shown = os.path.relpath(path, root)
                if name.endswith((".h", ".cpp")):
                    with open(path, encoding="utf-8") as source:
                        for number, line in enumerate(source, 1):
                            match = INCLUDE.match(line)
                            if not match:
                                continue
                            header = match.group(1)
                            target = included_layer(root, path, header)
                            if target and target not in allowed:
                                problems.append(
                                    f"{shown}:{number}: includes {header}: {layer} may not use "
                                    f"{target} ({layer} uses {', '.join(sorted(allowed))})")
                            reason = FORBIDDEN.get(layer, {}).get(header)
                            if reason:
                                problems.append(f"{shown}:{number}: includes {header}: {reason}")
                elif name == "CMakeLists.txt":
                    with open(path, encoding="utf-8") as cmake:
                        text = cmake.read()
                    for match in LINK.finditer(text):
                        number = text.count("\n", 0, match.start()) + 1
                        for library in re.findall(r"\breportlens_\w+", match.group(2)):
                            target = LIBRARIES.get(library)
                            if target and target not in allowed:
                                problems.append(
                                    f"{shown}:{number}: links {library}: {layer} may not use "
                                    f"{target} ({layer} uses {', '.join(sorted(allowed))})")
    return problems


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), ".."))
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} dependencies run upward; see ../shared/design/architecture.md")
        return 1
    print("every include and link runs downward: " +
          "; ".join(f"{layer} -> {', '.join(sorted(LAYERS[layer] - {layer})) or 'nothing'}"
                    for layer in FOLDERS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
