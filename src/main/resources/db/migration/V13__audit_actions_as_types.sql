-- What the audit log says, as a type: the action column holds the kind's code (e.g. CHECK_INS), its
-- parameters have columns of their own, and the application puts them into words in one place. Existing
-- rows are moved from their sentences to the same form below; a sentence no kind matches is kept word for
-- word as RECORDED. Portable subset: runs on H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.
alter table audit_event add column period_from date;
alter table audit_event add column period_to date;
alter table audit_event add column period_days int;
alter table audit_event add column plan_id bigint;
alter table audit_event add column plan_version int;
alter table audit_event add column action_text varchar(200);

-- One row for a read of several clients at once (a caseload page), naming its clients here; refusals may
-- name no client. Such rows have no client of their own.
alter table audit_event modify column client_id bigint null;

create table audit_event_client (
    event_id bigint not null,
    client_id bigint not null,
    constraint pk_audit_event_client primary key (event_id, client_id),
    constraint fk_audit_event_client_event foreign key (event_id) references audit_event (id)
);
-- "Who has looked" for one client finds the caseload reads that named them.
create index ix_audit_event_client_client on audit_event_client (client_id, event_id);

-- Sentences with parameters. Fixed names first: "Plan list" and "Plan handout PDF" also start with "Plan ".
update audit_event set action = 'ACTIVE_PLANS' where action = 'Active plans';
update audit_event set action = 'PLAN_LIST' where action = 'Plan list';
update audit_event set action = 'OWN_PLANS' where action = 'Plans';
update audit_event set action = 'SESSIONS' where action = 'Sessions';
update audit_event set action = 'SAFETY_SIGNALS' where action = 'Safety signals';
update audit_event set action = 'HOMEWORK' where action like 'Homework%';
update audit_event set action = 'RISK_FLAGS' where action = 'Risk flags';
update audit_event set action = 'SESSION_PREP_PDF' where action = 'Session prep PDF';
update audit_event set action = 'PLAN_HANDOUT_PDF' where action = 'Plan handout PDF';
update audit_event set action = 'CONTACT_EVIDENCE_PDF' where action = 'Contact evidence PDF';
update audit_event set action = 'CONTACT_LOG' where action = 'Contact-attempt log, all records';
update audit_event set action = 'CONTACT_LOG_VERIFICATION' where action = 'Contact-attempt log verification';
update audit_event set action = 'CASELOAD_FIGURES' where action = 'Caseload figures';
update audit_event set action = 'CASELOAD_SUMMARY_PDF' where action = 'Caseload summary PDF';
update audit_event set action = 'BREAK_GLASS_OPENED' where action = 'Break-glass access opened';

-- "Check-ins 2026-11-01 to 2026-11-14": the dates sit at fixed places.
update audit_event set
    period_from = cast(substring(action, 11, 10) as date),
    period_to = cast(substring(action, 25, 10) as date),
    action = 'CHECK_INS'
where action like 'Check-ins ____-__-__ to ____-__-__';

-- "Journal, last 90 days"
update audit_event set
    period_days = cast(substring(action, 15, char_length(action) - 19) as signed),
    action = 'JOURNAL'
where action like 'Journal, last % days';

-- "Insights (30 days; since last session)"
update audit_event set
    action_text = substring(action, 11, char_length(action) - 11),
    action = 'INSIGHTS'
where action like 'Insights (%)';

-- "Plan history 12"
update audit_event set
    plan_id = cast(substring(action, 14) as signed),
    action = 'PLAN_HISTORY'
where action like 'Plan history %';

-- "Plan 12 version 3"
update audit_event set
    plan_id = cast(substring(action, 6, locate(' version ', action) - 6) as signed),
    plan_version = cast(substring(action, locate(' version ', action) + 9) as signed),
    action = 'PLAN'
where action like 'Plan % version %';

-- "Plan 12"
update audit_event set
    plan_id = cast(substring(action, 6) as signed),
    action = 'PLAN'
where action like 'Plan %' and action not like 'Plan % %';

-- Anything else is kept as it was said.
update audit_event set
    action_text = action,
    action = 'RECORDED'
where action not in ('ACTIVE_PLANS', 'PLAN_LIST', 'OWN_PLANS', 'SESSIONS', 'SAFETY_SIGNALS', 'HOMEWORK', 'RISK_FLAGS',
    'SESSION_PREP_PDF', 'PLAN_HANDOUT_PDF', 'CONTACT_EVIDENCE_PDF', 'CONTACT_LOG', 'CONTACT_LOG_VERIFICATION',
    'CASELOAD_FIGURES', 'CASELOAD_SUMMARY_PDF', 'BREAK_GLASS_OPENED', 'CHECK_INS', 'JOURNAL', 'INSIGHTS',
    'PLAN_HISTORY', 'PLAN');

-- The manager's "What" filter narrows by kind.
create index ix_audit_action_time on audit_event (action, occurred_at);
