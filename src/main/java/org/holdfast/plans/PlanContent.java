package org.holdfast.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Everything a clinician and client agree in a plan (shared/DOMAIN.md, "The plan"). The editor binds
 * to it and the service validates it again; the same messages reach the person in both places.
 * Status is not part of it: a status change is a decision with a reason of its own.
 */
public class PlanContent {

    public static final int LINE_MAX = 300;
    public static final int LIST_MAX = 30;
    public static final int CLOSING_MESSAGE_MAX = 2000;
    public static final int SAFETY_TEXT_MAX = 2000;
    public static final String LINE_REQUIRED = "Write something here, or remove the line";
    public static final String LINE_TOO_LONG = "Keep each line to 300 characters or fewer";

    @NotBlank(message = "Give the person a label, such as an initial or \"my ex\". Their real name is not needed")
    @Size(max = NoContactPlan.PERSON_LABEL_MAX, message = "Keep the label to 60 characters or fewer")
    private String personLabel;

    @NotNull(message = "Choose who this person is to the client")
    private Relationship relationship;

    @NotNull(message = "Choose what the plan is for")
    private PlanPurpose purpose;

    @NotNull(message = "Pick the day the plan starts")
    private LocalDate startDate;

    /** Null for an open-ended plan (there will never be safe contact again). */
    @Min(value = 1, message = "The initial period is at least one day")
    @Max(value = 365, message = "Choose an initial period of up to a year, or make the plan open-ended")
    private Integer initialPeriodDays;

    private LocalDate reviewDate;

    @NotEmpty(message = "Choose at least one way of contact the plan cuts")
    private Set<Channel> channels = EnumSet.allOf(Channel.class);

    @Valid
    @Size(max = 10, message = "A plan can have up to 10 exceptions")
    private List<PlanException> exceptions = new ArrayList<>();

    @Size(max = CLOSING_MESSAGE_MAX, message = "Keep the closing message to 2,000 characters or fewer; shorter is usually stronger")
    private String closingMessage;

    private boolean closingMessageSent;

    @PastOrPresent(message = "The message cannot have been sent on a day still to come")
    private LocalDate closingMessageSentOn;

    private Set<PracticalStep> stepsDone = EnumSet.noneOf(PracticalStep.class);

    @Size(max = LIST_MAX, message = "Up to 30 reasons")
    private List<@NotBlank(message = LINE_REQUIRED) @Size(max = LINE_MAX, message = LINE_TOO_LONG) String> reasons = new ArrayList<>();

    @Size(max = LIST_MAX, message = "Up to 30 coping strategies")
    private List<@NotBlank(message = LINE_REQUIRED) @Size(max = LINE_MAX, message = LINE_TOO_LONG) String> copingStrategies = new ArrayList<>();

    @Valid
    @Size(max = 15, message = "Up to 15 support contacts")
    private List<SupportContact> supportContacts = new ArrayList<>();

    @Valid
    @Size(max = LIST_MAX, message = "Up to 30 high-risk dates")
    private List<HighRiskDate> highRiskDates = new ArrayList<>();

    @NotNull(message = "Choose a risk level; \"None\" is a valid answer")
    // No default: a new plan leaves it open so that the clinician chooses, "None" included.
    private RiskLevel riskLevel;

    @Size(max = SAFETY_TEXT_MAX, message = "Keep this to 2,000 characters or fewer")
    private String ifTheyTurnUp;

    @Size(max = SAFETY_TEXT_MAX, message = "Keep this to 2,000 characters or fewer")
    private String whomToCall;

    /** A review before the plan starts would be meaningless. Property name is what the editor maps to its field. */
    @JsonIgnore
    @AssertTrue(message = "The review date has to be on or after the start date")
    public boolean isReviewDateAfterStart() {
        return reviewDate == null || startDate == null || !reviewDate.isBefore(startDate);
    }

    /** "Sent" without saying so is allowed (the date may be unknown); a date without "sent" is a contradiction. */
    @JsonIgnore
    @AssertTrue(message = "Tick \"sent\" if the closing message has gone, or clear the date")
    public boolean isSentDateOnlyWhenSent() {
        return closingMessageSent || closingMessageSentOn == null;
    }

    public String getPersonLabel() {
        return personLabel;
    }

    public void setPersonLabel(String personLabel) {
        this.personLabel = personLabel;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public PlanPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(PlanPurpose purpose) {
        this.purpose = purpose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getInitialPeriodDays() {
        return initialPeriodDays;
    }

    public void setInitialPeriodDays(Integer initialPeriodDays) {
        this.initialPeriodDays = initialPeriodDays;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    /** Kept as an EnumSet so that channels always list, store and compare in the same order. */
    public void setChannels(Set<Channel> channels) {
        this.channels = enumSet(Channel.class, channels);
    }

    public List<PlanException> getExceptions() {
        return exceptions;
    }

    public void setExceptions(List<PlanException> exceptions) {
        this.exceptions = list(exceptions);
    }

    public String getClosingMessage() {
        return closingMessage;
    }

    public void setClosingMessage(String closingMessage) {
        this.closingMessage = closingMessage;
    }

    public boolean isClosingMessageSent() {
        return closingMessageSent;
    }

    public void setClosingMessageSent(boolean closingMessageSent) {
        this.closingMessageSent = closingMessageSent;
    }

    public LocalDate getClosingMessageSentOn() {
        return closingMessageSentOn;
    }

    public void setClosingMessageSentOn(LocalDate closingMessageSentOn) {
        this.closingMessageSentOn = closingMessageSentOn;
    }

    public Set<PracticalStep> getStepsDone() {
        return stepsDone;
    }

    public void setStepsDone(Set<PracticalStep> stepsDone) {
        this.stepsDone = enumSet(PracticalStep.class, stepsDone);
    }

    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = list(reasons);
    }

    public List<String> getCopingStrategies() {
        return copingStrategies;
    }

    public void setCopingStrategies(List<String> copingStrategies) {
        this.copingStrategies = list(copingStrategies);
    }

    public List<SupportContact> getSupportContacts() {
        return supportContacts;
    }

    public void setSupportContacts(List<SupportContact> supportContacts) {
        this.supportContacts = list(supportContacts);
    }

    public List<HighRiskDate> getHighRiskDates() {
        return highRiskDates;
    }

    public void setHighRiskDates(List<HighRiskDate> highRiskDates) {
        this.highRiskDates = list(highRiskDates);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getIfTheyTurnUp() {
        return ifTheyTurnUp;
    }

    public void setIfTheyTurnUp(String ifTheyTurnUp) {
        this.ifTheyTurnUp = ifTheyTurnUp;
    }

    public String getWhomToCall() {
        return whomToCall;
    }

    public void setWhomToCall(String whomToCall) {
        this.whomToCall = whomToCall;
    }

    /**
     * Trims what was typed and turns empty text into "not given", so that a stray space is neither
     * stored nor reported as a change between versions.
     */
    void tidy() {
        personLabel = text(personLabel);
        closingMessage = text(closingMessage);
        ifTheyTurnUp = text(ifTheyTurnUp);
        whomToCall = text(whomToCall);
        reasons.replaceAll(PlanContent::text);
        copingStrategies.replaceAll(PlanContent::text);
        exceptions.forEach(e -> e.setTopic(text(e.getTopic())));
        supportContacts.forEach(c -> {
            c.setName(text(c.getName()));
            c.setPhone(text(c.getPhone()));
            c.setNote(text(c.getNote()));
        });
        highRiskDates.forEach(d -> d.setLabel(text(d.getLabel())));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
