/**
 * The privacy lifecycle, for coordinators: the audit viewer, access requests (one student's data
 * as JSON), erasure of one student with a receipt, and retention (identifiable student data is
 * deleted a set number of months after a class's term ended, by a daily job with a dry-run preview).
 * <p>
 * Features take part through {@link app.ripple.classroom.StudentDataContributor}: each exports and
 * erases its own tables, so this module never needs to know their schema.
 */
@NullMarked
package app.ripple.privacy;

import org.jspecify.annotations.NullMarked;
