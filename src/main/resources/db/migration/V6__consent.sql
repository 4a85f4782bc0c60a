-- The client's consent for their journal: the current state and every change.
-- No row means the client has not chosen yet (ConsentService.DEFAULT_LEVEL, contact log private).
create table journal_consent (
    client_id bigint primary key,
    level varchar(30) not null,
    share_contact_log boolean not null,
    changed_at timestamp(6) not null,
    version bigint not null,
    constraint fk_journal_consent_client foreign key (client_id) references client (id)
);

create table consent_change (
    id bigint auto_increment primary key,
    client_id bigint not null,
    changed_at timestamp(6) not null,
    changed_by varchar(120) not null,
    from_level varchar(30) not null,
    to_level varchar(30) not null,
    from_contact_log boolean not null,
    to_contact_log boolean not null,
    constraint fk_consent_change_client foreign key (client_id) references client (id)
);
create index ix_consent_change_client_time on consent_change (client_id, changed_at);
