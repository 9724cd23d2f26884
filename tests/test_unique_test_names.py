"""No test module defines a test twice: the second definition hides the first, whose
cases then never run (test_title.py had two `test_a_sites_furniture_is_no_title`, and the
first one's fourteen cases went unrun)."""
import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).parent


def _defined_twice(source: str) -> list[str]:
    tree = ast.parse(source)
    scopes = [tree.body] + [node.body for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    twice = []
    for body in scopes:
        names = Counter(node.name for node in body
                        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"))
        twice += [name for name, n in names.items() if n > 1]
    return twice


def test_a_name_defined_twice_is_found():
    assert _defined_twice("def test_a():\n    pass\n\n\ndef test_b():\n    pass\n\n\ndef test_a():\n    pass\n") == [
        "test_a"]
    assert _defined_twice("class TestX:\n    def test_a(self):\n        pass\n\n\ndef test_a():\n    pass\n") == []


def test_no_test_module_defines_a_test_twice():
    modules = sorted(TESTS.rglob("test_*.py"))
    assert len(modules) > 20
    found = {str(path.relative_to(TESTS)): twice for path in modules
             if (twice := _defined_twice(path.read_text(encoding="utf-8")))}
    assert found == {}
