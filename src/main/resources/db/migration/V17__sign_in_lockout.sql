-- Guessing passwords: each account counts its failed sign-ins in a row and, past a threshold, is locked
-- until a time (a growing delay, then a temporary lock). Kept on the account, not in memory, so a restart
-- does not hand an attacker a fresh set of guesses. Portable subset: H2 (MySQL mode), MySQL 8, MariaDB 10.11.
alter table user_account add column failed_sign_ins int default 0 not null;
alter table user_account add column locked_until timestamp(6) null;
