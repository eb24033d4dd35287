-- District defaults (docs/district.md): what a new school starts with, and what every school that has
-- not chosen its own follows when the district administrator changes it.
alter table district add column default_language   varchar(8);
alter table district add column paper_size         varchar(10);
alter table district add column retention_months   integer check (retention_months between 1 and 120);
alter table district add column trusted_adult_text varchar(500);

update district d set default_language = s.default_language, paper_size = s.paper_size,
                      retention_months = s.retention_months, trusted_adult_text = s.trusted_adult_text
from school s where s.id = (select min(id) from school);

-- Concern phrases: the district's list (school_id null), which every school uses, plus a school's own.
-- (No foreign key: the phrases are reference data that outlive any one school's rows.)
alter table concern_phrase add column school_id bigint;
alter table concern_phrase drop constraint concern_phrase_language_phrase_key;
create unique index concern_phrase_uq on concern_phrase (language, phrase, coalesce(school_id, 0));
alter table concern_phrase alter column school_id set default ripple_school();
alter table concern_phrase enable row level security;
-- Every school reads the district's list; a school changes only its own phrases.
create policy school_reads on concern_phrase for select
    using (school_id is null or ripple_all_schools() or school_id = ripple_school());
create policy school_rows on concern_phrase
    using (ripple_all_schools() or school_id = ripple_school())
    with check (ripple_all_schools() or school_id = ripple_school());

-- Published views other modules read gain the school, so their readers can name it (school_id =
-- ripple_school()) instead of leaning on row-level security alone.
create or replace view school_terms_v with (security_invoker = true) as
    select id, name, start_date, end_date, closed, school_id from term;
create or replace view school_staff_v with (security_invoker = true) as
    select id, name, school_id from staff_account;
create or replace view school_staff_contacts_v with (security_invoker = true) as
    select id, email, name, language, role, active, school_id from staff_account;
