/**
 * Dashboards: the teacher's home cards, a class dashboard ({@code /classes/{id}/dashboard}) and
 * the coordinator's school overview ({@code /school}). A read model only: one service per page
 * ({@link HomeCardService}, {@link ClassDashboardService}, {@link SchoolOverviewService}) sharing
 * small helpers ({@code DashboardQueries}); they read other features' tables with SQL (acts through the {@code act_day_count} rollup kept by a
 * trigger, V7) and take lesson completion from the lesson feature's {@code DeliveryService.progress};
 * they return records; the views draw them with the shared chart model
 * ({@code app.ripple.chart}). Figures are always about a class or the school, never a ranking of
 * students.
 */
@NullMarked
package app.ripple.dashboard;

import org.jspecify.annotations.NullMarked;
