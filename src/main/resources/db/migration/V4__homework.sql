-- Homework: a practice-wide library of templates, assignments to clients, and one outcome per
-- occurrence. Portable subset: runs unchanged on H2 (MySQL mode) and MySQL 8 / MariaDB 10.11.

create table homework_template (
    id bigint auto_increment primary key,
    title varchar(120) not null,
    instructions varchar(2000) not null,
    -- ONCE, DAILY or WEEKLY; null when the template leaves it to the clinician
    suggested_recurrence varchar(10),
    archived boolean not null,
    created_at timestamp(6) not null,
    version bigint not null
);
create index ix_homework_template_archived_title on homework_template (archived, title);

create table homework_assignment (
    id bigint auto_increment primary key,
    client_id bigint not null,
    template_id bigint,
    plan_id bigint,
    title varchar(120) not null,
    instructions varchar(2000),
    recurrence varchar(10) not null,
    -- The first occurrence; for ONCE the only one. last_due equals first_due for ONCE.
    first_due date not null,
    last_due date not null,
    assigned_by bigint not null,
    assigned_at timestamp(6) not null,
    cancelled_at timestamp(6),
    version bigint not null,
    constraint fk_homework_assignment_client foreign key (client_id) references client (id),
    constraint fk_homework_assignment_template foreign key (template_id) references homework_template (id),
    constraint fk_homework_assignment_plan foreign key (plan_id) references no_contact_plan (id),
    constraint fk_homework_assignment_by foreign key (assigned_by) references user_account (id)
);
create index ix_homework_assignment_client on homework_assignment (client_id, first_due);

create table homework_completion (
    id bigint auto_increment primary key,
    assignment_id bigint not null,
    -- Copied from the assignment so that caseload figures for many clients need no join.
    client_id bigint not null,
    occurrence_date date not null,
    -- DONE or COULD_NOT
    outcome varchar(10) not null,
    reflection varchar(2000),
    shared_with_clinician boolean not null,
    reason varchar(1000),
    recorded_at timestamp(6) not null,
    version bigint not null,
    constraint fk_homework_completion_assignment foreign key (assignment_id) references homework_assignment (id),
    constraint fk_homework_completion_client foreign key (client_id) references client (id)
);
-- One outcome per occurrence: saving again updates it, a double click never stores two.
create unique index ux_homework_completion_occurrence on homework_completion (assignment_id, occurrence_date);
create index ix_homework_completion_client on homework_completion (client_id, assignment_id, occurrence_date, outcome);

-- The library every practice starts with: the homework clinicians in no-contact work give most often.
insert into homework_template (title, instructions, suggested_recurrence, archived, created_at, version) values
('Write your reasons list',
 'While the reasons are clear, write down why you are going no contact: what happened, how it felt, what you want for yourself now. Keep the list somewhere you can reach quickly and read it whenever you start to doubt the decision.',
 'ONCE', false, current_timestamp, 0),
('Draft the closing message',
 'Write a short, direct message that says contact is ending and that you will not reply. Do not send it yet: bring the draft to our next session and we will go over it together.',
 'ONCE', false, current_timestamp, 0),
('Block them on every channel',
 'Go through each way they can reach you (phone, messages, email, each social account, shared apps) and block or mute them. Tick off each channel as you go and note anything you could not block so we can plan for it.',
 'ONCE', false, current_timestamp, 0),
('Box up reminders',
 'Gather the photos, gifts and objects that pull your thoughts back to them. Put them in a box and store it out of sight, or with a friend. You do not have to decide now what happens to them.',
 'ONCE', false, current_timestamp, 0),
('Tell two support people about the plan',
 'Choose two people you trust. Tell them you are going no contact, what kind of support helps (a call, a walk, a distraction) and ask them not to pass on news about the other person.',
 'ONCE', false, current_timestamp, 0),
('Daily check-in',
 'Once a day, take two minutes to check in: how your mood is, how strong the urge to make contact was, and what helped. Short is fine.',
 'DAILY', false, current_timestamp, 0),
('A letter never sent',
 'Write a letter to them that you will never send. Say everything you want to say, in any words. When you are done, keep it, tear it up or bring it to session: your choice.',
 'ONCE', false, current_timestamp, 0),
('Urge log for a week',
 'For the next seven days, each time you feel the pull to contact them, note the time, how strong it was from 0 to 10, what set it off and what you did instead. Urges are expected; logging them is the work.',
 'DAILY', false, current_timestamp, 0),
('Plan for a high-risk date',
 'Pick the next date that may be hard (an anniversary, a birthday, a holiday, a first without them). Plan the day: who you will be with, what you will do in the evening, and what you will do if the urge gets strong.',
 'ONCE', false, current_timestamp, 0),
('Review privacy settings and passwords',
 'Set your social accounts to private, change passwords they may know, turn on two-step sign-in, and check your phone and shared accounts for location sharing or apps you did not install.',
 'ONCE', false, current_timestamp, 0),
('Practise a script for meeting them by chance',
 'Write two or three short sentences you could say if you meet them unexpectedly, and what you will do next (walk on, leave, call someone). Say them out loud a few times this week until they feel familiar.',
 'WEEKLY', false, current_timestamp, 0),
('Move co-parenting logistics to one written channel',
 'Choose one written channel for everything about the children (a co-parenting app or one email address). Tell them once, briefly, that this is where arrangements go from now on, and keep every message short and about the children only.',
 'ONCE', false, current_timestamp, 0);
