-- Email through an outbox (docs/email.md): messages are written in the transaction of the event that
-- causes them and sent by one job across app nodes; safeguarding alerts and escalation; password reset.

-- ---------------------------------------------------------------- email

-- One row per message. Bodies are blanked as soon as the message is sent or given up (retention):
-- a reset link or an invitation must not outlive its delivery in the database. Rows themselves
-- (who got what kind of message, when) are deleted after 90 days.
create table email_outbox (
    id              bigint generated always as identity primary key,
    kind            varchar(40)  not null,
    reference       varchar(100),
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body_text       text,
    body_html       text,
    status          varchar(12)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'PENDING';
create index email_outbox_created_idx on email_outbox (created_at);

-- Delivery state without recipients' addresses or bodies, for the pages that show who was notified.
create view email_outbox_status_v as
    select id, status, sent_at, attempts from email_outbox;

-- ---------------------------------------------------------------- school

-- Staff addresses, languages and roles for the features that send them email (never the password hash).
create view school_staff_contacts_v as
    select id, email, name, language, role, active from staff_account;

-- The school's language, for messages to an address that belongs to no account.
create view school_languages_v as
    select id, default_language from school;

-- When the account's password last changed by a reset link: older sessions are ended (docs/email.md).
alter table staff_account add column credentials_changed_at timestamptz;

-- Reset links (valid 30 minutes) and invitations (7 days): only the SHA-256 of the token is stored; single use.
create table password_reset_token (
    id          bigint generated always as identity primary key,
    staff_id    bigint      not null references staff_account (id) on delete cascade,
    purpose     varchar(12) not null default 'RESET' check (purpose in ('RESET', 'INVITE')),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_token_staff_idx on password_reset_token (staff_id);

-- Reset requests per e-mail address and per client address (throttling, every node agrees).
create table password_reset_request (
    id         bigint generated always as identity primary key,
    email      varchar(254) not null,
    client     varchar(100) not null,
    at         timestamptz  not null
);
create index password_reset_request_email_idx on password_reset_request (lower(email), at);
create index password_reset_request_client_idx on password_reset_request (client, at);

-- ---------------------------------------------------------------- safeguarding

-- Designated safeguarding contacts: a staff account or a plain address.
create table safeguarding_contact (
    id         bigint generated always as identity primary key,
    school_id  bigint       not null references school (id),
    staff_id   bigint       references staff_account (id) on delete cascade,
    address    varchar(254),
    constraint safeguarding_contact_one_kind check ((staff_id is null) <> (address is null))
);
create unique index safeguarding_contact_staff_uq on safeguarding_contact (school_id, staff_id);
create unique index safeguarding_contact_address_uq on safeguarding_contact (school_id, lower(address));

create table safeguarding_setting (
    school_id         bigint primary key references school (id),
    escalation_hours  int not null default 24 check (escalation_hours between 1 and 720)
);

-- An item's escalation is sent once.
alter table attention_item add column escalated_at timestamptz;

-- Who was notified of an item, and of what (the first alert or the escalation).
create table attention_notice (
    id          bigint generated always as identity primary key,
    item_id     bigint       not null references attention_item (id) on delete cascade,
    kind        varchar(12)  not null check (kind in ('ALERT', 'ESCALATION')),
    recipient   varchar(254) not null,
    staff_name  varchar(100),
    outbox_id   bigint,
    queued_at   timestamptz  not null
);
create index attention_notice_item_idx on attention_notice (item_id);

-- ---------------------------------------------------------------- dashboard

-- Staff who asked for the weekly digest by email, and the day it was last sent to them.
create table digest_subscription (
    staff_id      bigint primary key references staff_account (id) on delete cascade,
    last_sent_on  date
);
