-- The audit log as a Merkle tree (RFC 9162). Each audit event becomes a leaf, in the order it was added to the log
-- (not its id: ids are handed out before a transaction commits, and commits may finish in another order).
-- leaf_hash is SHA-256(0x00 || the event's canonical form), hex. Like audit_event, both tables only grow: on
-- MySQL/MariaDB the application user should have INSERT and SELECT on them and nothing else.
create table audit_leaf (
    leaf_index bigint primary key,
    event_id bigint not null,
    leaf_hash varchar(64) not null,
    constraint ux_audit_leaf_event unique (event_id)
);

-- A signed tree head: the log's size and root at a moment, signed with the practice's Ed25519 key (held outside
-- the database). Whoever holds the public key can check that the log only grew and that no event changed.
create table tree_head (
    tree_size bigint primary key,
    root_hash varchar(64) not null,
    issued_at timestamp(6) not null,
    key_id varchar(16) not null,
    signature varchar(88) not null
);
