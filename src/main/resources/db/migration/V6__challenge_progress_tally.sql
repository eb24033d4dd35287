-- A challenge's progress kept as a running tally, changed by the database in the same transaction
-- as the act, instead of counting all of the challenge's acts whenever a tablet shows its home
-- screen or the wall refreshes (a term has thousands of acts per class).
--
-- Counted acts are those that are approved or waiting for the teacher (not hidden, not held for
-- safeguarding); "kind to myself" acts are kept apart, because they count toward the goal only
-- when the challenge says so (challenge.self_counts, which the teacher may change at any time).
create table challenge_tally (
    challenge_id bigint primary key references challenge (id) on delete cascade,
    shared_count int not null default 0,
    self_count   int not null default 0
);

insert into challenge_tally (challenge_id, shared_count, self_count)
select c.id,
       count(a.id) filter (where a.status in ('APPROVED', 'PENDING') and a.category <> 'KIND_TO_MYSELF'),
       count(a.id) filter (where a.status in ('APPROVED', 'PENDING') and a.category = 'KIND_TO_MYSELF')
from challenge c left join kindness_act a on a.challenge_id = c.id
group by c.id;

create function challenge_tally_new() returns trigger language plpgsql as $$
begin
    insert into challenge_tally (challenge_id) values (new.id);
    return null;
end $$;

create trigger challenge_tally_new after insert on challenge
    for each row execute function challenge_tally_new();

-- Every way an act's counting can change: a new act, moderation (hide, approve, replace the text),
-- safeguarding, deletion (also by cascade from a class or challenge, where the tally row may be
-- gone already: then the update finds nothing, which is right).
create function kindness_act_tally() returns trigger language plpgsql as $$
declare
    old_counted boolean := tg_op <> 'INSERT' and old.status in ('APPROVED', 'PENDING');
    new_counted boolean := tg_op <> 'DELETE' and new.status in ('APPROVED', 'PENDING');
begin
    if tg_op = 'UPDATE' and old_counted = new_counted and old.challenge_id = new.challenge_id
            and (old.category = 'KIND_TO_MYSELF') = (new.category = 'KIND_TO_MYSELF') then
        return null;
    end if;
    if old_counted then
        update challenge_tally
        set shared_count = shared_count - case when old.category = 'KIND_TO_MYSELF' then 0 else 1 end,
            self_count = self_count - case when old.category = 'KIND_TO_MYSELF' then 1 else 0 end
        where challenge_id = old.challenge_id;
    end if;
    if new_counted then
        update challenge_tally
        set shared_count = shared_count + case when new.category = 'KIND_TO_MYSELF' then 0 else 1 end,
            self_count = self_count + case when new.category = 'KIND_TO_MYSELF' then 1 else 0 end
        where challenge_id = new.challenge_id;
    end if;
    return null;
end $$;

create trigger kindness_act_tally after insert or delete or update of status, category, challenge_id on kindness_act
    for each row execute function kindness_act_tally();
