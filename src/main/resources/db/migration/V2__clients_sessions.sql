-- Clients get contact details and a status; accounts get one-time activation links;
-- sessions give reports and views a "since the last session"; break-glass grants let a
-- practice manager read a record for a stated, audited reason.

alter table client add column contact_email varchar(254);
alter table client add column pronouns varchar(40);
alter table client add column status varchar(20) default 'ACTIVE' not null;
alter table client add column discharged_at timestamp(6);
alter table client add column discharge_reason varchar(500);
create index ix_client_clinician_status on client (clinician_id, status);

create table activation_token (
    id bigint auto_increment primary key,
    account_id bigint not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    used_at timestamp(6),
    constraint fk_activation_account foreign key (account_id) references user_account (id)
);
create unique index ux_activation_token_hash on activation_token (token_hash);
create index ix_activation_account on activation_token (account_id);

create table therapy_session (
    id bigint auto_increment primary key,
    client_id bigint not null,
    starts_at timestamp(6) not null,
    duration_minutes int not null,
    status varchar(20) not null,
    private_note varchar(4000),
    created_at timestamp(6) not null,
    version bigint not null,
    constraint fk_session_client foreign key (client_id) references client (id)
);
create index ix_session_client_start on therapy_session (client_id, starts_at);

create table break_glass_grant (
    id bigint auto_increment primary key,
    account_id bigint not null,
    client_id bigint not null,
    reason varchar(500) not null,
    opened_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    constraint fk_break_glass_account foreign key (account_id) references user_account (id),
    constraint fk_break_glass_client foreign key (client_id) references client (id)
);
create index ix_break_glass_account_client on break_glass_grant (account_id, client_id, expires_at);
