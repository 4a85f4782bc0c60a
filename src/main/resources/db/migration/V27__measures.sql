-- Standard measures (PHQ-9, GAD-7, WHO-5): assignments with a schedule, one response per due date, and the
-- client's unfinished form. Answers are item values (digits), not free text: nothing here needs sealing.
-- Portable subset: runs unchanged on H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

create table measure_assignment (
    id bigint auto_increment primary key,
    client_id bigint not null,
    -- PHQ9, GAD7 or WHO5
    instrument varchar(10) not null,
    -- ONCE, EVERY_WEEK, EVERY_2_WEEKS or EVERY_4_WEEKS
    recurrence varchar(15) not null,
    first_due date not null,
    -- null: repeats until the clinician stops it; equals first_due for ONCE
    last_due date,
    assigned_by bigint not null,
    assigned_at timestamp(6) not null,
    cancelled_at timestamp(6),
    version bigint not null,
    constraint fk_measure_assignment_client foreign key (client_id) references client (id),
    constraint fk_measure_assignment_by foreign key (assigned_by) references user_account (id)
);
create index ix_measure_assignment_client on measure_assignment (client_id, first_due);

create table measure_response (
    id bigint auto_increment primary key,
    assignment_id bigint not null,
    -- Copied from the assignment so that the caseload's latest scores for many clients need no join.
    client_id bigint not null,
    instrument varchar(10) not null,
    due_date date not null,
    -- The form's own id: a second submission of the same form finds this row instead of adding one.
    submission_id varchar(36) not null,
    -- Item values in item order, comma-separated ("0,1,3,...").
    answers varchar(40) not null,
    -- The reported score: the sum, for WHO-5 times 4.
    score int not null,
    completed_at timestamp(6) not null,
    version bigint not null,
    constraint fk_measure_response_assignment foreign key (assignment_id) references measure_assignment (id),
    constraint fk_measure_response_client foreign key (client_id) references client (id)
);
create unique index ux_measure_response_due on measure_response (assignment_id, due_date);
create unique index ux_measure_response_submission on measure_response (client_id, submission_id);
create index ix_measure_response_client on measure_response (client_id, instrument, completed_at, score);

-- One unfinished form per due date, kept as the client answers, so a timeout or a closed tab loses nothing.
create table measure_draft (
    id bigint auto_increment primary key,
    assignment_id bigint not null,
    client_id bigint not null,
    due_date date not null,
    answers varchar(40) not null,
    -- A self-harm answer already reached the clinician from this draft: submitting it raises no second flag.
    safety_raised boolean not null,
    saved_at timestamp(6) not null,
    constraint fk_measure_draft_assignment foreign key (assignment_id) references measure_assignment (id),
    constraint fk_measure_draft_client foreign key (client_id) references client (id)
);
create unique index ux_measure_draft_due on measure_draft (assignment_id, due_date);
