-- How long the practice keeps the record of a discharged client, in whole years (its jurisdiction's rule); the
-- practice manager changes it. Seven years is a common rule for adults' records; many places ask for less or more.
create table retention_policy (
    id int primary key,
    years_after_discharge int not null,
    changed_by varchar(120),
    changed_at timestamp(6),
    version bigint not null
);
insert into retention_policy (id, years_after_discharge, changed_by, changed_at, version) values (1, 7, null, null, 0);

-- Requests to erase a client's record, and what the practice manager decided. Kept after the record is gone, so it
-- names the client by number only and holds nothing the client wrote: who asked is a role (a client's username is
-- erased with them) or a staff member, the grounds are a choice from a list, the decision's reason is the manager's.
-- pending_client is the client's number while the request awaits a decision and null after: a second request for
-- the same client finds the first instead of making another.
create table erasure_request (
    id bigint auto_increment primary key,
    client_id bigint not null,
    pending_client bigint,
    grounds varchar(30) not null,
    requested_by_role varchar(20) not null,
    requested_by_name varchar(120),
    requested_at timestamp(6) not null,
    status varchar(20) not null,
    decided_by_name varchar(120),
    decided_at timestamp(6),
    decision_reason varchar(500),
    version bigint not null
);
create unique index ux_erasure_request_pending on erasure_request (pending_client);
create index ix_erasure_request_status on erasure_request (status, requested_at);
create index ix_erasure_request_client on erasure_request (client_id, requested_at);
