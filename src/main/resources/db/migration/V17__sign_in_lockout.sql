-- Guessing passwords: each account counts its failed sign-ins in a row and, past a threshold, is locked
-- until a time (a growing delay, then a temporary lock). Kept on the account, not in memory, so a restart
-- does not hand an attacker a fresh set of guesses. Portable subset: H2 (MySQL mode), MySQL 8, MariaDB 10.11.
alter table user_account add column failed_sign_ins int default 0 not null;
alter table user_account add column locked_until timestamp(6) null;

-- Sign-in can end for two reasons kept apart, so that one being lifted does not lift the other: the practice
-- manager disabled the account, or the client was discharged (reopening the client brings sign-in back).
-- Neither touches the client's data. `enabled` keeps its one meaning: the account has been activated.
alter table user_account add column disabled boolean default false not null;
alter table user_account add column discharged boolean default false not null;
