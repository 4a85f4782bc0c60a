-- What identifies the thing read, where there is such a thing: the SHA-256 of a PDF handed out, so a
-- copy that turns up later can be checked against the log.
alter table audit_event add column detail varchar(200);
