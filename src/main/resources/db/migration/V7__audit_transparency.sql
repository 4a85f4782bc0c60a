-- Who looked, in words a client understands: the reader's display name and role at the time of the
-- read, kept on the row itself so that renaming or deleting an account never rewrites history.
alter table audit_event add column actor_name varchar(120);
alter table audit_event add column actor_role varchar(20);

update audit_event set
    actor_name = (select a.display_name from user_account a where a.username = audit_event.actor),
    actor_role = (select a.role from user_account a where a.username = audit_event.actor);

-- The practice manager's filters: by date range alone, and by reader over time.
create index ix_audit_time on audit_event (occurred_at);
create index ix_audit_actor_time on audit_event (actor, occurred_at);
