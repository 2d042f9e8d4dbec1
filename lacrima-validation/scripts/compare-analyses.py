#!/usr/bin/env python3
"""Compares two folders written by analyze-all.sh, file by file: the JSON (parsed, so that only
content counts), the exit code and the error line. Keys named with --ignore (e.g. a field added on
purpose, such as hrv) are left out of the comparison. Exit 1 when anything differs."""
import json, os, sys

def load(path, ignore):
    with open(path) as f:
        data = json.load(f)
    for key in ignore:
        data.pop(key, None)
    return data

def main():
    args = sys.argv[1:]
    ignore = []
    while args and args[0] == '--ignore':
        ignore.append(args[1]); args = args[2:]
    before, after = args
    names = sorted(set(os.listdir(before)) | set(os.listdir(after)))
    differ = 0
    for name in names:
        a, b = os.path.join(before, name), os.path.join(after, name)
        if not (os.path.exists(a) and os.path.exists(b)):
            print('only in one folder:', name); differ += 1; continue
        same = load(a, ignore) == load(b, ignore) if name.endswith('.json') else open(a).read() == open(b).read()
        if not same:
            print('differs:', name); differ += 1
    print(f'{len(names)} files compared, {differ} differ')
    sys.exit(1 if differ else 0)

main()
