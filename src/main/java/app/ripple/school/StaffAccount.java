package app.ripple.school;

import app.ripple.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffAccount() {
        this(0, "", "", "", Role.TEACHER, "en", false, Instant.EPOCH);
    }

    StaffAccount(long schoolId, String name, String email, String passwordHash, Role role, String language,
            boolean mustChangePassword, Instant createdAt) {
        this.schoolId = schoolId;
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.language = language;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    String getName() {
        return name;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    String getLanguage() {
        return language;
    }

    boolean isActive() {
        return active;
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    StaffSummary toSummary() {
        return new StaffSummary(id(), name, email, role, language, active, mustChangePassword);
    }
}
