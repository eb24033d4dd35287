-- Classes, rosters and class tablets.

alter table school add column paper_size varchar(8) not null default 'A4' check (paper_size in ('A4', 'LETTER'));

create table school_class (
    id                   bigint generated always as identity primary key,
    school_id            bigint      not null references school (id),
    term_id              bigint      references term (id),
    name                 varchar(60) not null,
    age_band             varchar(8)  not null check (age_band in ('6-8', '9-11', '12-14')),
    archived             boolean     not null default false,
    idle_timeout_seconds int         not null default 60 check (idle_timeout_seconds between 30 and 300),
    oneroster_sourced_id varchar(255),
    created_at           timestamptz not null
);

create table class_teacher (
    class_id bigint not null references school_class (id) on delete cascade,
    staff_id bigint not null references staff_account (id),
    primary key (class_id, staff_id)
);
create index class_teacher_staff_idx on class_teacher (staff_id);

-- A student is one enrolment in one class: display name (first name + initial), optional school id,
-- avatar and picture password. No email, no birth date, no photo: the minimum about minors.
create table student (
    id                bigint generated always as identity primary key,
    class_id          bigint      not null references school_class (id) on delete cascade,
    display_name      varchar(40) not null,
    school_student_id varchar(40),
    sourced_id        varchar(255),
    avatar            varchar(32) not null,
    picture_password  varchar(120) not null,
    active            boolean     not null default true,
    created_at        timestamptz not null
);
create index student_class_idx on student (class_id);
-- Two active students of a class never share an avatar: it is how they find themselves.
create unique index student_avatar_uq on student (class_id, avatar) where active;
create unique index student_sourced_uq on student (class_id, sourced_id) where sourced_id is not null;

-- A browser turned into a class tablet. Only the hash of its token is kept.
create table class_tablet (
    id           bigint generated always as identity primary key,
    class_id     bigint      not null references school_class (id) on delete cascade,
    name         varchar(60) not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null,
    last_seen_at timestamptz,
    revoked_at   timestamptz
);
create index class_tablet_class_idx on class_tablet (class_id);

-- Picture-password throttling, per student (all tablets of the class) and per class.
create table student_sign_in_lock (
    student_id   bigint primary key references student (id) on delete cascade,
    failed_count int not null default 0,
    locked_until timestamptz
);

create table class_sign_in_failure (
    id       bigint generated always as identity primary key,
    class_id bigint      not null references school_class (id) on delete cascade,
    at       timestamptz not null
);
create index class_sign_in_failure_idx on class_sign_in_failure (class_id, at);

create table class_sign_in_pause (
    class_id     bigint primary key references school_class (id) on delete cascade,
    paused_until timestamptz not null
);
