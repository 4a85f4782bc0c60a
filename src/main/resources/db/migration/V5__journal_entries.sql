-- Between sessions: urges, slips (and contact inside a plan exception), the other person's contact
-- attempts as a tamper-evident chain, and drafts that survive a timeout or a restart.

-- Per-entry share flag on check-ins too. Existing check-ins stay private until the client shares them.
alter table check_in add column shared boolean default false not null;

-- Urges, slips and permitted contact. occurred_at is when the client says it happened (back-dated up
-- to 7 days), received_at when the server got it. submission_id comes from the open form, so a double
-- click or a retried request finds the entry already there.
create table journal_entry (
    id bigint auto_increment primary key,
    client_id bigint not null,
    submission_id varchar(36) not null,
    kind varchar(20) not null,
    occurred_at timestamp(6) not null,
    received_at timestamp(6) not null,
    strength int,
    triggers varchar(300),
    did_instead varchar(2000),
    outcome varchar(20),
    channel varchar(20),
    direction varchar(20),
    exception_reason varchar(30),
    what_happened varchar(2000),
    feel_now varchar(2000),
    shared boolean not null,
    version bigint not null,
    constraint fk_journal_entry_client foreign key (client_id) references client (id)
);
create unique index ux_journal_entry_submission on journal_entry (client_id, submission_id);
create index ix_journal_entry_client_time on journal_entry (client_id, occurred_at, kind);

-- Contact attempts by the other person: append-only. A correction is a new row pointing at the one it
-- corrects. hash = SHA-256 over the canonical content and prev_hash, per client in seq order.
create table contact_attempt (
    id bigint auto_increment primary key,
    client_id bigint not null,
    seq int not null,
    submission_id varchar(36) not null,
    occurred_at timestamp(6) not null,
    received_at timestamp(6) not null,
    channel varchar(20) not null,
    sender varchar(300) not null,
    via_third_party boolean not null,
    content varchar(4000) not null,
    responded boolean not null,
    safety int not null,
    corrects_id bigint,
    correction_reason varchar(500),
    shared boolean not null,
    prev_hash varchar(64),
    hash varchar(64) not null,
    constraint fk_contact_attempt_client foreign key (client_id) references client (id)
);
create unique index ux_contact_attempt_seq on contact_attempt (client_id, seq);
create unique index ux_contact_attempt_submission on contact_attempt (client_id, submission_id);
create index ix_contact_attempt_client_time on contact_attempt (client_id, occurred_at, seq);

-- The head of each client's chain: appends lock it, and deleting the newest record leaves the head
-- pointing past the end, so even that deletion is detected.
create table contact_attempt_head (
    client_id bigint primary key,
    last_seq int not null,
    last_hash varchar(64) not null,
    constraint fk_contact_attempt_head_client foreign key (client_id) references client (id)
);

-- One unfinished form per client and form type, saved as the client types.
create table journal_draft (
    id bigint auto_increment primary key,
    client_id bigint not null,
    form_type varchar(30) not null,
    content varchar(12000) not null,
    saved_at timestamp(6) not null,
    constraint fk_journal_draft_client foreign key (client_id) references client (id)
);
create unique index ux_journal_draft_client_type on journal_draft (client_id, form_type);
