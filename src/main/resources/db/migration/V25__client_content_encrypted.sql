-- Client content at rest is encrypted under a data key per client, itself stored wrapped by the practice's master
-- key (which is never in the database). Destroying a client's row here makes all their text unreadable, in every
-- copy of the database. No foreign key to client: the key goes first when a client is erased.
create table client_key (
    client_id bigint primary key,
    wrapped_key varchar(1000) not null,
    created_at timestamp(6) not null
);

-- Ciphertext is longer than the text (Base64, nonce and tag): the encrypted columns become longtext. The lengths a
-- person may type are still checked on the forms.
alter table check_in modify column note longtext null;
alter table journal_entry modify column did_instead longtext null;
alter table journal_entry modify column what_happened longtext null;
alter table journal_entry modify column feel_now longtext null;
alter table journal_draft modify column content longtext not null;
alter table contact_attempt modify column sender longtext not null;
alter table contact_attempt modify column content longtext not null;
alter table contact_attempt modify column correction_reason longtext null;
alter table therapy_session modify column private_note longtext null;
alter table homework_completion modify column reflection longtext null;
alter table homework_completion modify column reason longtext null;
alter table safety_signal modify column note longtext null;
alter table safety_signal modify column resolution_note longtext null;
alter table no_contact_plan modify column person_label longtext not null;
alter table no_contact_plan modify column status_reason longtext null;
alter table plan_high_risk_date modify column label longtext not null;
