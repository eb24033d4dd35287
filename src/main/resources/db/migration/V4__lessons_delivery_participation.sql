-- Anti-stigma lessons: teachers' own lessons, plans, deliveries, per-student participation and
-- private closing reflections written on the class tablet.
-- Built-in lessons live in code (app.ripple.lesson.library) and are referred to by their stable id.

-- When a student left the class (removed from the roster or ended by a OneRoster import):
-- lessons delivered after that day do not count against the student's dose.
alter table student add column left_at timestamptz;

-- A teacher's own lesson: written from scratch or copied from a built-in or another own lesson.
create table custom_lesson (
    id                  bigint generated always as identity primary key,
    school_id           bigint        not null references school (id),
    owner_id            bigint        not null references staff_account (id),
    copied_from         varchar(60),                       -- built-in id, or 'custom:<id>'
    language            varchar(8)    not null,
    title               varchar(120)  not null,
    summary             varchar(1000) not null default '',
    age_bands           varchar(30)   not null,            -- comma list of '6-8', '9-11', '12-14'
    minutes             int           not null check (minutes between 5 and 240),
    objectives          varchar(2000) not null default '', -- one objective per line
    components          varchar(200)  not null,            -- comma list of EvidenceComponent names
    reflection_question varchar(300)  not null,
    story_link          varchar(500),                      -- optional lived-experience link (https only)
    archived            boolean       not null default false,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index custom_lesson_owner_idx on custom_lesson (owner_id);

create table custom_lesson_step (
    lesson_id bigint       not null references custom_lesson (id) on delete cascade,
    position  int          not null,
    kind      varchar(20)  not null,  -- StepKind name
    title     varchar(120) not null,
    body      varchar(8000) not null, -- sanitized simple markup
    minutes   int          not null check (minutes between 0 and 240),
    primary key (lesson_id, position)
);

-- A lesson planned for a class on a date.
create table lesson_plan (
    id                bigint generated always as identity primary key,
    class_id          bigint      not null references school_class (id) on delete cascade,
    builtin_lesson_id varchar(60),
    custom_lesson_id  bigint      references custom_lesson (id),
    planned_on        date        not null,
    created_by        bigint      references staff_account (id),
    created_at        timestamptz not null,
    check ((builtin_lesson_id is null) <> (custom_lesson_id is null))
);
create index lesson_plan_class_idx on lesson_plan (class_id, planned_on);

-- A lesson as it was delivered: date, minutes, the evidence components actually delivered, notes.
create table lesson_delivery (
    id                bigint generated always as identity primary key,
    class_id          bigint        not null references school_class (id) on delete cascade,
    plan_id           bigint        unique references lesson_plan (id) on delete set null,
    builtin_lesson_id varchar(60),
    custom_lesson_id  bigint        references custom_lesson (id),
    delivered_on      date          not null,
    minutes           int           not null check (minutes between 1 and 600),
    components        varchar(200)  not null default '',  -- comma list of EvidenceComponent names
    notes             varchar(4000) not null default '',
    recorded_by       bigint        references staff_account (id),
    created_at        timestamptz   not null,
    check ((builtin_lesson_id is null) <> (custom_lesson_id is null))
);
create index lesson_delivery_class_idx on lesson_delivery (class_id, delivered_on);

-- One row per student enrolled on the delivery date. Absent students may be marked as made up later.
create table lesson_participation (
    delivery_id bigint      not null references lesson_delivery (id) on delete cascade,
    student_id  bigint      not null references student (id) on delete cascade,
    status      varchar(20) not null check (status in ('PARTICIPATED', 'PRESENT', 'ABSENT')),
    made_up_on  date,
    primary key (delivery_id, student_id),
    check (made_up_on is null or status = 'ABSENT')
);
create index lesson_participation_student_idx on lesson_participation (student_id);

-- A student's answer to a delivered lesson's closing reflection. Private to the class's teachers;
-- the text passes through the school's concerning-phrase routing like a student's own act.
create table lesson_reflection (
    id              bigint generated always as identity primary key,
    class_id        bigint       not null references school_class (id) on delete cascade,
    delivery_id     bigint       not null references lesson_delivery (id) on delete cascade,
    student_id      bigint       not null references student (id) on delete cascade,
    idempotency_key uuid         not null unique,
    text            varchar(500) not null,
    needs_attention boolean      not null default false,
    read_at         timestamptz,
    created_at      timestamptz  not null
);
create index lesson_reflection_delivery_idx on lesson_reflection (delivery_id);
create index lesson_reflection_student_idx on lesson_reflection (student_id);

-- The safeguarding queue can now point at a reflection instead of an act.
alter table attention_item add column reflection_id bigint references lesson_reflection (id) on delete cascade;
alter table attention_item add constraint attention_item_has_subject check (act_id is not null or reflection_id is not null);

-- Added with the lesson views: a teacher's own facilitation notes for their lesson (simple markup,
-- like the step bodies), and the plan list's and tablet's lookups.
alter table custom_lesson add column teacher_note varchar(4000) not null default '';
create index lesson_delivery_custom_idx on lesson_delivery (custom_lesson_id) where custom_lesson_id is not null;
create index lesson_plan_custom_idx on lesson_plan (custom_lesson_id) where custom_lesson_id is not null;
