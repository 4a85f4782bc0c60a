-- Caseload risk flags: the practice's thresholds, and indexes that let the flag queries read only the
-- index for a few weeks of each client's journal (shaped client, time, then the figures they add up).

-- One row: the practice manager's thresholds. Defaults are the ones the practice starts with.
create table risk_thresholds (
    id int primary key,
    slips_in_window int not null,
    slip_window_days int not null,
    urge_rise decimal(3,1) not null,
    quiet_days int not null,
    high_risk_days int not null,
    escalation_factor decimal(3,1) not null,
    escalation_minimum int not null,
    threat_safety_at_or_below int not null,
    homework_overdue int not null,
    changed_at timestamp(6),
    changed_by varchar(120),
    version bigint not null
);
insert into risk_thresholds (id, slips_in_window, slip_window_days, urge_rise, quiet_days, high_risk_days,
    escalation_factor, escalation_minimum, threat_safety_at_or_below, homework_overdue, version)
values (1, 2, 7, 2.0, 3, 7, 2.0, 2, 3, 1, 0);

-- Urge means, slip ticks and the last check-in per client over five weeks, from the index alone.
create index ix_check_in_client_date_figures on check_in (client_id, entry_date, urge, slipped);
-- Attempts per week and the threats among them, corrections left out, from the index alone.
create index ix_contact_attempt_client_time_safety on contact_attempt (client_id, occurred_at, corrects_id, safety);
