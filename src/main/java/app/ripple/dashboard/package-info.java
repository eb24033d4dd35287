/**
 * Dashboards: the teacher's home cards, a class dashboard ({@code /classes/{id}/dashboard}) and
 * the coordinator's school overview ({@code /school}). A read model only: one service per page
 * ({@link HomeCardService}, {@link ClassDashboardService}, {@link SchoolOverviewService}) sharing
 * small helpers ({@code DashboardQueries}); they read other features' data with SQL through the
 * read-only views those features publish (V13, e.g. {@code classroom_students_v}), never their tables,
 * and acts through this module's own rollups ({@code act_day_count}, {@code act_week_count}, kept by a
 * trigger, V7/V10) and take lesson completion from the lesson feature's {@code DeliveryService.progress};
 * they return records; the views draw them with the shared chart model
 * ({@code app.ripple.chart}). Figures are always about a class or the school, never a ranking of
 * students.
 */
@NullMarked
package app.ripple.dashboard;

import org.jspecify.annotations.NullMarked;
