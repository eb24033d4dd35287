package app.ripple.school;

/** Published in the demo profile's transaction once the demo school exists, for other features to add their demo data. */
public record DemoSchoolCreated(long schoolId, TermInfo term, long coordinatorId, long[] teacherIds) {
}
