-- Recent sign-ins per account, for "Last signed in ..." and the list on the Sign-in and security page: when,
-- the outcome, the browser ("Firefox on Android") and the network said coarsely ("Local network", "203.0.113.x"),
-- never the full address, the raw User-Agent, a password or a username typed for no account. Bounded by the
-- application: the last 50 per account, none older than 90 days. Portable: H2 (MySQL mode), MySQL 8, MariaDB 10.11.
create table sign_in_event (
    id bigint auto_increment primary key,
    account_id bigint not null,
    occurred_at timestamp(6) not null,
    outcome varchar(20) not null,
    browser varchar(120) not null,
    place varchar(60) not null
);
create index sign_in_event_account on sign_in_event (account_id, occurred_at);

-- One-time links now have a purpose: opening a new account, or the manager's password reset for an existing one.
alter table activation_token add column purpose varchar(20) default 'ACTIVATION' not null;
