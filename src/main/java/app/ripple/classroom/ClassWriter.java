package app.ripple.classroom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Staff who may change the class named by the method's {@code long classId} parameter: as
 * {@link ClassReader}, and the class's term must not be closed ({@link ClassService#requireWritable}:
 * {@link ClassReadOnlyException} otherwise). Same caveat about calls from within the class.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('COORDINATOR','TEACHER') and @classService.allowsWriting(#classId)")
public @interface ClassWriter {
}
