-- Each run of the record check: when, whether everything matched, and the first thing that did not. Names
-- event and client numbers, never what a record says.
create table integrity_check (
    id bigint auto_increment primary key,
    checked_at timestamp(6) not null,
    intact boolean not null,
    events bigint not null,
    heads bigint not null,
    records bigint not null,
    problem varchar(500),
    requested_by varchar(120) not null
);
create index ix_integrity_check_time on integrity_check (checked_at);
