package app.ripple.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "term")
class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean closed;

    protected Term() {
        this(0, "", LocalDate.EPOCH, LocalDate.EPOCH);
    }

    Term(long schoolId, String name, LocalDate startDate, LocalDate endDate) {
        this.schoolId = schoolId;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    @Nullable Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    boolean isClosed() {
        return closed;
    }

    TermInfo toInfo() {
        return new TermInfo(id == null ? 0 : id, name, startDate, endDate, closed);
    }
}
