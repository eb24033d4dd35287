-- Kindness challenges, recorded acts, moderation and safeguarding.

alter table school add column trusted_adult_text varchar(500);
alter table school_class add column wall_shows_names boolean not null default true;

create table challenge (
    id           bigint generated always as identity primary key,
    class_id     bigint       not null references school_class (id) on delete cascade,
    title        varchar(120) not null,
    description  varchar(1000) not null default '',
    start_date   date         not null,
    end_date     date         not null,
    goal         int          not null check (goal between 1 and 100000),
    categories   varchar(200) not null,
    self_counts  boolean      not null default false,
    template_id  varchar(40),
    created_at   timestamptz  not null,
    constraint challenge_dates_ordered check (end_date >= start_date)
);
create index challenge_class_idx on challenge (class_id, start_date);

-- A teacher's own suggestions, next to the built-in library.
create table custom_act (
    id         bigint generated always as identity primary key,
    staff_id   bigint       not null references staff_account (id),
    category   varchar(30)  not null,
    text       varchar(200) not null,
    created_at timestamptz  not null
);

-- The suggestions a challenge offers, in order: a library act or a teacher's own.
create table challenge_suggestion (
    challenge_id    bigint not null references challenge (id) on delete cascade,
    position        int    not null,
    library_act_id  varchar(60),
    custom_act_id   bigint references custom_act (id) on delete cascade,
    primary key (challenge_id, position),
    check ((library_act_id is null) <> (custom_act_id is null))
);

create table kindness_act (
    id               bigint generated always as identity primary key,
    class_id         bigint      not null references school_class (id) on delete cascade,
    challenge_id     bigint      not null references challenge (id) on delete cascade,
    student_id       bigint      references student (id) on delete cascade,
    -- One key per entry on the tablet: a double tap or a retry never saves the act twice.
    idempotency_key  uuid        not null unique,
    library_act_id   varchar(60),
    custom_act_id    bigint references custom_act (id) on delete set null,
    own_text         varchar(280),
    category         varchar(30) not null,
    recipient        varchar(30) not null,
    feeling          smallint check (feeling between 1 and 5),
    inspired_by      bigint references kindness_act (id) on delete set null,
    status           varchar(20) not null check (status in ('APPROVED', 'PENDING', 'HIDDEN', 'NEEDS_ATTENTION')),
    wall_text        varchar(280),
    not_me           boolean     not null default false,
    created_at       timestamptz not null
);
create index kindness_act_class_idx on kindness_act (class_id, created_at desc);
create index kindness_act_challenge_idx on kindness_act (challenge_id, status);
create index kindness_act_student_idx on kindness_act (student_id, created_at desc);
create index kindness_act_inspired_idx on kindness_act (inspired_by) where inspired_by is not null;

-- Words and phrases that send a student's own text to the "needs attention" queue.
create table concern_phrase (
    id       bigint generated always as identity primary key,
    language varchar(8)   not null,
    phrase   varchar(100) not null,
    unique (language, phrase)
);

create table attention_item (
    id          bigint generated always as identity primary key,
    class_id    bigint      not null references school_class (id) on delete cascade,
    act_id      bigint      references kindness_act (id) on delete cascade,
    matched     varchar(100) not null,
    status      varchar(20) not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    notes       varchar(4000) not null default '',
    created_at  timestamptz not null,
    resolved_at timestamptz,
    resolved_by bigint references staff_account (id)
);
create index attention_item_class_idx on attention_item (class_id, status);

insert into concern_phrase (language, phrase) values
    ('en', 'hurt myself'), ('en', 'hurting myself'), ('en', 'kill myself'), ('en', 'want to die'), ('en', 'wish i was dead'),
    ('en', 'suicide'), ('en', 'cut myself'), ('en', 'nobody likes me'), ('en', 'everyone hates me'), ('en', 'no one cares'),
    ('en', 'hit me'), ('en', 'hits me'), ('en', 'touched me'), ('en', 'scared to go home'), ('en', 'afraid to go home'),
    ('en', 'bully'), ('en', 'bullied'), ('en', 'bullying'), ('en', 'run away'), ('en', 'not safe'), ('en', 'hate myself'),
    ('es', 'hacerme daño'), ('es', 'me hago daño'), ('es', 'matarme'), ('es', 'quiero morir'), ('es', 'quiero morirme'),
    ('es', 'suicidio'), ('es', 'cortarme'), ('es', 'nadie me quiere'), ('es', 'todos me odian'), ('es', 'a nadie le importo'),
    ('es', 'me pega'), ('es', 'me pegan'), ('es', 'me tocó'), ('es', 'miedo de ir a casa'), ('es', 'acoso'), ('es', 'me acosan'),
    ('es', 'escaparme'), ('es', 'no estoy a salvo'), ('es', 'me odio');
