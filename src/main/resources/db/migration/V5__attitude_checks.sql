-- Anonymous but linkable attitude checks (pre, post, optional follow-up).
-- Answers are stored under pseudonym = HMAC(school secret, student, instrument, class, term)
-- (app.ripple.lesson.attitude.Pseudonyms); nothing in the schema joins answers to students.

-- The per-school HMAC key. Generated once (32+ random bytes) and never shown or exported.
create table attitude_secret (
    school_id bigint primary key references school (id),
    secret    bytea       not null check (length(secret) >= 32),
    created_at timestamptz not null
);

-- Consent policy per instrument, set by a coordinator: OPT_IN (only students with a recorded "yes")
-- or OPT_OUT (everyone except students with a recorded "no"). No row means OPT_IN.
create table attitude_consent_policy (
    school_id       bigint      not null references school (id),
    instrument_code varchar(60) not null,
    policy          varchar(10) not null check (policy in ('OPT_IN', 'OPT_OUT')),
    primary key (school_id, instrument_code)
);

-- Consent recorded per student and instrument (by a teacher or coordinator, from the family's answer).
create table attitude_consent (
    student_id      bigint      not null references student (id) on delete cascade,
    instrument_code varchar(60) not null,
    consent         boolean     not null,
    recorded_by     bigint      references staff_account (id),
    recorded_at     timestamptz not null,
    primary key (student_id, instrument_code)
);

-- A school-licensed instrument imported by a coordinator (JSON as accepted by InstrumentImporter,
-- re-serialised). Built-in instruments live in code (BuiltInInstruments) and are not stored here.
create table attitude_instrument (
    id          bigint generated always as identity primary key,
    school_id   bigint        not null references school (id),
    code        varchar(60)   not null,
    definition  text          not null,
    citation    varchar(1000) not null,
    imported_by bigint        references staff_account (id),
    imported_at timestamptz   not null,
    retired     boolean       not null default false,
    unique (school_id, code)
);

-- A check a teacher opened for a class: one instrument, one phase, within a term.
create table attitude_check (
    id              bigint generated always as identity primary key,
    class_id        bigint      not null references school_class (id) on delete cascade,
    term_id         bigint      not null references term (id),
    instrument_code varchar(60) not null,  -- built-in id or attitude_instrument.code of the school
    phase           varchar(12) not null check (phase in ('PRE', 'POST', 'FOLLOW_UP')),
    opened_by       bigint      references staff_account (id),
    opened_at       timestamptz not null,
    closed_at       timestamptz,
    unique (class_id, term_id, instrument_code, phase)
);

-- One row per answered check: the answers, in item order, under the pseudonym. Only the day is kept,
-- so answer rows cannot be matched to the who-answered list by time.
create table attitude_response (
    id          bigint generated always as identity primary key,
    check_id    bigint       not null references attitude_check (id) on delete cascade,
    pseudonym   char(64)     not null,
    answers     smallint[]   not null,
    answered_on date         not null,
    unique (check_id, pseudonym)
);

-- Who has answered a check (for the teacher's "not answered yet" list). No link to the answers.
create table attitude_check_done (
    check_id   bigint not null references attitude_check (id) on delete cascade,
    student_id bigint not null references student (id) on delete cascade,
    primary key (check_id, student_id)
);
