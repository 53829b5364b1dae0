CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0001

CREATE TABLE publishers (
    id INTEGER NOT NULL, 
    name VARCHAR NOT NULL, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE ingest_runs (
    id INTEGER NOT NULL, 
    started_at DATETIME NOT NULL, 
    finished_at DATETIME, 
    status VARCHAR NOT NULL, 
    sources TEXT, 
    documents_new INTEGER DEFAULT '0' NOT NULL, 
    documents_updated INTEGER DEFAULT '0' NOT NULL, 
    documents_unchanged INTEGER DEFAULT '0' NOT NULL, 
    documents_failed INTEGER DEFAULT '0' NOT NULL, 
    claims_added INTEGER DEFAULT '0' NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE documents (
    seq INTEGER NOT NULL, 
    id VARCHAR NOT NULL, 
    url VARCHAR, 
    title TEXT, 
    published VARCHAR, 
    publisher_id INTEGER, 
    language VARCHAR, 
    source TEXT, 
    text TEXT NOT NULL, 
    content_hash VARCHAR(64) NOT NULL, 
    relevant BOOLEAN NOT NULL, 
    relevance FLOAT NOT NULL, 
    cluster VARCHAR NOT NULL, 
    revision INTEGER NOT NULL, 
    pages TEXT, 
    extra TEXT, 
    run_id INTEGER, 
    first_seen_at DATETIME NOT NULL, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (seq), 
    UNIQUE (id), 
    FOREIGN KEY(publisher_id) REFERENCES publishers (id), 
    FOREIGN KEY(run_id) REFERENCES ingest_runs (id)
);

CREATE INDEX ix_documents_content_hash ON documents (content_hash);

CREATE INDEX ix_documents_cluster ON documents (cluster);

CREATE TABLE document_revisions (
    document_id VARCHAR NOT NULL, 
    revision INTEGER NOT NULL, 
    content_hash VARCHAR(64) NOT NULL, 
    title TEXT, 
    url VARCHAR, 
    published VARCHAR, 
    text TEXT, 
    run_id INTEGER, 
    created_at DATETIME NOT NULL, 
    superseded_at DATETIME, 
    PRIMARY KEY (document_id, revision), 
    FOREIGN KEY(document_id) REFERENCES documents (id), 
    FOREIGN KEY(run_id) REFERENCES ingest_runs (id)
);

CREATE TABLE claims (
    id INTEGER NOT NULL, 
    document_id VARCHAR NOT NULL, 
    revision INTEGER NOT NULL, 
    current BOOLEAN NOT NULL, 
    kind VARCHAR NOT NULL, 
    low FLOAT, 
    high FLOAT, 
    qualifier VARCHAR, 
    currency VARCHAR, 
    per VARCHAR, 
    value_text TEXT, 
    destinations TEXT NOT NULL, 
    status VARCHAR, 
    sector VARCHAR, 
    period_start VARCHAR, 
    period_end VARCHAR, 
    period_text TEXT, 
    attribution TEXT, 
    sentence TEXT NOT NULL, 
    evidence_start INTEGER NOT NULL, 
    evidence_end INTEGER NOT NULL, 
    as_of VARCHAR, 
    review VARCHAR, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(document_id) REFERENCES documents (id)
);

CREATE INDEX ix_claims_document_current ON claims (document_id, current);

CREATE INDEX ix_claims_kind_value ON claims (kind, low, high);

CREATE INDEX ix_claims_status ON claims (status);

CREATE INDEX ix_claims_sector ON claims (sector);

CREATE INDEX ix_claims_as_of ON claims (as_of);

CREATE TABLE claim_destinations (
    claim_id INTEGER NOT NULL, 
    destination VARCHAR NOT NULL, 
    PRIMARY KEY (claim_id, destination), 
    FOREIGN KEY(claim_id) REFERENCES claims (id)
);

CREATE INDEX ix_claim_destinations_destination ON claim_destinations (destination, claim_id);

CREATE TABLE fetch_cache (
    url VARCHAR NOT NULL, 
    etag VARCHAR, 
    last_modified VARCHAR, 
    content_hash VARCHAR(64), 
    fetched_at DATETIME NOT NULL, 
    PRIMARY KEY (url)
);

CREATE TABLE minhashes (
    document_id VARCHAR NOT NULL, 
    shingles INTEGER NOT NULL, 
    signature BLOB NOT NULL, 
    PRIMARY KEY (document_id), 
    FOREIGN KEY(document_id) REFERENCES documents (id)
);

CREATE TABLE lsh_buckets (
    bucket BIGINT NOT NULL, 
    document_id VARCHAR NOT NULL, 
    PRIMARY KEY (bucket, document_id)
)
 WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61');

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;

CREATE VIEW claim_copies AS
        SELECT c1.id AS claim_id, c1.document_id AS document_id, d1.cluster AS cluster,
               d2.id AS copy_document_id, c2.id AS copy_claim_id
        FROM claims c1
        JOIN documents d1 ON d1.id = c1.document_id
        JOIN documents d2 ON d2.cluster = d1.cluster AND d2.id <> d1.id
        JOIN claims c2 ON c2.document_id = d2.id AND c2.current AND c2.kind = c1.kind
             AND c2.low IS c1.low AND c2.high IS c1.high
        WHERE c1.current;

INSERT INTO alembic_version (version_num) VALUES ('0001') RETURNING version_num;

-- Running upgrade 0001 -> 0002_review

CREATE TABLE claim_reviews (
    document_id VARCHAR NOT NULL, 
    claim_key VARCHAR(32) NOT NULL, 
    claim_id INTEGER, 
    decision VARCHAR NOT NULL, 
    changes TEXT, 
    reviewer VARCHAR NOT NULL, 
    note TEXT, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (document_id, claim_key)
);

CREATE TABLE document_reviews (
    document_id VARCHAR NOT NULL, 
    relevant BOOLEAN NOT NULL, 
    reviewer VARCHAR NOT NULL, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (document_id)
);

CREATE TABLE review_log (
    id INTEGER NOT NULL, 
    created_at DATETIME NOT NULL, 
    reviewer VARCHAR NOT NULL, 
    target VARCHAR NOT NULL, 
    document_id VARCHAR NOT NULL, 
    claim_key VARCHAR(32), 
    claim_id INTEGER, 
    action VARCHAR NOT NULL, 
    "before" TEXT, 
    "after" TEXT, 
    note TEXT, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_review_log_target ON review_log (document_id, claim_key);

CREATE TABLE api_tokens (
    id INTEGER NOT NULL, 
    name VARCHAR NOT NULL, 
    token_hash VARCHAR(64) NOT NULL, 
    created_at DATETIME NOT NULL, 
    last_used_at DATETIME, 
    PRIMARY KEY (id), 
    UNIQUE (token_hash)
);

UPDATE alembic_version SET version_num='0002_review' WHERE alembic_version.version_num = '0001';

