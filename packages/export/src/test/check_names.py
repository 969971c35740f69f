"""Checks exported Python code without running it: reads cases as JSON on stdin, writes per case
the syntax error (if any), every dotted name it uses resolved through its imports (F.gelu ->
torch.nn.functional.gelu), the keyword arguments of each call of such a name, and problems:
names used but never defined, and calls of the code's own functions with unknown keywords.
"""
import ast
import builtins
import json
import sys

BUILTINS = set(dir(builtins))


def aliases(tree):
    """Names bound by import statements, mapped to the module they stand for."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    bound[alias.asname] = alias.name
                else:
                    root = alias.name.split(".")[0]
                    bound[root] = root
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return bound


def dotted(node, bound):
    """The qualified name of an attribute chain rooted at an imported name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id in bound and parts:
        return ".".join([bound[node.id], *reversed(parts)])
    return None


def signature(fn):
    """Every parameter name of a def."""
    args = fn.args
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]


def stored(fn):
    """Names a function binds: its parameters and everything it assigns."""
    names = set(signature(fn))
    for node in ast.walk(fn):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def check(source):
    tree = ast.parse(source)
    bound = aliases(tree)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    top = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    module_names = set(bound) | set(top) | {
        t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
    }
    names, calls, problems = set(), [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parent = parents.get(node)
            outermost = not (isinstance(parent, ast.Attribute) and parent.value is node)
            name = dotted(node, bound)
            if name and outermost:
                names.add(name)
        if isinstance(node, ast.Call):
            keywords = [k.arg for k in node.keywords]
            name = dotted(node.func, bound)
            if name:
                calls.append({"name": name, "keywords": keywords})
            elif isinstance(node.func, ast.Name) and isinstance(top.get(node.func.id), ast.FunctionDef):
                accepted = signature(top[node.func.id])
                unknown = [k for k in keywords if k not in accepted]
                if unknown or len(node.args) > len(accepted):
                    problems.append(f"call of {node.func.id} with {len(node.args)} positional, keywords {keywords}")
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef):
            known = stored(fn) | module_names | BUILTINS
            for node in ast.walk(fn):
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in known:
                    problems.append(f"{fn.name} uses undefined name {node.id}")
    return {"names": sorted(names), "calls": calls, "problems": problems}


def main():
    results = []
    for case in json.load(sys.stdin):
        try:
            results.append(check(case["source"]))
        except SyntaxError as error:
            results.append({"error": f"SyntaxError: {error}"})
    json.dump(results, sys.stdout)


main()
