-- Passkeys (WebAuthn), in the tables Spring Security's JDBC repositories read and write
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository): the same names and columns as
-- its user-entities-schema.sql and user-credentials-schema.sql, with sizes MySQL can index. An InnoDB key holds
-- at most 3072 bytes, 768 characters in utf8mb4; a credential id is base64url text, and the passkeys and
-- security keys in use give 16 to 255 bytes (at most 340 characters). Portable subset: H2 (MySQL mode),
-- MySQL 8, MariaDB 10.11.

-- One WebAuthn user handle per account that has registered a passkey: a random id, never the account id, so a
-- passkey reveals nothing about the portal's records. `name` is the account's username.
create table user_entities (
    id           varchar(255) not null,
    name         varchar(320) not null,
    display_name varchar(200),
    primary key (id)
);
create unique index user_entities_name on user_entities (name);

-- A passkey: its public key (never the private one, which stays on the device), how many times the device says
-- it has signed (a clone shows as a count going backwards), and the name its owner gave it.
create table user_credentials (
    credential_id                varchar(768)  not null,
    user_entity_user_id          varchar(255)  not null,
    public_key                   blob          not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           blob,
    attestation_client_data_json blob,
    created                      timestamp(6),
    last_used                    timestamp(6),
    label                        varchar(1000) not null,
    primary key (credential_id)
);
create index user_credentials_user on user_credentials (user_entity_user_id);
