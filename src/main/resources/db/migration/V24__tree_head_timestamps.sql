-- An RFC 3161 time-stamp token for a signed tree head, from the authority named in holdfast.audit.timestamp-authority:
-- a third party's word that the head existed by stamped_at (the token's genTime, UTC). token is the DER of the
-- TimeStampToken in Base64; its message imprint is SHA-256 of the head's signed text. A table of its own, so tree_head
-- rows are never updated; like tree_head it only grows, and the application user needs INSERT and SELECT alone.
create table tree_head_timestamp (
    tree_size bigint primary key,
    token mediumtext not null,
    stamped_at timestamp(6) not null
);
