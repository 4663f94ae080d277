-- One row that the database health check updates and rolls back: a write under a CHECK (... IN (...)) constraint,
-- the kind of statement a turn makes. A SELECT alone said UP while every write failed (H2 2.4.240 after the pool
-- renewed its connections).
CREATE TABLE health_probe (
    id    INTEGER     PRIMARY KEY,
    state VARCHAR(10) NOT NULL CHECK (state IN ('rust', 'proef'))
);

INSERT INTO health_probe (id, state) VALUES (1, 'rust');
