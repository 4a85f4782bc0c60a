package org.holdfast.plans;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone the client can call when the urge comes or things feel unsafe: a friend, family, a helpline. */
public class SupportContact {

    public static final int NAME_MAX = 80;
    public static final int PHONE_MAX = 30;
    public static final int NOTE_MAX = 200;

    @NotBlank(message = "Add a name, or remove this contact")
    @Size(max = NAME_MAX, message = "Keep the name to 80 characters or fewer")
    private String name;

    @Size(max = PHONE_MAX, message = "A phone number can be up to 30 characters")
    @Pattern(regexp = "[+0-9 ()\\-]*", message = "Use digits, spaces and + ( ) - only, so the number can be dialled")
    private String phone;

    @Size(max = NOTE_MAX, message = "Keep the note to 200 characters or fewer")
    private String note;

    public SupportContact() {
    }

    public SupportContact(String name, String phone, String note) {
        this.name = name;
        this.phone = phone;
        this.note = note;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportContact c && Objects.equals(name, c.name) && Objects.equals(phone, c.phone)
                && Objects.equals(note, c.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, note);
    }
}
