package app.ripple.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "school")
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage;

    @Column(name = "paper_size", nullable = false)
    private String paperSize = "A4";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Months after a term's end when identifiable student data is deleted; null = keep (off). */
    @Column(name = "retention_months")
    private @Nullable Integer retentionMonths;

    protected School() {
        this("", "UTC", "en", Instant.EPOCH);
    }

    School(String name, String timeZone, String defaultLanguage, Instant createdAt) {
        this.name = name;
        this.timeZone = timeZone;
        this.defaultLanguage = defaultLanguage;
        this.createdAt = createdAt;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getTimeZone() {
        return timeZone;
    }

    String getDefaultLanguage() {
        return defaultLanguage;
    }

    String getPaperSize() {
        return paperSize;
    }

    @Nullable Integer getRetentionMonths() {
        return retentionMonths;
    }

    void setRetentionMonths(@Nullable Integer retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    void update(String name, String timeZone, String defaultLanguage, String paperSize) {
        this.name = name;
        this.timeZone = timeZone;
        this.defaultLanguage = defaultLanguage;
        this.paperSize = paperSize;
    }
}
