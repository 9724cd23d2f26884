"""'Did you mean' on PostgreSQL: corrections from the words visible documents hold
(`search_word`, by visibility, under a trigram index), as the Whoosh engine bounds them."""
from __future__ import annotations

from sqlalchemy import Connection, text

from .. import analysis, querylang
from ..base import SearchQuery
from .compiler import SqlCompiler
from .schema import lexeme

# the first few unknown words, of these lengths, and the candidates looked at for each
SUGGEST_WORDS, SUGGEST_MIN, SUGGEST_MAX, SUGGEST_CANDIDATES = 3, 3, 24, 20


def suggest(conn: Connection, query: SearchQuery, ast: querylang.Node) -> str | None:
    """'Did you mean': for the first few words no visible document holds, the closest
    word (by trigrams, then edit distance) that a document passing the query's
    visibility and filters holds; restricted documents' words are never proposed."""
    from whoosh.support.levenshtein import damerau_levenshtein

    leaves = [leaf for leaf in querylang.positive_leaves(ast)
              if isinstance(leaf, querylang.Term) and not leaf.prefix]
    visible = "AND visibility = :vis" if query.visibility else ""
    compiler = SqlCompiler(query)
    filters = compiler.filters(query)
    out, changed, tried = [], False, 0
    for leaf in leaves:
        w = analysis.fold(leaf.text)
        if tried < SUGGEST_WORDS and w.isalpha() and SUGGEST_MIN <= len(w) <= SUGGEST_MAX and not conn.execute(
                text(f"SELECT 1 FROM search_word WHERE word = :w {visible}"), {"w": w, "vis": query.visibility}
        ).first():
            tried += 1
            limit = 1 if len(w) <= 5 else 2
            candidates = conn.execute(text(
                f"SELECT word, sum(docs) FROM search_word WHERE word % :w {visible} GROUP BY word "
                f"ORDER BY similarity(word, :w) DESC LIMIT {SUGGEST_CANDIDATES}"),
                {"w": w, "vis": query.visibility}).all()
            close = sorted((damerau_levenshtein(w, c), -docs, c) for c, docs in candidates)
            for distance, _docs, candidate in close:
                if distance > limit:
                    break
                held = conn.execute(text(
                    "SELECT 1 FROM search_page p JOIN search_document d ON d.id = p.doc_id "
                    f"WHERE p.exact @@ CAST(:q AS tsquery) AND p.number > 0 AND {filters} LIMIT 1"),
                    {**compiler.params, "q": lexeme(candidate)}).first()
                if held:
                    out.append(candidate)
                    changed = True
                    break
            else:
                out.append(leaf.text)
            continue
        out.append(leaf.text)
    return " ".join(out) if changed else None
