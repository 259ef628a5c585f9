"""The OpenAPI 3.1 description of the HTTP API, written by hand (served at /openapi.json)."""

from __future__ import annotations


def _param(
    name: str,
    description: str,
    schema: dict | None = None,
    required: bool = False,
    repeat: bool = False,
    where: str = "query",
) -> dict:
    schema = schema or {"type": "string"}
    if repeat:
        schema = {"type": "array", "items": schema}
    p = {"name": name, "in": where, "description": description, "required": required, "schema": schema}
    if repeat:
        p.update(style="form", explode=True)
    return p


def _search_params(facets) -> list[dict]:
    return [
        _param(
            "q",
            'Query: words, "phrases", "phrase"~N, AND/OR/NOT, (groups), field:value, '
            "date:[A TO B], prefix*; * matches everything.",
            required=True,
        ),
        _param(
            "speaker",
            "Only records quoting this person (full name, surname or title and surname); repeatable, all must match.",
            repeat=True,
        ),
        _param("place", "Only records mentioning this place or an alias; repeatable, all must match.", repeat=True),
        _param("since", "Earliest date, YYYY, YYYY-MM or YYYY-MM-DD."),
        _param("until", "Latest date, YYYY, YYYY-MM or YYYY-MM-DD, inclusive."),
        _param("sort", "Order of hits.", {"type": "string", "enum": ["relevance", "date"], "default": "relevance"}),
        _param(
            "limit",
            "Hits returned (at most 1000 as JSON, 10000 as CSV or JSON Lines).",
            {"type": "integer", "minimum": 0, "default": 10},
        ),
        _param("offset", "Hits skipped.", {"type": "integer", "minimum": 0, "default": 0}),
        _param(
            "format",
            "json (one object, as `searchidx search --json`), jsonl (one hit per line) or csv.",
            {"type": "string", "enum": ["json", "jsonl", "csv"], "default": "json"},
        ),
    ]


ERROR = {
    "description": "A bad query or option (syntax, limits, time budget, values).",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
NOT_FOUND = {
    "description": "Not found.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}


def openapi_spec(facets) -> dict:
    facets = list(facets)
    search_params = _search_params(facets) + [
        _param(
            "facet",
            "Count matches per value over all matches (repeatable).",
            {"type": "string", "enum": facets},
            repeat=True,
        ),
        _param("facet_limit", "Values per facet (default 10; 120 for year/month).", {"type": "integer", "minimum": 1}),
    ]
    quote_params = _search_params(facets) + [
        _param("direct", "true: quoted words only; false: reported speech only; absent: both.", {"type": "boolean"}),
    ]
    exports = {"application/x-ndjson": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "searchidx",
            "version": "1",
            "description": "Search news and speech archives: who said what, where and when. "
            "Responses equal the JSON of the searchidx command line for the same options.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "summary": "Search articles",
                    "operationId": "search",
                    "parameters": search_params,
                    "responses": {
                        "200": {
                            "description": "Hits, total and facets (`searchidx search --json`).",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}},
                                **exports,
                            },
                        },
                        "400": ERROR,
                    },
                }
            },
            "/api/quotes": {
                "get": {
                    "summary": "Search quotations",
                    "operationId": "quotes",
                    "parameters": quote_params,
                    "responses": {
                        "200": {
                            "description": "Quotes with speaker, date and article (`searchidx quotes --json`).",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/QuoteResult"}},
                                **exports,
                            },
                        },
                        "400": ERROR,
                    },
                }
            },
            "/api/speakers/{name}": {
                "get": {
                    "summary": "A speaker: quotes over time, month counts, places, other speakers, topics",
                    "operationId": "speaker",
                    "parameters": [
                        _param("name", "Full name, surname or title and surname.", required=True, where="path"),
                        _param(
                            "limit", "Quotes listed (newest first).", {"type": "integer", "minimum": 0, "default": 50}
                        ),
                        _param("offset", "Quotes skipped.", {"type": "integer", "minimum": 0}),
                    ],
                    "responses": {
                        "200": {
                            "description": "The speaker's profile.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Speaker"}}},
                        },
                        "404": NOT_FOUND,
                    },
                }
            },
            "/api/stats": {
                "get": {
                    "summary": "Index statistics (`searchidx stats --json`)",
                    "operationId": "stats",
                    "responses": {
                        "200": {
                            "description": "Documents, quotes, speakers, places, dates, size.",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
            "/api/documents/{id}": {
                "get": {
                    "summary": "An article with its quotes, and speakers, places and dates marked by offset",
                    "operationId": "document",
                    "parameters": [_param("id", "The article's id (may hold slashes).", required=True, where="path")],
                    "responses": {
                        "200": {
                            "description": "The article. Offsets are code-point indices into body.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}},
                        },
                        "404": NOT_FOUND,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["type", "message", "status"],
                            "properties": {
                                "type": {"type": "string"},
                                "message": {"type": "string"},
                                "status": {"type": "integer"},
                                "hint": {"type": "string"},
                                "position": {"type": "integer"},
                            },
                        }
                    },
                },
                "Hit": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "date": {"type": ["string", "null"]},
                        "speakers": {"type": "array", "items": {"type": "string"}},
                        "places": {"type": "array", "items": {"type": "string"}},
                        "score": {"type": "number"},
                        "snippet": {"type": "string", "description": "Body passage; matches in <mark>…</mark>."},
                    },
                },
                "FacetValue": {
                    "type": "object",
                    "properties": {"value": {"type": "string"}, "count": {"type": "integer"}},
                },
                "SearchResult": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "total": {"type": "integer"},
                        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                        "facets": {
                            "type": "object",
                            "additionalProperties": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/FacetValue"},
                            },
                        },
                        "matched": {"type": "object"},
                        "suggestions": {"type": "object"},
                        "suggestion": {"type": ["string", "null"], "description": "Did you mean: a corrected query."},
                        "took_ms": {"type": "number"},
                    },
                },
                "Quote": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "speaker": {"type": ["string", "null"]},
                        "date": {"type": ["string", "null"]},
                        "article_id": {"type": "string"},
                        "title": {"type": "string"},
                        "direct": {"type": "boolean"},
                        "kind": {"type": ["string", "null"]},
                        "role": {"type": ["string", "null"]},
                    },
                },
                "QuoteResult": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        "total": {"type": "integer"},
                        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                        "matched": {"type": "object"},
                        "suggestions": {"type": "object"},
                    },
                },
                "Speaker": {
                    "type": "object",
                    "properties": {
                        "speaker": {"type": "string"},
                        "names": {"type": "array", "items": {"type": "string"}},
                        "quotes_total": {"type": "integer"},
                        "articles_total": {"type": "integer"},
                        "months": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
                        "places": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
                        "speakers": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
                        "topics": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
                        "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                    },
                },
                "Document": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string"},
                        "date": {"type": ["string", "null"]},
                        "body": {"type": "string"},
                        "speakers": {"type": "array", "items": {"type": "string"}},
                        "places": {"type": "array", "items": {"type": "string"}},
                        "quotes": {"type": "array", "items": {"type": "object"}},
                        "marks": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "start": {"type": "integer"},
                                    "end": {"type": "integer"},
                                    "type": {"type": "string", "enum": ["quote", "speaker", "place", "date"]},
                                    "value": {"type": "string"},
                                    "text": {"type": "string"},
                                },
                            },
                        },
                    },
                },
            }
        },
    }
