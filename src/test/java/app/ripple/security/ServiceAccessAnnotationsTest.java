package app.ripple.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ripple.classroom.ClassReader;
import app.ripple.classroom.ClassWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The staff-of-a-class idiom is one annotation: {@link StaffOnly} for the role, {@link ClassReader} and
 * {@link ClassWriter} for the role and the class check. Their expressions read the method's
 * {@code classId} parameter, so a method that carries them must have one; and the role expression is
 * not written out by hand again.
 */
class ServiceAccessAnnotationsTest {

    private static List<Class<?>> services() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> found = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("app.ripple")) {
            found.add(Class.forName(bean.getBeanClassName()));
        }
        return found;
    }

    @Test
    void everyClassCheckAnnotationHasAClassIdToCheck() throws Exception {
        List<String> wrong = new ArrayList<>();
        int annotated = 0;
        for (Class<?> service : services()) {
            for (Method m : service.getDeclaredMethods()) {
                if (m.isAnnotationPresent(ClassReader.class) || m.isAnnotationPresent(ClassWriter.class)) {
                    annotated++;
                    boolean hasClassId = Arrays.stream(m.getParameters())
                            .anyMatch((Parameter p) -> p.getName().equals("classId") && p.getType() == long.class);
                    if (!hasClassId || !Modifier.isPublic(m.getModifiers())) {
                        wrong.add(service.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(annotated).as("methods guarded by ClassReader/ClassWriter").isGreaterThan(15);
        assertThat(wrong).as("ClassReader/ClassWriter on a method without a public long classId parameter").isEmpty();
    }

    @Test
    void theStaffRoleExpressionIsWrittenOnlyInTheMetaAnnotations() throws Exception {
        String staff = StaffOnly.class.getAnnotation(PreAuthorize.class).value();
        List<String> handWritten = new ArrayList<>();
        for (Class<?> service : services()) {
            for (Method m : service.getDeclaredMethods()) {
                PreAuthorize direct = m.getAnnotation(PreAuthorize.class);
                if (direct != null && direct.value().equals(staff)) {
                    handWritten.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(handWritten).as("use @StaffOnly, @ClassReader or @ClassWriter").isEmpty();
    }

    @Test
    void theMetaAnnotationsResolveToPreAuthorize() throws Exception {
        Method plan = app.ripple.lesson.DeliveryService.class.getMethod("plan", long.class, String.class, java.time.LocalDate.class);
        PreAuthorize merged = AnnotatedElementUtils.findMergedAnnotation(plan, PreAuthorize.class);
        assertThat(merged).isNotNull();
        assertThat(merged.value()).contains("hasAnyRole('COORDINATOR','TEACHER')").contains("allowsWriting(#classId)");
    }
}
