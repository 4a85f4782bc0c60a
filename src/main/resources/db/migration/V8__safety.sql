-- "I don't feel safe": raised by a client, seen on the clinician's caseload whatever the client shares
-- of their journal, resolved by the clinician with a note. Never deleted: it is part of the record.
create table safety_signal (
    id bigint auto_increment primary key,
    client_id bigint not null,
    raised_at timestamp(6) not null,
    note varchar(500),
    resolved_at timestamp(6),
    resolved_by bigint,
    resolution_note varchar(500),
    version bigint not null default 0,
    constraint fk_safety_signal_client foreign key (client_id) references client (id),
    constraint fk_safety_signal_resolver foreign key (resolved_by) references user_account (id)
);
-- The caseload asks "which of these clients have an open signal" in one query.
create index ix_safety_signal_client_open on safety_signal (client_id, resolved_at);

-- Urge support sessions and how they ended. Meant to become urge entries of the journal once that
-- exists; kept apart until then so the two pieces of work can land independently.
create table sos_session (
    id bigint auto_increment primary key,
    client_id bigint not null,
    started_at timestamp(6) not null,
    ended_at timestamp(6) not null,
    outcome varchar(20) not null,
    strength int,
    constraint fk_sos_session_client foreign key (client_id) references client (id)
);
create index ix_sos_session_client_time on sos_session (client_id, started_at);
