package app.ripple.dashboard;

import app.ripple.chart.ValueFormat;
import app.ripple.lesson.LessonProgressText;
import app.ripple.dashboard.DashboardRecords.AttitudeStatus;
import app.ripple.dashboard.DashboardRecords.ChallengeProgress;
import app.ripple.dashboard.DashboardRecords.ClassCard;
import app.ripple.dashboard.DashboardRecords.LessonFigures;
import app.ripple.dashboard.DashboardRecords.NextLesson;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The teacher's home cards, one per class they teach: the running challenge, acts this week and
 * last, what waits for them, the next lesson, lesson completion and dose, the attitude check.
 * The staff home ({@code shell}) places this component; it reads everything through
 * {@link HomeCardService}.
 */
@StyleSheet("styles/dashboard.css")
public class HomeCards extends Div {

    public HomeCards(HomeCardService dashboards) {
        setId("home-class-cards");
        addClassName("ripple-card-grid");
        List<ClassCard> cards = dashboards.homeCards();
        for (ClassCard c : cards) {
            add(card(c));
        }
    }

    private Div card(ClassCard c) {
        Div card = new Div();
        card.setId("home-card-" + c.classId());
        card.addClassNames("ripple-card", "ripple-class-card", "ripple-home-card");
        H2 title = new H2(new Anchor("classes/" + c.classId(), c.className()));
        card.add(title);

        for (ChallengeProgress p : c.challenges()) {
            Div challenge = new Div();
            challenge.addClassName("ripple-home-challenge");
            Span label = new Span(getTranslation("dashboard.home.challenge", p.title(), p.count(), p.goal()));
            ProgressBar bar = new ProgressBar(0, 1, p.fraction());
            bar.getElement().setAttribute("aria-label", label.getText());
            challenge.add(label, bar);
            card.add(challenge);
        }
        if (c.challenges().isEmpty()) {
            card.add(line(getTranslation("dashboard.home.noChallenge")));
        }

        Paragraph acts = line(getTranslation("dashboard.home.acts", c.actsThisWeek(), c.actsLastWeek()));
        acts.setId("home-card-" + c.classId() + "-acts");
        card.add(acts);

        if (c.waitingApproval() > 0 || c.needsAttention() > 0) {
            Anchor waiting = new Anchor("moderation",
                    getTranslation("dashboard.home.waiting", c.waitingApproval(), c.needsAttention()));
            waiting.setId("home-card-" + c.classId() + "-waiting");
            waiting.addClassName(c.needsAttention() > 0 ? "ripple-home-attention" : "ripple-home-waiting");
            card.add(new Paragraph(waiting));
        } else {
            card.add(line(getTranslation("dashboard.home.nothingWaiting")));
        }

        NextLesson next = c.nextLesson();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        card.add(line(next == null ? getTranslation("dashboard.home.noLesson")
                : getTranslation("dashboard.home.nextLesson", dates.format(next.plannedOn()),
                        next.titleKey() != null ? getTranslation(next.titleKey()) : String.valueOf(next.title()))));
        LessonFigures l = c.lessons();
        Paragraph lessons = line(LessonProgressText.completion(l.progress(), getLocale(), this::getTranslation));
        lessons.setId("home-card-" + c.classId() + "-lessons");
        Paragraph plan = line(LessonProgressText.planProgress(l.progress(), getLocale(), this::getTranslation));
        plan.setId("home-card-" + c.classId() + "-plan");
        Paragraph dose = line(getTranslation("dashboard.home.participation", LessonProgressText.percent(l.averageDose(), getLocale())));
        dose.setId("home-card-" + c.classId() + "-participation");
        card.add(lessons, plan, dose);

        AttitudeStatus a = c.attitude();
        Paragraph attitude = line(a.phase() == null ? getTranslation("dashboard.home.attitudeNone")
                : getTranslation(a.open() ? "dashboard.home.attitudeOpen" : "dashboard.home.attitudeClosed",
                        getTranslation("dashboard.phase." + a.phase()), a.done(), a.students()));
        attitude.setId("home-card-" + c.classId() + "-attitude");
        card.add(attitude);

        Anchor dashboard = new Anchor("classes/" + c.classId() + "/dashboard", getTranslation("dashboard.home.open"));
        dashboard.setId("home-card-" + c.classId() + "-dashboard");
        dashboard.addClassName("ripple-home-dashboard-link");
        card.add(dashboard);
        return card;
    }

    private Paragraph line(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("ripple-home-line");
        return p;
    }
}
