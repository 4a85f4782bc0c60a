package org.holdfast.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a clinician (or the practice manager) enters to add a client. */
public class NewClientForm {

    public static final int PRONOUNS_MAX = 40;

    @NotBlank(message = "Enter the name the client wants to be called")
    @Size(max = Client.DISPLAY_NAME_MAX, message = "Keep the name under 120 characters")
    private String displayName;

    @NotBlank(message = "Enter the client's email address: it becomes their username")
    @Email(message = "That does not look like an email address (name@example.org)")
    @Size(max = 254, message = "Keep the email address under 254 characters")
    private String email;

    @Size(max = PRONOUNS_MAX, message = "Keep pronouns under 40 characters")
    private String pronouns;

    /** A {@link java.time.ZoneId} id; empty means the practice's zone. */
    @Size(max = Client.TIME_ZONE_MAX, message = "Choose a time zone from the list")
    private String timeZone;

    /** Only the practice manager chooses; a clinician's new clients are their own. */
    private Long clinicianId;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public Long getClinicianId() {
        return clinicianId;
    }

    public void setClinicianId(Long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
