-- Portable subset: runs unchanged on H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

create table user_account (
    id bigint auto_increment primary key,
    username varchar(120) not null,
    password_hash varchar(200) not null,
    display_name varchar(120) not null,
    role varchar(20) not null,
    enabled boolean not null,
    created_at timestamp(6) not null,
    version bigint not null
);
create unique index ux_user_account_username on user_account (username);

create table client (
    id bigint auto_increment primary key,
    account_id bigint not null,
    clinician_id bigint not null,
    display_name varchar(120) not null,
    created_at timestamp(6) not null,
    version bigint not null,
    constraint fk_client_account foreign key (account_id) references user_account (id),
    constraint fk_client_clinician foreign key (clinician_id) references user_account (id)
);
create unique index ux_client_account on client (account_id);
create index ix_client_clinician_name on client (clinician_id, display_name);

create table no_contact_plan (
    id bigint auto_increment primary key,
    client_id bigint not null,
    person_label varchar(60) not null,
    relationship varchar(30) not null,
    purpose varchar(30) not null,
    start_date date not null,
    initial_period_days int,
    status varchar(20) not null,
    created_at timestamp(6) not null,
    version bigint not null,
    constraint fk_plan_client foreign key (client_id) references client (id)
);
create index ix_plan_client_status on no_contact_plan (client_id, status, start_date);

create table check_in (
    id bigint auto_increment primary key,
    client_id bigint not null,
    entry_date date not null,
    mood int not null,
    urge int not null,
    slipped boolean not null,
    note varchar(2000),
    logged_at timestamp(6) not null,
    received_at timestamp(6) not null,
    version bigint not null,
    constraint fk_check_in_client foreign key (client_id) references client (id)
);
-- One check-in per client and day: a double click or a retry updates, never duplicates.
create unique index ux_check_in_client_date on check_in (client_id, entry_date);

create table audit_event (
    id bigint auto_increment primary key,
    occurred_at timestamp(6) not null,
    actor varchar(120) not null,
    client_id bigint not null,
    action varchar(60) not null,
    reason varchar(500)
);
create index ix_audit_client_time on audit_event (client_id, occurred_at);
