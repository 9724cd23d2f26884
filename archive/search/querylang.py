"""The query language: a small recursive-descent parser producing an AST.

Syntax: words (implicit AND), AND / OR / NOT (upper case), -word, "exact phrase",
"phrase"~N (words within N positions), prefix*, field:value, field:"phrase",
field:(a OR b), year:2016..2019, and parentheses. Errors raise InvalidQuery with the
position of the problem and a hint.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InvalidQuery

# field name in the query -> canonical field
FIELDS = {
    "title": "title",
    "text": "text",
    "symbol": "symbol",
    "body": "body",
    "mechanism": "mechanism",
    "type": "doc_type",
    "doctype": "doc_type",
    "lang": "language",
    "language": "language",
    "country": "country",
    "mentions": "mentions",
    "article": "article",
    "conclusion": "conclusion",
    "finding": "finding",
    "topic": "topic",
    "year": "year",
}
FIELD_HINT = "known fields: " + ", ".join(sorted({k for k in FIELDS if k not in ("doctype", "language")}))


@dataclass(frozen=True)
class Term:
    text: str
    field: str | None = None
    prefix: bool = False
    pos: int = 0


@dataclass(frozen=True)
class Phrase:
    text: str
    field: str | None = None
    slop: int = 0
    pos: int = 0


@dataclass(frozen=True)
class YearRange:
    start: int | None
    end: int | None
    pos: int = 0


@dataclass(frozen=True)
class And:
    children: tuple["Node", ...]
    # an AND typed as such: every part required, function words too (words side by side
    # are an implicit AND, where function words only help ranking)
    explicit: bool = False


@dataclass(frozen=True)
class Or:
    children: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    child: "Node"


@dataclass(frozen=True)
class MatchAll:
    pass


Node = Term | Phrase | YearRange | And | Or | Not | MatchAll


@dataclass
class _Tok:
    kind: str  # WORD, PHRASE, LPAREN, RPAREN, AND, OR, NOT, MINUS, FIELD
    value: str
    pos: int
    slop: int = 0
    extra: dict = field(default_factory=dict)


_SPECIAL = set('()"')


def _lex(q: str, lenient: bool = False) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c == "(":
            toks.append(_Tok("LPAREN", c, i))
            i += 1
        elif c == ")":
            toks.append(_Tok("RPAREN", c, i))
            i += 1
        elif c in '"“”':
            end = -1
            for j in range(i + 1, n):
                if q[j] in '"“”':
                    end = j
                    break
            if end < 0:
                if lenient:  # a lone quote is read as a space
                    i += 1
                    continue
                raise InvalidQuery(
                    "unclosed quotation mark", i,
                    'Close the phrase with a second " or remove the quote',
                )
            tok = _Tok("PHRASE", q[i + 1:end], i)
            i = end + 1
            m = re.match(r"~(\d+)", q[i:])
            if m:
                tok.slop = int(m.group(1))
                i += m.end()
            elif i < n and q[i] == "~" and not lenient:
                raise InvalidQuery(
                    "~ after a phrase needs a number", i, 'Write for example "police custody"~5'
                )
            toks.append(tok)
        elif c == "-" and (i + 1 < n and not q[i + 1].isspace()) and (not toks or q[i - 1].isspace() or q[i - 1] == "("):
            toks.append(_Tok("MINUS", c, i))
            i += 1
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] not in _SPECIAL:
                j += 1
            word = q[i:j]
            if word in ("AND", "OR", "NOT"):
                toks.append(_Tok(word, word, i))
            elif word in ("&&",):
                toks.append(_Tok("AND", word, i))
            elif word in ("||",):
                toks.append(_Tok("OR", word, i))
            else:
                name, sep, rest = word.partition(":")
                if sep and name.lower() in FIELDS:
                    toks.append(_Tok("FIELD", FIELDS[name.lower()], i, extra={"name": name}))
                    if rest:
                        toks.append(_Tok("WORD", rest, i + len(name) + 1))
                else:
                    toks.append(_Tok("WORD", word, i))
            i = j
    return toks


class _Parser:
    def __init__(self, q: str, toks: list[_Tok] | None = None) -> None:
        self.q = q
        self.toks = _lex(q) if toks is None else toks
        self.i = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def next(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def _end_pos(self) -> int:
        return len(self.q)

    def parse(self) -> Node:
        if not self.toks:
            return MatchAll()
        node = self.parse_or(None)
        tok = self.peek()
        if tok is not None:
            if tok.kind == "RPAREN":
                raise InvalidQuery("unmatched closing parenthesis", tok.pos, "Remove it or add a matching (")
            raise InvalidQuery(f"unexpected {tok.value!r}", tok.pos)
        return node

    def _need_operand(self, op: _Tok, side: str) -> None:
        raise InvalidQuery(
            f"{op.value} needs a search term {side} it", op.pos,
            f'Put a word or phrase {side} {op.value}, or search for the word itself in quotes ("{op.value.lower()}")',
        )

    def _starts_operand(self, tok: _Tok | None) -> bool:
        return tok is not None and tok.kind in ("WORD", "PHRASE", "LPAREN", "NOT", "MINUS", "FIELD")

    def parse_or(self, fld: str | None) -> Node:
        children = [self.parse_and(fld)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.next()
            if not self._starts_operand(self.peek()):
                self._need_operand(tok, "after")
            children.append(self.parse_and(fld))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def parse_and(self, fld: str | None) -> Node:
        children = [self.parse_unary(fld)]
        explicit = False
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "RPAREN"):
            if tok.kind == "AND":
                explicit = True
                self.next()
                if not self._starts_operand(self.peek()):
                    self._need_operand(tok, "after")
            children.append(self.parse_unary(fld))
        return children[0] if len(children) == 1 else And(tuple(children), explicit)

    def parse_unary(self, fld: str | None) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind in ("NOT", "MINUS"):
            self.next()
            if not self._starts_operand(self.peek()) or self.peek().kind in ("NOT", "MINUS"):  # type: ignore[union-attr]
                if tok.kind == "MINUS":
                    raise InvalidQuery("- needs a word right after it", tok.pos, "Write for example -asylum")
                self._need_operand(tok, "after")
            return Not(self.parse_primary(fld))
        return self.parse_primary(fld)

    def parse_primary(self, fld: str | None) -> Node:
        tok = self.peek()
        if tok is None:
            raise InvalidQuery("the query ends too early", self._end_pos())
        if tok.kind in ("AND", "OR"):
            self._need_operand(tok, "before")
        self.next()
        if tok.kind == "LPAREN":
            if (nxt := self.peek()) is not None and nxt.kind == "RPAREN":
                raise InvalidQuery("empty parentheses", tok.pos, "Put search terms between ( and )")
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise InvalidQuery(f"parentheses are nested more than {MAX_DEPTH} deep", tok.pos,
                                   "Remove some of the parentheses")
            node = self.parse_or(fld)
            self.depth -= 1
            close = self.peek()
            if close is None or close.kind != "RPAREN":
                raise InvalidQuery("unclosed parenthesis", tok.pos, "Add a matching ) or remove the (")
            self.next()
            return node
        if tok.kind == "RPAREN":
            raise InvalidQuery("unmatched closing parenthesis", tok.pos, "Remove it or add a matching (")
        if tok.kind == "PHRASE":
            text = tok.value.strip()
            if not text:
                raise InvalidQuery("empty phrase", tok.pos, 'Put words between the quotes, e.g. "police custody"')
            if fld == "year":
                raise InvalidQuery("year: takes a year or a range", tok.pos, "Write year:2016 or year:2016..2019")
            return Phrase(text, fld, tok.slop, tok.pos)
        if tok.kind == "FIELD":
            if fld is not None:
                raise InvalidQuery("a field cannot be nested in another field", tok.pos)
            nxt = self.peek()
            name = tok.extra["name"]
            value_pos = tok.pos + len(name) + 1
            if nxt is None or nxt.kind not in ("WORD", "PHRASE", "LPAREN") or nxt.pos != value_pos:
                example = (
                    "year:2016 or year:2016..2019" if tok.value == "year"
                    else f'{name}:torture or {name}:"police custody"'
                )
                raise InvalidQuery(
                    f"{name}: needs a value right after the colon", tok.pos, f"Write for example {example}"
                )
            return self.parse_primary(tok.value)
        # WORD
        return self._word(tok, fld)

    def _word(self, tok: _Tok, fld: str | None) -> Node:
        text = tok.value
        if fld == "year":
            m = re.fullmatch(r"(\d{4})?(?:(\.\.|-)(\d{4})?)?", text)
            if not m or not (m.group(1) or m.group(3)):
                raise InvalidQuery(
                    f"{text!r} is not a year or a range of years", tok.pos, "Write year:2016 or year:2016..2019"
                )
            start = int(m.group(1)) if m.group(1) else None
            end = int(m.group(3)) if m.group(3) else (start if not m.group(2) else None)
            if start and end and start > end:
                raise InvalidQuery("the year range runs backwards", tok.pos, f"Write year:{end}..{start}")
            return YearRange(start, end, tok.pos)
        prefix = False
        if text.endswith("*"):
            text = text.rstrip("*")
            prefix = True
            if len(text) < 2:
                raise InvalidQuery(
                    "a prefix search needs at least 2 letters before *", tok.pos, "Write for example tortur*"
                )
        if "*" in text or "?" in text and not any(ch.isalnum() for ch in text):
            raise InvalidQuery("* can only end a word", tok.pos, "Write for example detain*")
        if not any(ch.isalnum() for ch in text):
            raise InvalidQuery(f"{tok.value!r} is not a search term", tok.pos, "Search for words, phrases or identifiers")
        return Term(text, fld, prefix, tok.pos)


MAX_QUERY = 2000
MAX_DEPTH = 20
# Words and phrases one query may search for, and prefixes (each prefix searches for
# every word it starts): enough for any question a person types, and a bound on the
# work one anonymous request can ask for.
MAX_TERMS = 32
MAX_PREFIXES = 8


def parse(q: str) -> Node:
    """Parse a query strictly (for tools that ask: `strict=1`). Raises InvalidQuery
    saying what is wrong, where, and how to fix it."""
    if len(q) > MAX_QUERY:
        raise InvalidQuery(f"the query is too long (over {MAX_QUERY} characters)", MAX_QUERY, "Shorten it")
    node = _Parser(q).parse()
    terms, prefixes = _count(node)
    if terms > MAX_TERMS:
        raise InvalidQuery(f"the query has {terms} words and phrases; at most {MAX_TERMS}", None,
                           "Search for fewer words at once")
    if prefixes > MAX_PREFIXES:
        raise InvalidQuery(f"the query has {prefixes} prefix searches (word*); at most {MAX_PREFIXES}", None,
                           "Write some words in full")
    return node


def _count(node: Node) -> tuple[int, int]:
    """(words and phrases, prefix searches) in a query."""
    if isinstance(node, (Term, Phrase)):
        return 1, int(isinstance(node, Term) and node.prefix)
    children = node.children if isinstance(node, (And, Or)) else (node.child,) if isinstance(node, Not) else ()
    counts = [_count(c) for c in children]
    return sum(c[0] for c in counts), sum(c[1] for c in counts)


def _bounded(node: Node) -> Node:
    """The query with its first MAX_TERMS words and phrases (and MAX_PREFIXES prefix
    searches; later ones become plain words)."""
    left, prefixes = [MAX_TERMS], [MAX_PREFIXES]

    def walk(n: Node) -> Node | None:
        if isinstance(n, (Term, Phrase)):
            if left[0] <= 0:
                return None
            left[0] -= 1
            if isinstance(n, Term) and n.prefix:
                if prefixes[0] <= 0:
                    return Term(n.text, n.field, False, n.pos)
                prefixes[0] -= 1
            return n
        if isinstance(n, (And, Or)):
            kept = [c for c in (walk(c) for c in n.children) if c is not None]
            if not kept:
                return None
            if len(kept) == 1:
                return kept[0]
            return And(tuple(kept), n.explicit) if isinstance(n, And) else Or(tuple(kept))
        if isinstance(n, Not):
            child = walk(n.child)
            return Not(child) if child is not None else None
        return n

    return walk(node) or MatchAll()


def read(q: str) -> tuple[Node, str | None]:
    """Parse what a person typed, never failing: (query, how it was read).

    A query that parses strictly is read as it is (and the reading is None). Otherwise
    what cannot be query syntax is read as text: a lone quote or `-`, an operator with
    nothing on one side, an unmatched or empty parenthesis, `field:` with nothing after
    it, a `*` that ends no word; parentheses nested deeper than MAX_DEPTH are ignored,
    a query over MAX_QUERY characters is cut, and only its first MAX_TERMS words and
    phrases (and MAX_PREFIXES prefix searches) are searched. The reading is the query as searched
    ("rights child juvenile justice"), for the page to show.
    """
    q = q[:MAX_QUERY]
    try:
        node = _Parser(q).parse()
        if _count(node)[0] <= MAX_TERMS and _count(node)[1] <= MAX_PREFIXES:
            return node, None
        node = _bounded(node)
        return node, render(node)
    except InvalidQuery:
        pass
    toks = _repair(_lex(q, lenient=True))
    try:
        node = _Parser(q, toks).parse()
    except InvalidQuery:  # what repair did not foresee: the query's words, all of them
        words = [Term(w, None, False, 0) for w in re.findall(r"\w+", q)]
        node = And(tuple(words)) if len(words) > 1 else words[0] if words else MatchAll()
    node = _bounded(node)
    return node, render(node)


def _is_text(value: str) -> bool:
    return any(ch.isalnum() for ch in value)


def _repair(toks: list[_Tok]) -> list[_Tok]:
    """Tokens that parse: stray operators, parentheses and empty parts dropped."""
    out: list[_Tok] = []
    for i, tok in enumerate(toks):
        if tok.kind == "WORD":
            # a * inside a word is dropped; one at the end stays if 2 letters come before it
            stem = tok.value.rstrip("*").replace("*", "")
            value = stem + ("*" if tok.value.endswith("*") and len(stem) >= 2 else "")
            if not _is_text(value):
                continue
            out.append(_Tok("WORD", value, tok.pos))
        elif tok.kind == "PHRASE":
            if _is_text(tok.value):
                out.append(tok)
        elif tok.kind == "FIELD":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            value_pos = tok.pos + len(tok.extra["name"]) + 1
            if nxt is None or nxt.kind not in ("WORD", "PHRASE") or nxt.pos != value_pos or not _is_text(nxt.value) \
                    or (tok.value == "year" and not re.fullmatch(r"\d{4}(?:(?:\.\.|-)\d{4})?|\d{4}\.\.|\.\.\d{4}", nxt.value)):
                out.append(_Tok("WORD", tok.extra["name"], tok.pos))  # "title:" alone is the word title
            else:
                out.append(tok)
        else:
            out.append(tok)
    # parentheses: unmatched ones dropped, deep ones ignored, empty pairs removed
    kept: list[_Tok] = []
    opened: list[int] = []
    for tok in out:
        if tok.kind == "LPAREN":
            opened.append(len(kept))
            kept.append(tok)
        elif tok.kind == "RPAREN":
            if opened:
                start = opened.pop()
                if start == len(kept) - 1:
                    kept.pop()  # "()"
                else:
                    kept.append(tok)
        else:
            kept.append(tok)
    for start in reversed(opened):  # unclosed: the parenthesis is ignored
        del kept[start]
    out, depth = [], 0
    for tok in kept:
        if tok.kind == "LPAREN":
            depth += 1
            if depth > MAX_DEPTH:
                continue
        elif tok.kind == "RPAREN":
            depth -= 1
            if depth >= MAX_DEPTH:
                continue
        out.append(tok)
    # operators: only between operands (NOT and - only before one)
    fixed: list[_Tok] = []
    for i, tok in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        starts = nxt is not None and nxt.kind in ("WORD", "PHRASE", "LPAREN", "FIELD", "NOT", "MINUS")
        if tok.kind in ("AND", "OR"):
            prev = fixed[-1] if fixed else None
            if prev is None or prev.kind in ("AND", "OR", "NOT", "MINUS", "LPAREN") or not starts:
                continue
        elif tok.kind in ("NOT", "MINUS"):
            if not starts or nxt.kind in ("NOT", "MINUS"):  # type: ignore[union-attr]
                continue
        fixed.append(tok)
    return fixed


def render(node: Node, top: bool = True) -> str:
    """A query as text, the way it is searched."""
    if isinstance(node, Term):
        return (f"{node.field}:" if node.field else "") + node.text + ("*" if node.prefix else "")
    if isinstance(node, Phrase):
        return (f"{node.field}:" if node.field else "") + f'"{node.text}"' + (f"~{node.slop}" if node.slop else "")
    if isinstance(node, YearRange):
        return f"year:{node.start or ''}{'..' if node.start != node.end else ''}{node.end or '' if node.start != node.end else ''}"
    if isinstance(node, Not):
        return "NOT " + render(node.child, False)
    if isinstance(node, And):
        text = (" AND " if node.explicit else " ").join(render(c, False) for c in node.children)
        return text if top else f"({text})"
    if isinstance(node, Or):
        text = " OR ".join(render(c, False) for c in node.children)
        return text if top else f"({text})"
    return ""


def positive_leaves(node: Node) -> list[Term | Phrase]:
    """Terms and phrases that a matching text should contain (not under NOT)."""
    out: list[Term | Phrase] = []

    def walk(n: Node) -> None:
        if isinstance(n, (Term, Phrase)):
            if n.field in (None, "text", "title"):
                out.append(n)
        elif isinstance(n, (And, Or)):
            for c in n.children:
                walk(c)

    walk(node)
    return out
