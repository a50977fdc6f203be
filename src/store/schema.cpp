// The database schema, as the list of migrations that build it. PRAGMA user_version holds the
// number of migrations applied; opening a database applies the missing ones in order, each in
// its own transaction. Never edit a released migration: append a new one.
//
// Conventions: `doc` is documents.num (the integer key; documents.id is the text id users see);
// every fact row keeps its document and a code-point span [start, end) of the ORIGINAL text.
// Actor ids are data/actors ids, or "new:<key>" for names the gazetteer does not know.
#include "store/schema.h"

namespace marsad::store {
namespace {

constexpr const char* kMigrations[] = {
    // 1: documents, the text layer, knowledge from data/, facts.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;  -- knowledge_checksum, index_analysis, …
CREATE TABLE documents(
  num INTEGER PRIMARY KEY,          -- rowid; the full-text index's rowid
  id TEXT NOT NULL UNIQUE,          -- the document id (content hash unless the input gives one)
  origin TEXT,                      -- "feed.jsonl:17", "dir/a.txt"
  title TEXT NOT NULL DEFAULT '',
  source TEXT, url TEXT, author TEXT,
  date TEXT,                        -- publication date YYYY-MM-DD (metadata or inferred)
  date_inferred INTEGER NOT NULL DEFAULT 0,
  date_evidence TEXT,
  text TEXT NOT NULL,               -- the original text; every span indexes its code points
  length INTEGER NOT NULL,          -- code points
  words INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);

-- The text layer, packed (see store/text_layer.h): enough to rebuild the repaired text, show
-- sentences and map full-text hits (token positions) back to original code points.
CREATE TABLE text_layers(
  doc INTEGER PRIMARY KEY,
  sentences BLOB NOT NULL,          -- u32 pairs (start, end)
  tokens BLOB NOT NULL              -- per token: varint gap, varint length, u8 kind, u8 stem offset, u8 stem length
);
CREATE TABLE repairs(
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  kind TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL
);
CREATE INDEX repairs_doc ON repairs(doc);

-- Knowledge: loaded from data/ (origin 'data') or found in the text (origin 'text').
CREATE TABLE actors(
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,               -- PER ORG LOC MISC
  kind TEXT, name_ar TEXT, name_en TEXT, wikidata TEXT, country TEXT,
  lat REAL, lon REAL, governorate TEXT, notes TEXT,
  origin TEXT NOT NULL DEFAULT 'data'
) WITHOUT ROWID;
CREATE TABLE aliases(
  surface TEXT NOT NULL, key TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT, notes TEXT
);
CREATE INDEX aliases_key ON aliases(key);
CREATE INDEX aliases_actor ON aliases(actor);
CREATE TABLE known_relations(     -- data/actors/relations.tsv: facts not read from any document
  subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
  valid_from TEXT, valid_to TEXT, notes TEXT
);
CREATE INDEX known_relations_subject ON known_relations(subject);
CREATE INDEX known_relations_object ON known_relations(object);
CREATE TABLE roles(                -- data/roles.tsv
  role_ar TEXT NOT NULL, role_en TEXT, holder TEXT, country TEXT, valid_from TEXT, valid_to TEXT
);
CREATE INDEX roles_holder ON roles(holder);
CREATE TABLE cameo_codes(          -- data/cameo/codes.tsv
  code TEXT PRIMARY KEY, label TEXT, goldstein REAL, quad_class INTEGER,
  plover_event TEXT, acled_type TEXT, acled_subtype TEXT
) WITHOUT ROWID;

-- Facts read from documents.
CREATE TABLE document_actors(doc INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY(doc, actor)) WITHOUT ROWID;
CREATE INDEX document_actors_actor ON document_actors(actor);
CREATE TABLE mentions(
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  type TEXT NOT NULL, actor TEXT, metonymy INTEGER NOT NULL DEFAULT 0, acting_as TEXT,
  score REAL, source TEXT
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_actor ON mentions(actor);
CREATE TABLE events(
  num INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,   -- evidence
  trigger_start INTEGER, trigger_end INTEGER,
  cameo TEXT NOT NULL, root TEXT NOT NULL,                             -- "0311", "03"
  source TEXT, target TEXT, location TEXT,
  date TEXT, date_expression TEXT,
  modality TEXT NOT NULL, attributed_to TEXT, fatalities INTEGER, score REAL
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_target ON events(target);
CREATE INDEX events_location ON events(location);
CREATE INDEX events_date ON events(date);
CREATE TABLE relations(
  doc INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL
);
CREATE INDEX relations_doc ON relations(doc);
CREATE INDEX relations_subject ON relations(subject);
CREATE INDEX relations_object ON relations(object);
)sql",
    // 2: an actor's mention count lives with its document row, so that the store keeps no index
    // of mentions by actor (a random insert per mention: a tenth of the writer on a large
    // ingest). events_date served no query: timelines order by coalesce(event date, document date).
    R"sql(
ALTER TABLE document_actors ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE document_actors SET mentions =
  (SELECT count(*) FROM mentions m WHERE m.doc = document_actors.doc AND m.actor = document_actors.actor);
DROP INDEX mentions_actor;
DROP INDEX events_date;
)sql",
};

}  // namespace

int schema_version() { return static_cast<int>(std::size(kMigrations)); }

void migrate(Database& db) {
  int version = static_cast<int>(db.scalar("PRAGMA user_version"));
  if (version > schema_version())
    throw StoreError(db.path() + " has schema version " + std::to_string(version) + "; this marsad knows up to " +
                     std::to_string(schema_version()) + ": upgrade marsad");
  for (; version < schema_version(); ++version) {
    Transaction tx(db);
    db.exec(kMigrations[version]);
    db.exec("PRAGMA user_version=" + std::to_string(version + 1));
    tx.commit();
  }
}

}  // namespace marsad::store
