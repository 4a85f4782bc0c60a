package org.holdfast.journal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "I had an urge": how strong, what set it off, what the client did instead, how it went. */
public class UrgeForm extends JournalForm {

    @NotNull(message = "Pick how strong the urge was, from 0 (barely there) to 10 (overwhelming)")
    @Min(value = 0, message = "Strength goes from 0 (barely there) to 10 (overwhelming)")
    @Max(value = 10, message = "Strength goes from 0 (barely there) to 10 (overwhelming)")
    private Integer strength;

    private Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);

    @Size(max = TEXT_MAX, message = "Up to 2,000 characters here. Nothing is lost: shorten it a little and save again")
    private String didInstead;

    @NotNull(message = "Choose how it went; every answer is fine")
    private UrgeOutcome outcome;

    public Integer getStrength() {
        return strength;
    }

    public void setStrength(Integer strength) {
        this.strength = strength;
    }

    public Set<Trigger> getTriggers() {
        return triggers;
    }

    public void setTriggers(Set<Trigger> triggers) {
        this.triggers = triggers == null ? EnumSet.noneOf(Trigger.class) : triggers;
    }

    public String getDidInstead() {
        return didInstead;
    }

    public void setDidInstead(String didInstead) {
        this.didInstead = didInstead;
    }

    public UrgeOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(UrgeOutcome outcome) {
        this.outcome = outcome;
    }
}
