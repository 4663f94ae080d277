-- The limits that hold across every Koers instance on one PostgreSQL: the message cap (rate_window) and the sign-in
-- limits (sign_in_record). On the embedded H2, which one process opens, both are counted in memory and these tables
-- stay empty. Rows are deleted a few minutes after their window or pause has passed.

-- A fixed window per key ('messages:<user id>'): the events counted in it, up to one above the limit.
CREATE TABLE rate_window (
    window_key VARCHAR(100)             PRIMARY KEY,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    events     INTEGER                  NOT NULL
);

-- What the sign-in limits remember per username, per address, and per both. The key is a SHA-256 of the kind and the
-- username and/or address, so no usernames or addresses are stored. version guards each change against a change by
-- another instance at the same moment.
CREATE TABLE sign_in_record (
    record_key    CHAR(64)                 PRIMARY KEY,
    failures      INTEGER                  NOT NULL,
    first_failure TIMESTAMP WITH TIME ZONE,
    paused_until  TIMESTAMP WITH TIME ZONE,
    not_before    TIMESTAMP WITH TIME ZONE,
    trusted_until TIMESTAMP WITH TIME ZONE,
    forget_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);
