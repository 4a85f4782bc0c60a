-- Second factors. An authenticator app's shared secret, encrypted with a key that is not in the database
-- (holdfast.security.secret-key), with the last time step a code was accepted for, so that a code cannot be
-- used twice. One app per account. Portable subset: H2 (MySQL mode), MySQL 8, MariaDB 10.11.
create table authenticator_app (
    account_id bigint primary key,
    secret_encrypted varchar(255) not null,
    last_used_step bigint default 0 not null,
    added_at timestamp(6) not null
);

-- One-time recovery codes, stored as SHA-256 hashes (the codes carry 80 random bits); each usable once.
create table recovery_code (
    id bigint auto_increment primary key,
    account_id bigint not null,
    code_hash varchar(64) not null,
    created_at timestamp(6) not null,
    used_at timestamp(6) null
);
create index recovery_code_account on recovery_code (account_id, code_hash);
