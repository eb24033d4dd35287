package app.ripple.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only signed-in staff (teachers and coordinators) may call the method. Methods that take a
 * {@code long classId} use {@code app.ripple.classroom.ClassReader} or {@code ClassWriter} instead, which also
 * check that the class is the caller's; the rest check ownership in their body (the id they take
 * leads to a class first).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','TEACHER')")
public @interface StaffOnly {
}
