-- The no-contact plan in full, its versions, and its high-risk dates.
-- Portable subset: runs unchanged on H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.
-- What other features query stays in columns; the rest of the plan is a JSON document (longtext:
-- a CLOB on H2), because it is read and written whole and every save keeps a full copy anyway.

alter table no_contact_plan add column review_date date;
alter table no_contact_plan add column status_reason varchar(500);
alter table no_contact_plan add column risk_level varchar(20) default 'NONE' not null;
alter table no_contact_plan add column content longtext;

-- Every save of a plan, kept for good: who, when, which parts changed, and the whole plan as it was.
create table plan_version (
    id bigint auto_increment primary key,
    plan_id bigint not null,
    version_no int not null,
    changed_at timestamp(6) not null,
    changed_by bigint not null,
    changed_by_name varchar(120) not null,
    summary varchar(500) not null,
    snapshot longtext not null,
    constraint fk_plan_version_plan foreign key (plan_id) references no_contact_plan (id),
    constraint fk_plan_version_account foreign key (changed_by) references user_account (id)
);
-- Two saves can never both become version n of a plan.
create unique index ux_plan_version_plan_no on plan_version (plan_id, version_no);

-- A mirror of each plan's high-risk dates, rewritten on save, for "who faces a hard day this week"
-- across a caseload. Yearly dates keep their original date; the next occurrence is worked out in Java.
create table plan_high_risk_date (
    id bigint auto_increment primary key,
    plan_id bigint not null,
    client_id bigint not null,
    label varchar(80) not null,
    risk_date date not null,
    yearly boolean not null,
    constraint fk_high_risk_date_plan foreign key (plan_id) references no_contact_plan (id),
    constraint fk_high_risk_date_client foreign key (client_id) references client (id)
);
create index ix_high_risk_date_client on plan_high_risk_date (client_id, risk_date);
create index ix_high_risk_date_plan on plan_high_risk_date (plan_id);
