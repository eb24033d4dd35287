package app.ripple.classroom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Staff who may see the class named by the method's {@code long classId} parameter: a teacher of
 * that class or a coordinator ({@link ClassService#requireAccess}). Anybody else gets
 * {@link app.ripple.base.NotAllowedException} before the method runs.
 *
 * <p>Method security runs only through the bean's proxy: a method of the same class that calls an
 * annotated method directly skips the check, so such methods keep the explicit
 * {@code requireAccess} call instead of this annotation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','TEACHER') and @classService.allowsReading(#classId)")
public @interface ClassReader {
}
